"""Labelled accuracy split "glacier" for the PII-scanner benchmark (free text + structured tables).

Data card
=========
Author / date: helper "glacier", 2026-11-28 (fixed "today" used for all relative dates).

Independence: written from the task prompt (/tmp/w25/prompt_glacier.md) alone. Besides that prompt the
author looked only at: the output of `ls bench/` (file names only) and `ls .venv/bin`, Faker's list of
AVAILABLE_LOCALES, and phonenumbers' example numbers / validity answers for the regions used. Nothing else
in the repository was opened (no scanner code, rules, tests, docs, results, notes, other splits or
accuracy_data.py; its imported names are used as specified in the prompt). The scanner and Presidio were
never read or run. git was not used to read anything: one `git status --short | head -0`
was run by mistake and printed nothing (no log, diff or status was seen). ruff (installed under
/tmp only) was run on this file for linting.
All names, towns, streets and phrasing are hand-written pools below (Faker is not used at runtime).

API
---
free_text(n, seed) -> list[Text]: text i renders TEMPLATES[i % len(TEMPLATES)] with values drawn per text
    from random.Random(f"glacier-{seed}"). The benchmark calls free_text(500, 7) (7-8 texts per template).
structured(rows, seed) -> dict[str, list[Column]]: 12 tables, every column `rows` values long, drawn from
    random.Random(f"glacier-tables-{seed}"). The benchmark calls structured(150, 11).
TEMPLATES: the 63 template functions. Deterministic across processes (no clock, no set iteration, no
    hash-seed dependence; verified by hashing the JSON of both outputs under two PYTHONHASHSEED values).

Domains
-------
pension-fund member services, home-insurance claims desk, electricity and gas supplier, mobile network
operator (SIM swaps, number porting), hospital outpatient appointments, university student union, plus
generic support / application-log / web-server-log / config / notification texts and 2 no-PII templates.

Languages (63 templates; 34 English = 54 %, 29 other = 46 %)
-------------------------------------------------------------
English by country: US 6, GB 6, AU 3, IN 2, CA 2, NZ 2, IE 2, KE 2, ZA 1, NG 1, PH 1, mixed/generic 6.
Other languages (17, all Latin script): Catalan 2, Galician 2, Basque 2, Icelandic 2, Afrikaans 2,
Tagalog 2, Malay 2, Slovenian 2, Lithuanian 2, Estonian 2, Turkish 2, Romanian 2, Welsh 1, Swahili 1,
Albanian 1, Vietnamese 1, Maltese 1. Names, towns, streets, postcodes, phone formats and date formats
follow each text's country (ES for ca/gl/eu, ZA for af, PH for tl, MY for ms, GB for cy, KE for sw, ...).

Shapes
------
e-mails with signatures and '>'-quoted replies, forwarded mail, WhatsApp / Teams / Slack / live-chat
exports, SMS threads and notifications, tickets with internal notes, CRM and call notes, lower-case
speech-to-text transcripts (en, tr), key: value and key=value form dumps, JSON lines, key=value app logs,
nginx access logs, .env config, OCR'd referral form, tab-separated and CSV rows pasted from spreadsheets,
notification subject lines, letters with address blocks, and texts without PII.

Value rules
-----------
Phones: random national numbers accepted by phonenumbers.is_valid_number for the text's region and of the
intended type (mobile / fixed), rendered NATIONAL, INTERNATIONAL, E.164, digits-only or US dashed; each
rendering is re-parsed and asserted valid. Cards: Luhn-valid Visa/Mastercard/Amex from _luhn, plain or
grouped. IBANs from _iban_of (spaced or not); texts of countries the helper cannot produce use a foreign
account (DE, IT, SE) with a reason. US SSNs avoid area 000/666/9xx, group 00, serial 0000. US account
numbers 8-12 digits; routing numbers (look-alike) pass the ABA checksum. Public IPs from _ip_public_v4 /
_ip_public_v6. Passwords are plaintext strings that never start or end with punctuation. API keys are
secret-shaped (sk_live_, ghp_, xoxb-, AIza, SG., sk-proj-, glpat-). Birth dates 1941-2003 in the country's
numeric format or in long form with the language's month names.

Label conventions as applied
----------------------------
Offsets are computed while assembling each text from parts; _mk asserts span text == inserted value, no
overlap, labels in LABELS, and no leading/trailing quote, bracket, whitespace or punctuation (a period is
allowed only as the initial of "First L."). PERSON: full, first-only, surname-only, upper/lower case,
"Last, First", "First L.", Malay "X bin/binti Y", Icelandic patronymics, Vietnamese family-first; chat
speakers labelled; titles (Mr, Ms, Dr, Dr.) outside; names inside brands, clubs, schemes, venues, shops,
streets and companies (Tim Hortons, Terry Fox Running Club, Tunde Bakare Plaza, Adeola Odeku Street,
Jannie Mostert Makelaars) unlabelled; pet names unlabelled. STREET_ADDRESS: street + postcode + town as
one span, multi-line blocks one span (flat/floor inside), each '>'-quoted line its own span, signature
business addresses and bare street lines labelled. LOCATION: towns/countries where a person lives, comes
from or travels to; branch, depot, office, store, clinic and site towns are not. DATE_OF_BIRTH only for
birth dates. IP_ADDRESS public only. EMAIL_ADDRESS includes role addresses. PHONE_NUMBER includes business
lines.

Look-alikes (never labelled)
----------------------------
masked cards and last-4, expiry and CVV, private/loopback IPs, version strings, sha256 / bcrypt / argon2,
UUIDs, session ids, publishable keys and account SIDs, order / ticket / claim / policy / booking / job /
case numbers, OTPs, gate / locker / door codes, PUK, IMEIs (Luhn-valid 15 digits), ICCIDs, routing numbers,
sort codes, SWIFT/BIC, CUPS and POD meter codes, MPANs, NHS numbers, GPS coordinates, amounts, timestamps,
appointment and other non-birth dates, company / brand / club names containing person names, pet names,
branch and office towns.

Tables (name, locale, columns PII / look-alike, header style)
--------------------------------------------------------------
pension_fund_members_ie       en_IE  20: 9 / 11  Title Case + snake + abbreviations (dob, addr1, tel), opaque col_7
aportacions_pla_pensions_cat  ca     18: 8 / 10  Catalan snake_case with accents (correu_electrònic, telèfon)
home_insurance_claims_uk      en_GB  18: 7 / 11  PascalCase (PolicyHolder, LossAddress, PayoutIBAN)
eise_huisversekering_za       af     17: 8 / 9   Afrikaans spaced/Title (Geboortedatum, Hond se naam), opaque field_3
energy_customer_accounts_us   en_US  22: 10 / 12 camelCase + UPPER_SNAKE + abbreviations (pwd_hash, portal_pwd), opaque attr2
citiri_contor_energie_ro      ro     17: 7 / 10  Romanian snake_case
sim_swap_events_ke            en_KE  18: 6 / 12  dotted (customer.msisdn, nok.name, request.ip)
numara_tasima_basvurulari_tr  tr     16: 7 / 9   Turkish snake_case (ad, soyad, il)
ambulantni_termini_si         sl     19: 8 / 11  Slovenian snake/hyphen (ime, priimek, e-pošta, zdravnik)
temujanji_klinik_my           ms     16: 7 / 9   Malay snake_case (nama, tarikh_lahir, bandar)
student_union_members_ca      en_CA  19: 9 / 10  camelCase + snake + spaced Title (Home Town) + pwd, api_token
yritused_registreerimised_ee  et     17: 7 / 10  Estonian snake_case (eesnimi, sünniaeg, elukoht)
Total 217 columns, 93 PII / 124 look-alike. Hard PII columns: first-name-only and surname-only columns,
names under opaque/foreign headers, towns, local-format birth dates, national phones, plaintext passwords,
API keys, US account numbers, IBANs, public IPs, card numbers, street lines and full addresses.
Look-alike columns whose header sounds like PII (email_verified, phoneType, dob_verified, card_last4,
password_changed_at, AddressType, name_of_product, parooli_muutmise_aeg) or whose values look like PII
(hashes, UUIDs, ICCIDs, IMEIs, routing numbers, sort codes, masked cards, private IPs, GPS, versions,
booking refs, amounts, timestamps, pet names, branch towns, company names with person names). Blanks
(None) at per-column rates 0-60 %; columns flagged for it sometimes hold "N/A", "-" or "unknown" instead.

Known limits
------------
Hand-written pools are small (7-8 first names per sex and ~10 surnames per locale), so names repeat across
texts. Non-English texts were written by a non-native author and may read a little stiffly. LOCATION is
placed only where the town stays in its dictionary form (inflecting languages use "Elukoht: Tartu"-style
fields or suffixes outside the span, e.g. Turkish "Ankara'dan"). Phone numbers are random valid numbers,
not necessarily assigned ones. Some KE names occur both as given names and surnames. Only 2 templates are
always PII-free; the nginx template is PII-free only when all its client IPs happen to be private.
"""

from __future__ import annotations

import hashlib
import random
import string
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

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

TODAY = date(2026, 11, 28)

PER, EM, PH, CC, SSN, BANK, IBAN = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_BANK_NUMBER", "IBAN_CODE")
IP, ADDR, LOC, DOB, PWD, KEY = "IP_ADDRESS", "STREET_ADDRESS", "LOCATION", "DATE_OF_BIRTH", "PASSWORD", "API_KEY"

# ---------------------------------------------------------------------------------------------
# Locale data (hand-written pools; towns carry their real postcode and region)
# key: (phone region, first names, female first names, surnames, towns, streets, mail domains)
# ---------------------------------------------------------------------------------------------


@dataclass
class Loc:
    region: str
    first: list[str]
    female: list[str]
    last: list[str]
    towns: list[tuple[str, str, str]]
    streets: list[str]
    domains: list[str]
    addr: str  # format with {n} {street} {town} {reg} {pc}; '|' separates lines
    dob: str  # strftime-like pattern for numeric birth dates
    iban: str | None = None


def _sp(s: str) -> list[str]:
    return [x.strip() for x in s.split(";")]


def _towns(s: str) -> list[tuple[str, str, str]]:
    out = []
    for item in s.split(";"):
        t, r, p = (x.strip() for x in item.split("/"))
        out.append((t, r, p))
    return out


LOCS: dict[str, Loc] = {
    "en_US": Loc("US", _sp("James;Tyler;DeShawn;Kevin;Carlos;Robert;Brandon;Luis"),
                 _sp("Maria;Ashley;Jennifer;Brittany;Megan;Latoya;Kayla;Denise"),
                 _sp("Johnson;Martinez;Kowalski;Nguyen;Brooks;Patel;Sullivan;Washington;Rivera;Campbell;Ortiz;Hughes"),
                 _towns("Columbus/OH/43215;Austin/TX/78704;Portland/OR/97205;Raleigh/NC/27601;Tucson/AZ/85719;"
                        "Albany/NY/12203;Madison/WI/53703;Savannah/GA/31401"),
                 _sp("Maple Avenue;Oak Street;Elm Drive;W 5th Street;Pine Ridge Road;Lincoln Blvd;Cedar Lane"),
                 _sp("gmail.com;yahoo.com;outlook.com;comcast.net;icloud.com"),
                 "{n} {street}|{town}, {reg} {pc}", "%m/%d/%Y"),
    "en_GB": Loc("GB", _sp("Oliver;Harry;Callum;Thomas;Jack;Mohammed;George;Alfie"),
                 _sp("Charlotte;Amelia;Sophie;Eleanor;Hannah;Priya;Grace;Lucy"),
                 _sp("Thompson;Clarke;Hughes;Patel;Wright;Walsh;Ahmed;Robinson;Fletcher;Bennett;Holloway"),
                 _towns("Leeds//LS6 2AB;Bristol//BS3 4QT;Norwich//NR2 3HJ;York//YO31 7EZ;Reading//RG1 5AN;"
                        "Sheffield//S10 2TN;Derby//DE22 3FS"),
                 _sp("Harrow Road;Queen's Drive;Mill Lane;Station Road;Beech Grove;Victoria Street;Chapel Row"),
                 _sp("gmail.com;btinternet.com;hotmail.co.uk;yahoo.co.uk;outlook.com"),
                 "{n} {street}|{town}|{pc}", "%d/%m/%Y", "GB"),
    "en_CA": Loc("CA", _sp("Liam;Ethan;Noah;Ryan;Marc;Owen;Jordan"),
                 _sp("Chloé;Madison;Émilie;Avery;Jasmine;Brooke;Megan"),
                 _sp("Tremblay;MacDonald;Singh;Roy;Campbell;Chen;Fraser;Gagnon;Wilson;Leblanc"),
                 _towns("Halifax/NS/B3H 2Y9;Calgary/AB/T2P 1J9;Ottawa/ON/K1N 5T1;Winnipeg/MB/R3C 0V8;"
                        "Victoria/BC/V8W 1P6;Kingston/ON/K7L 3N6"),
                 _sp("Spring Garden Road;Elgin Street;Portage Avenue;Fort Street;Princess Street;17 Avenue SW"),
                 _sp("gmail.com;rogers.com;shaw.ca;hotmail.com;sympatico.ca"),
                 "{n} {street}|{town}, {reg} {pc}", "%Y-%m-%d"),
    "en_AU": Loc("AU", _sp("Jack;Lachlan;Cooper;Mitchell;Hamish;Jayden;Riley"),
                 _sp("Matilda;Chloe;Isla;Ruby;Zoe;Tahlia;Jess"),
                 _sp("Nguyen;Smith;O'Brien;Kelly;Taylor;Papadopoulos;Murray;Walker;Ryan;Harris"),
                 _towns("Fitzroy/VIC/3065;Newtown/NSW/2042;Toowong/QLD/4066;Glenelg/SA/5045;Subiaco/WA/6008;"
                        "Hobart/TAS/7000"),
                 _sp("Brunswick Street;King Street;High Street;Jetty Road;Rokeby Road;Elizabeth Street"),
                 _sp("gmail.com;bigpond.com;outlook.com.au;optusnet.com.au;icloud.com"),
                 "{n} {street}|{town} {reg} {pc}", "%d/%m/%Y"),
    "en_IN": Loc("IN", _sp("Rahul;Vikram;Arjun;Rohan;Suresh;Karthik;Amit"),
                 _sp("Priya;Ananya;Sneha;Kavya;Deepika;Lakshmi;Pooja"),
                 _sp("Sharma;Iyer;Reddy;Nair;Gupta;Kulkarni;Menon;Verma;Banerjee;Choudhary"),
                 _towns("Pune/Maharashtra/411038;Bengaluru/Karnataka/560034;Chennai/Tamil Nadu/600040;"
                        "Jaipur/Rajasthan/302015;Kochi/Kerala/682020;Lucknow/Uttar Pradesh/226010"),
                 _sp("MG Road;Karve Road;100 Feet Road;2nd Avenue, Anna Nagar;Tonk Road;Panampilly Nagar Road"),
                 _sp("gmail.com;yahoo.co.in;rediffmail.com;outlook.com"),
                 "Flat {n}, {street}|{town} - {pc}", "%d/%m/%Y"),
    "en_IE": Loc("IE", _sp("Seán;Cian;Darragh;Oisín;Pádraig;Conor;Eoin"),
                 _sp("Aoife;Niamh;Siobhán;Ciara;Róisín;Gráinne;Orla"),
                 _sp("Murphy;O'Sullivan;Byrne;Kelly;Walsh;Doyle;McCarthy;Fitzgerald;Nolan;Ó Briain"),
                 _towns("Galway//H91 E2K3;Cork//T12 X70A;Dublin 8//D08 KF84;Limerick//V94 R2C4;Sligo//F91 YD62;"
                        "Kilkenny//R95 A8T2"),
                 _sp("Dominick Street;Wellington Road;Thomas Street;Henry Street;John Street;Patrick Street"),
                 _sp("gmail.com;eircom.net;hotmail.com;yahoo.ie"),
                 "{n} {street}|{town}|{pc}", "%d/%m/%Y", "IE"),
    "en_ZA": Loc("ZA", _sp("Thabo;Sipho;Johan;Kagiso;Bongani;Mandla;Ruan"),
                 _sp("Lerato;Naledi;Ayanda;Michelle;Zanele;Precious;Thandiwe"),
                 _sp("Nkosi;Dlamini;Naidoo;Mokoena;Botha;Khumalo;Pillay;Ndlovu;Smith;Govender"),
                 _towns("Durban/KZN/4001;Cape Town/WC/8001;Pretoria/GP/0181;Gqeberha/EC/6001;Johannesburg/GP/2196"),
                 _sp("Florida Road;Bree Street;Main Road;Oxford Road;Long Street;Church Street"),
                 _sp("gmail.com;webmail.co.za;mweb.co.za;outlook.com"),
                 "{n} {street}|{town}|{pc}", "%Y/%m/%d"),
    "en_NZ": Loc("NZ", _sp("Liam;Tama;Wiremu;Rangi;Nikau;Hemi;Blake"),
                 _sp("Aroha;Mere;Charlotte;Olivia;Sophie;Kiri;Anahera"),
                 _sp("Ngata;Wilson;Thompson;Parata;Brown;Williams;Henare;Clark;Te Whata;Tuhiwai"),
                 _towns("Wellington//6011;Christchurch//8011;Dunedin//9016;Hamilton//3204;Auckland//1021;Nelson//7010"),
                 _sp("Cuba Street;Riccarton Road;George Street;Victoria Street;Dominion Road;Trafalgar Street"),
                 _sp("gmail.com;xtra.co.nz;outlook.com;slingshot.co.nz"),
                 "{n} {street}|{town} {pc}", "%d/%m/%Y"),
    "en_NG": Loc("NG", _sp("Chinedu;Oluwaseun;Emeka;Ibrahim;Tunde;Obinna;Segun"),
                 _sp("Ngozi;Aisha;Funmilayo;Chiamaka;Yetunde;Amaka;Bisola"),
                 _sp("Okafor;Adeyemi;Bello;Eze;Okonkwo;Balogun;Abubakar;Nwosu;Adebayo;Olawale"),
                 _towns("Lagos/Lagos State/101241;Abuja/FCT/900211;Ibadan/Oyo State/200212;Enugu/Enugu State/400102;"
                        "Port Harcourt/Rivers State/500102"),
                 _sp("Adeola Odeku Street;Aminu Kano Crescent;Ring Road;Ogui Road;Aba Road;Allen Avenue"),
                 _sp("gmail.com;yahoo.com;outlook.com"),
                 "{n} {street}|{town} {pc}, {reg}", "%d/%m/%Y"),
    "en_KE": Loc("KE", _sp("Otieno;Kiprotich;Mwangi;Kamau;Omondi;Brian;Kevin"),
                 _sp("Wanjiru;Achieng;Njeri;Akinyi;Chebet;Faith;Mercy"),
                 _sp("Mwangi;Odhiambo;Kariuki;Wafula;Kiptoo;Njoroge;Ochieng;Mutua;Wambui;Onyango"),
                 _towns("Nairobi//00100;Mombasa//80100;Kisumu//40100;Nakuru//20100;Eldoret//30100;Thika//01000"),
                 _sp("Ngong Road;Moi Avenue;Oginga Odinga Street;Kenyatta Avenue;Uganda Road;Kimathi Street"),
                 _sp("gmail.com;yahoo.com;outlook.com"),
                 "{street}, House {n}|P.O. Box {pc2}-{pc}|{town}", "%d/%m/%Y"),
    "ca": Loc("ES", _sp("Jordi;Pau;Arnau;Oriol;Xavier;Pere;Marc"),
              _sp("Montserrat;Núria;Mireia;Laia;Roser;Mercè;Aina"),
              _sp("Puig;Ferrer;Vilaró;Casals;Soler;Pujol;Bosch;Riera;Serra;Llobet"),
              _towns("Barcelona//08012;Girona//17002;Lleida//25002;Tarragona//43001;Sabadell//08201;Vic//08500"),
              _sp("Carrer de Verdi;Carrer Major;Passeig de Gràcia;Carrer de la Riera;Rambla Nova;Carrer del Carme"),
              _sp("gmail.com;telefonica.net;yahoo.es;hotmail.com"),
              "{street}, {n}, {fl}|{pc} {town}", "%d/%m/%Y", "ES"),
    "gl": Loc("ES", _sp("Xosé;Brais;Iago;Anxo;Breixo;Martiño;Roi"),
              _sp("Uxía;Antía;Iria;Sabela;Noa;Xiana;Carme"),
              _sp("Castro;Otero;Rodríguez;Fernández;Vázquez;Varela;Fraga;Souto;Pazos;Lamas"),
              _towns("Santiago de Compostela//15701;Vigo//36202;Lugo//27001;Ourense//32005;A Coruña//15003;"
                     "Pontevedra//36001"),
              _sp("Rúa do Franco;Rúa Urzaiz;Rúa da Raíña;Avenida de Castelao;Rúa Nova;Rúa do Vilar"),
              _sp("gmail.com;yahoo.es;hotmail.com;mundo-r.com"),
              "{street}, {n}, {fl}|{pc} {town}", "%d/%m/%Y", "ES"),
    "eu": Loc("ES", _sp("Iker;Unai;Aitor;Gorka;Xabier;Ander;Mikel"),
              _sp("Ane;Maialen;Nerea;Itziar;Amaia;Leire;Miren"),
              _sp("Etxeberria;Agirre;Goikoetxea;Zubizarreta;Urrutia;Arrieta;Larrañaga;Mendizabal;Olabarria;Iturbe"),
              _towns("Bilbo//48005;Donostia//20003;Gasteiz//01001;Eibar//20600;Getxo//48990;Iruñea//31001"),
              _sp("Kale Nagusia;Urdaneta kalea;Askatasunaren etorbidea;Foru kalea;Zabalbide kalea;Easo kalea"),
              _sp("gmail.com;euskaltel.net;hotmail.com;yahoo.es"),
              "{street} {n}, {fl}|{pc} {town}", "%Y/%m/%d", "ES"),
    "is": Loc("IS", _sp("Jón;Ólafur;Gunnar;Einar;Magnús;Sigurður;Kári"),
              _sp("Guðrún;Sigríður;Kristín;Helga;Þórunn;Anna;Hildur"),
              _sp("Jóns;Sigurðar;Ólafs;Magnús;Einars;Gunnars;Helga;Páls;Kristjáns;Stefáns"),
              _towns("Reykjavík//101;Akureyri//600;Kópavogur//200;Hafnarfjörður//220;Selfoss//800;Ísafjörður//400"),
              _sp("Laugavegur;Hringbraut;Hafnarstræti;Austurvegur;Túngata;Skólavörðustígur"),
              _sp("gmail.com;simnet.is;internet.is;hi.is"),
              "{street} {n}|{pc} {town}", "%d.%m.%Y"),
    "af": Loc("ZA", _sp("Pieter;Johan;Francois;Hendrik;Stefan;Wikus;Gerrit"),
              _sp("Annelie;Marietjie;Elmarie;Riana;Liezl;Anri;Sunette"),
              _sp("van der Merwe;Botha;Pretorius;du Plessis;Steyn;Venter;Coetzee;Nel;Fourie;Joubert"),
              _towns("Stellenbosch//7600;Paarl//7646;Bloemfontein//9301;Potchefstroom//2531;Worcester//6850;"
                     "George//6529"),
              _sp("Kerkstraat;Dorpstraat;Voortrekkerweg;Rivierstraat;Bergstraat;Eikelaan"),
              _sp("gmail.com;vodamail.co.za;telkomsa.net;absamail.co.za"),
              "{street} {n}|{town}|{pc}", "%Y-%m-%d"),
    "tl": Loc("PH", _sp("Juan;Jose;Mark Anthony;Rodel;Jerome;Ramil;Jun"),
              _sp("Maricel;Rowena;Jocelyn;Liza;Analyn;Kristine;Marites"),
              _sp("dela Cruz;Santos;Reyes;Bautista;Mendoza;Villanueva;Garcia;Ramos;Aquino;Castillo"),
              _towns("Quezon City/Metro Manila/1101;Cebu City/Cebu/6000;Davao City/Davao del Sur/8000;"
                     "Iloilo City/Iloilo/5000;Baguio/Benguet/2600;Makati/Metro Manila/1200"),
              _sp("Kalye Mabini;Rizal Avenue;Osmeña Boulevard;Session Road;Gen. Luna Street;Kalye Bonifacio"),
              _sp("gmail.com;yahoo.com.ph;outlook.com"),
              "{n} {street}, Brgy. {brgy}|{town}, {pc} {reg}", "%m/%d/%Y"),
    "ms": Loc("MY", _sp("Ahmad;Muhammad Faiz;Hafiz;Azman;Zulkifli;Amirul;Syafiq"),
              _sp("Nurul Aisyah;Siti Hajar;Farah;Nor Aini;Aminah;Aisyah;Zarina"),
              _sp("Ismail;Abdullah;Hassan;Rahman;Yusof;Omar;Ibrahim;Salleh;Kamaruddin"),
              _towns("Petaling Jaya/Selangor/46000;Shah Alam/Selangor/40000;Johor Bahru/Johor/80100;"
                     "Ipoh/Perak/30450;Kuching/Sarawak/93100;George Town/Pulau Pinang/10200"),
              _sp("Jalan SS 2/24;Jalan Sultan Ismail;Jalan Bukit Bintang;Jalan Masjid India;Jalan Kenanga 3;"
                  "Lorong Seri Indah 5"),
              _sp("gmail.com;yahoo.com.my;hotmail.com;tm.net.my"),
              "No. {n}, {street}|{pc} {town}|{reg}", "%d/%m/%Y"),
    "sl": Loc("SI", _sp("Luka;Matej;Jure;Nejc;Rok;Gregor;Janez"),
              _sp("Nina;Maja;Špela;Tjaša;Urška;Mojca;Petra"),
              _sp("Novak;Horvat;Krajnc;Kovačič;Zupančič;Potočnik;Mlakar;Kos;Vidmar;Golob"),
              _towns("Ljubljana//1000;Maribor//2000;Celje//3000;Koper//6000;Kranj//4000;Novo mesto//8000"),
              _sp("Slovenska cesta;Trubarjeva ulica;Gosposka ulica;Tržaška cesta;Cankarjeva ulica;Ulica heroja Staneta"),
              _sp("gmail.com;siol.net;amis.net;t-2.net"),
              "{street} {n}|{pc} {town}", "%d. %m. %Y"),
    "lt": Loc("LT", _sp("Tomas;Mantas;Lukas;Dovydas;Paulius"),
              _sp("Rūta;Eglė;Gintarė;Indrė;Aistė"),
              _sp("Kazlauskas;Petrauskas;Jankauskas;Stankevičius;Vasiliauskas;"
                  "Kazlauskienė;Petrauskaitė;Jankauskienė;Stankevičiūtė;Vasiliauskaitė"),
              _towns("Vilnius//LT-01103;Kaunas//LT-44248;Klaipėda//LT-91246;Šiauliai//LT-76285;Panevėžys//LT-35173"),
              _sp("Gedimino pr.;Laisvės al.;Pylimo g.;Vilniaus g.;Taikos pr.;Savanorių pr."),
              _sp("gmail.com;one.lt;inbox.lt;delfi.lt"),
              "{street} {n}-{fl2}|{pc} {town}", "%Y-%m-%d"),
    "et": Loc("EE", _sp("Kristjan;Martin;Rasmus;Siim;Andres;Tõnis;Priit"),
              _sp("Liis;Kadri;Triin;Maarja;Kertu;Kätlin;Piret"),
              _sp("Tamm;Saar;Sepp;Mägi;Kask;Kukk;Rebane;Ilves;Pärn;Koppel"),
              _towns("Tallinn//10115;Tartu//51004;Pärnu//80010;Narva//20308;Viljandi//71020;Rakvere//44307"),
              _sp("Pärnu mnt;Rüütli tn;Tartu mnt;Narva mnt;Riia tn;Vabaduse pst"),
              _sp("gmail.com;hot.ee;mail.ee;online.ee"),
              "{street} {n}-{fl2}|{pc} {town}", "%d.%m.%Y"),
    "tr": Loc("TR", _sp("Mehmet;Emre;Burak;Mustafa;Can;Oğuz;Serkan"),
              _sp("Ayşe;Zeynep;Elif;Fatma;Özge;Büşra;Gül"),
              _sp("Yılmaz;Kaya;Demir;Şahin;Çelik;Yıldız;Öztürk;Aydın;Arslan;Doğan"),
              _towns("Kadıköy/İstanbul/34710;Çankaya/Ankara/06690;Konak/İzmir/35250;Nilüfer/Bursa/16110;"
                     "Muratpaşa/Antalya/07100"),
              _sp("Moda Caddesi;Kıbrıs Şehitleri Caddesi;Cumhuriyet Caddesi;Işıklar Caddesi;Gazi Bulvarı;Bahar Sokak"),
              _sp("gmail.com;hotmail.com;yandex.com.tr;outlook.com"),
              "{street} No:{n} D:{fl2}|{pc} {town}/{reg}", "%d.%m.%Y"),
    "ro": Loc("RO", _sp("Andrei;Mihai;Alexandru;Bogdan;Ștefan;Vlad;Radu"),
              _sp("Ioana;Elena;Maria;Cristina;Raluca;Andreea;Alina"),
              _sp("Popescu;Ionescu;Popa;Dumitrescu;Stan;Munteanu;Constantin;Georgescu;Moldovan;Dinu"),
              _towns("Cluj-Napoca/Cluj/400001;Iași/Iași/700115;Timișoara/Timiș/300001;Brașov/Brașov/500030;"
                     "Constanța/Constanța/900178;Sibiu/Sibiu/550024"),
              _sp("Str. Memorandumului;Bd. Independenței;Str. Republicii;Str. Avram Iancu;Calea Victoriei;Str. Lungă"),
              _sp("gmail.com;yahoo.com;yahoo.ro;outlook.com"),
              "{street} nr. {n}, ap. {fl2}|{town} {pc}, jud. {reg}", "%d.%m.%Y"),
    "cy": Loc("GB", _sp("Rhys;Dafydd;Gethin;Iwan;Owain;Gareth;Huw"),
              _sp("Cerys;Angharad;Siân;Nia;Ffion;Elin;Gwen"),
              _sp("Jones;Evans;Davies;Williams;Pritchard;Roberts;Griffiths;Llewelyn;Morgan;Lloyd"),
              _towns("Aberystwyth//SY23 2AZ;Caernarfon//LL55 1SE;Bangor//LL57 1UT;Caerdydd//CF10 3AT;"
                     "Abertawe//SA1 3QT;Llanelli//SA15 3YE"),
              _sp("Stryd Fawr;Ffordd y Castell;Heol y Bont;Stryd y Bont;Ffordd Penglais;Heol y Frenhines"),
              _sp("gmail.com;btinternet.com;hotmail.co.uk;aber.ac.uk"),
              "{n} {street}|{town}|{pc}", "%d/%m/%Y", "GB"),
    "sw": Loc("KE", _sp("Otieno;Juma;Baraka;Hamisi;Kamau;Mwangi"),
              _sp("Wanjiku;Neema;Amani;Zawadi;Rehema;Halima"),
              _sp("Mwangi;Odhiambo;Kariuki;Wafula;Njoroge;Mutua;Onyango;Said;Omari"),
              _towns("Nairobi//00100;Mombasa//80100;Kisumu//40100;Malindi//80200;Lamu//80500;Nyeri//10100"),
              _sp("Barabara ya Moi;Barabara ya Ngong;Mtaa wa Biashara;Barabara ya Lumumba;Mtaa wa Kenyatta"),
              _sp("gmail.com;yahoo.com;safaricom.co.ke"),
              "{street}, Nyumba {n}|S.L.P. {pc2}-{pc}|{town}", "%d/%m/%Y"),
    "sq": Loc("AL", _sp("Arben;Besnik;Ermal;Gentian;Ilir;Fatos;Dritan"),
              _sp("Elira;Drita;Anila;Blerta;Mimoza;Jonida;Ardita"),
              _sp("Hoxha;Shehu;Krasniqi;Dervishi;Leka;Gjoka;Basha;Kola;Meta;Çela"),
              _towns("Tiranë//1001;Durrës//2001;Shkodër//4001;Vlorë//9401;Korçë//7001;Elbasan//3001"),
              _sp("Rruga e Kavajës;Rruga e Durrësit;Rruga Myslym Shyri;Rruga e Dibrës;Rruga Sami Frashëri"),
              _sp("gmail.com;yahoo.com;abissnet.al"),
              "{street}, Nr. {n}|{pc} {town}", "%d.%m.%Y"),
    "vi": Loc("VN", _sp("Văn Hùng;Minh Tuấn;Quốc Bảo;Đức Anh;Thành Long;Hoàng Nam"),
              _sp("Thị Lan;Thu Hà;Ngọc Anh;Thị Mai;Phương Linh;Thanh Hương"),
              _sp("Nguyễn;Trần;Lê;Phạm;Hoàng;Vũ;Đặng;Bùi;Đỗ"),
              _towns("Hà Nội//100000;Đà Nẵng//550000;Huế//530000;Hải Phòng//180000;Cần Thơ//900000;Nha Trang//650000"),
              _sp("Phố Huế;Đường Lê Lợi;Đường Nguyễn Trãi;Phố Hàng Bạc;Đường Trần Phú;Đường Bạch Đằng"),
              _sp("gmail.com;yahoo.com.vn;outlook.com"),
              "Số {n} {street}, Phường {ward}|{town}", "%d/%m/%Y"),
    "mt": Loc("MT", _sp("Joseph;Carmel;Luke;Kurt;Matthew;Jean Paul;Ryan"),
              _sp("Maria;Rita;Daniela;Graziella;Charlene;Marija;Ylenia"),
              _sp("Borg;Camilleri;Vella;Farrugia;Zammit;Galea;Grech;Micallef;Azzopardi;Cassar"),
              _towns("Birkirkara//BKR 1401;Sliema//SLM 1549;Żabbar//ZBR 1010;Rabat//RBT 1230;Qormi//QRM 2456;"
                     "Naxxar//NXR 1400"),
              _sp("Triq il-Kbira;Triq San Pawl;Triq it-Torri;Triq ir-Repubblika;Triq il-Wied;Triq il-Kungress"),
              _sp("gmail.com;maltanet.net;onvol.net;yahoo.com"),
              "{n}, {street}|{town} {pc}", "%d/%m/%Y"),
}

_MONTHS = {
    "en": _sp("January;February;March;April;May;June;July;August;September;October;November;December"),
    "ca": _sp("gener;febrer;març;abril;maig;juny;juliol;agost;setembre;octubre;novembre;desembre"),
    "gl": _sp("xaneiro;febreiro;marzo;abril;maio;xuño;xullo;agosto;setembro;outubro;novembro;decembro"),
    "is": _sp("janúar;febrúar;mars;apríl;maí;júní;júlí;ágúst;september;október;nóvember;desember"),
    "af": _sp("Januarie;Februarie;Maart;April;Mei;Junie;Julie;Augustus;September;Oktober;November;Desember"),
    "tl": _sp("Enero;Pebrero;Marso;Abril;Mayo;Hunyo;Hulyo;Agosto;Setyembre;Oktubre;Nobyembre;Disyembre"),
    "ms": _sp("Januari;Februari;Mac;April;Mei;Jun;Julai;Ogos;September;Oktober;November;Disember"),
    "tr": _sp("Ocak;Şubat;Mart;Nisan;Mayıs;Haziran;Temmuz;Ağustos;Eylül;Ekim;Kasım;Aralık"),
    "ro": _sp("ianuarie;februarie;martie;aprilie;mai;iunie;iulie;august;septembrie;octombrie;noiembrie;decembrie"),
    "et": _sp("jaanuar;veebruar;märts;aprill;mai;juuni;juuli;august;september;oktoober;november;detsember"),
    "sw": _sp("Januari;Februari;Machi;Aprili;Mei;Juni;Julai;Agosti;Septemba;Oktoba;Novemba;Desemba"),
    "sq": _sp("janar;shkurt;mars;prill;maj;qershor;korrik;gusht;shtator;tetor;nëntor;dhjetor"),
    "sl": _sp("januar;februar;marec;april;maj;junij;julij;avgust;september;oktober;november;december"),
    "cy": _sp("Ionawr;Chwefror;Mawrth;Ebrill;Mai;Mehefin;Gorffennaf;Awst;Medi;Hydref;Tachwedd;Rhagfyr"),
}

_FOLD = str.maketrans({"ı": "i", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "ø": "o", "ł": "l",
                       "đ": "d", "Đ": "D", "ß": "ss", "'": "", " ": ""})


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "._-")).lower()


@dataclass
class Person:
    first: str
    last: str
    full: str
    female: bool
    loc: str


_B64 = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"


class G:
    """Value factory bound to one rng (all randomness flows from it)."""

    def __init__(self, rng: random.Random):
        self.r = rng

    # -- small helpers ---------------------------------------------------------------------
    def c(self, seq):
        return seq[self.r.randrange(len(seq))]

    def n(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def s(self, alphabet: str, k: int) -> str:
        return "".join(alphabet[self.r.randrange(len(alphabet))] for _ in range(k))

    def day(self, back: int = 60) -> date:
        return TODAY - timedelta(days=self.n(0, back))

    # -- persons ---------------------------------------------------------------------------
    def person(self, loc: str) -> Person:
        L = LOCS[loc]
        female = self.r.random() < 0.5
        first = self.c(L.female if female else L.first)
        if loc == "lt":
            last = self.c(L.last[5:] if female else L.last[:5])
            return Person(first, last, f"{first} {last}", female, loc)
        last = self.c(L.last)
        if loc == "is":
            last = last + ("dóttir" if female else "son")
        if loc == "ms":
            return Person(first, last, f"{first} {'binti' if female else 'bin'} {last}", female, loc)
        if loc == "vi":
            return Person(first.split()[-1], last, f"{last} {first}", female, loc)
        return Person(first, last, f"{first} {last}", female, loc)

    def name_as(self, p: Person, style: str | None = None) -> str:
        style = style or self.c(["full", "full", "full", "first", "last_first", "initial", "upper"])
        if style == "first":
            return p.first
        if style == "last":
            return p.last
        if style == "last_first" and p.loc not in ("ms", "vi", "is"):
            return f"{p.last}, {p.first}"
        if style == "initial" and p.loc not in ("ms", "vi"):
            return f"{p.first} {p.last[0].upper()}."
        if style == "upper":
            return p.full.upper()
        if style == "lower":
            return p.full.lower()
        return p.full

    # -- contact ---------------------------------------------------------------------------
    def email(self, p: Person | None = None, loc: str | None = None, domain: str | None = None) -> str:
        loc = loc or (p.loc if p else "en_US")
        dom = domain or self.c(LOCS[loc].domains)
        if p is None:
            return f"{self.c(['info', 'support', 'billing', 'claims', 'noreply', 'help', 'accounts'])}@{dom}"
        f, la = _ascii(p.first), _ascii(p.last)
        local = self.c([f"{f}.{la}", f"{f[0]}{la}", f"{f}{self.n(1, 99)}", f"{la}.{f}", f"{f}_{la}{self.n(70, 99)}"])
        return f"{local}@{dom}"

    def phone(self, loc: str, style: str | None = None, fixed: bool = False) -> str:
        region = LOCS[loc].region if loc in LOCS else loc
        ex = phonenumbers.example_number_for_type(
            region, PhoneNumberType.FIXED_LINE if fixed else PhoneNumberType.MOBILE)
        nsn = str(ex.national_number)
        want = (PhoneNumberType.FIXED_LINE if fixed else PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
        for _ in range(2000):
            cand = nsn[:1] + self.s("0123456789", len(nsn) - 1)
            num = phonenumbers.parse(f"+{ex.country_code}{cand}")
            if (phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region
                    and phonenumbers.number_type(num) in want):
                break
        else:  # pragma: no cover
            num = ex
        style = style or self.c(["nat", "nat", "intl", "e164"])
        if style == "intl":
            out = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
        elif style == "e164":
            out = phonenumbers.format_number(num, PhoneNumberFormat.E164)
        elif style == "plain":
            out = "0" + str(num.national_number) if region not in ("US", "CA", "IS", "MT", "EE", "ES") \
                else str(num.national_number)
        elif style == "dash" and region in ("US", "CA"):
            d = str(num.national_number)
            out = f"{d[:3]}-{d[3:6]}-{d[6:]}"
        else:
            out = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
        chk = phonenumbers.parse(out, region)
        assert phonenumbers.is_valid_number(chk), out
        return out

    # -- places ----------------------------------------------------------------------------
    def town(self, loc: str) -> str:
        return self.c(LOCS[loc].towns)[0]

    def other_town(self, loc: str, not_this: str) -> str:
        opts = [t[0] for t in LOCS[loc].towns if t[0] != not_this]
        return self.c(opts)

    def addr_lines(self, loc: str) -> tuple[list[str], str]:
        L = LOCS[loc]
        town, reg, pc = self.c(L.towns)
        street = self.c(L.streets)
        vals = {
            "n": str(self.n(1, 180)), "street": street, "town": town, "reg": reg, "pc": pc,
            "fl": self.c(["1r 2a", "3r 1a", "baixos", "2n", "4t B", "àtic 1a"]),
            "fl2": str(self.n(1, 48)), "pc2": str(self.n(1000, 99999)),
            "brgy": self.c(["San Roque", "Poblacion", "Santo Niño", "Bagong Silang", "Malate"]),
            "ward": self.c(["Bến Nghé", "Hàng Bài", "Thạch Thang", "Vĩnh Ninh", "An Hải Bắc"]),
        }
        if loc == "eu":
            vals["fl"] = self.c(["2. ezk.", "4. esk.", "1. A", "3. B", "behea"])
        if loc == "gl":
            vals["fl"] = self.c(["1º D", "3º esq.", "baixo", "5º A", "2º dta."])
        lines = [ln.format(**vals) for ln in L.addr.split("|")]
        return lines, town

    def addr(self, loc: str, sep: str = ", ") -> tuple[str, str]:
        lines, town = self.addr_lines(loc)
        return sep.join(lines), town

    def street_line(self, loc: str) -> str:
        return self.addr_lines(loc)[0][0]

    # -- dates -----------------------------------------------------------------------------
    def birth(self) -> date:
        return date(1941, 1, 1) + timedelta(days=self.n(0, 23000))

    def dob(self, loc: str, long: bool = False, d: date | None = None) -> str:
        d = d or self.birth()
        if long:
            lang = loc.split("_")[0]
            m = _MONTHS.get(lang, _MONTHS["en"])[d.month - 1]
            if lang == "en":
                return self.c([f"{d.day} {m} {d.year}", f"{m} {d.day}, {d.year}"])
            if lang in ("is", "et", "sl"):
                return f"{d.day}. {m} {d.year}"
            if lang in ("ca", "gl"):
                sep = "d'" if lang == "ca" and m[0] in "ao" else "de "
                return f"{d.day} {sep}{m} de {d.year}"
            if lang == "tl":
                return f"{m} {d.day}, {d.year}"
            return f"{d.day} {m} {d.year}"
        return d.strftime(LOCS[loc].dob)

    def past(self, days: int = 400, fmt: str = "%d/%m/%Y") -> str:
        return (TODAY - timedelta(days=self.n(1, days))).strftime(fmt)

    def ts(self) -> str:
        d = TODAY - timedelta(days=self.n(0, 20))
        return f"{d.isoformat()}T{self.n(0, 23):02d}:{self.n(0, 59):02d}:{self.n(0, 59):02d}Z"

    # -- financial -------------------------------------------------------------------------
    def card(self, spaced: bool | None = None) -> str:
        kind = self.c(["visa", "visa", "mc", "amex"])
        if kind == "amex":
            num = _luhn(self.r, self.c(["34", "37"]), 15)
            groups = [num[:4], num[4:10], num[10:]]
        else:
            num = _luhn(self.r, "4" if kind == "visa" else self.c(["51", "53", "55", "2221"]), 16)
            groups = [num[i:i + 4] for i in range(0, 16, 4)]
        spaced = self.r.random() < 0.6 if spaced is None else spaced
        return self.c([" ", "-", " "]).join(groups) if spaced else num

    def masked_card(self) -> str:
        return self.c([f"**** **** **** {self.s(string.digits, 4)}", f"XXXX-XXXX-XXXX-{self.s(string.digits, 4)}",
                       f"{self.c(['4', '5'])}{self.s(string.digits, 5)}******{self.s(string.digits, 4)}",
                       f"•••• {self.s(string.digits, 4)}"])

    def expiry(self) -> str:
        return f"{self.n(1, 12):02d}/{self.n(27, 31)}"

    def ssn(self, dashed: bool = True) -> str:
        while True:
            a = self.n(1, 899)
            if a != 666:
                break
        g_, s_ = self.n(1, 99), self.n(1, 9999)
        return f"{a:03d}-{g_:02d}-{s_:04d}" if dashed else f"{a:03d}{g_:02d}{s_:04d}"

    def us_acct(self) -> str:
        return str(self.n(1, 9)) + self.s(string.digits, self.n(7, 11))

    def routing(self) -> str:
        while True:
            d = [self.c([0, 0, 1, 2, 3])] + [self.n(0, 9) for _ in range(7)]
            if d[0] == 0 and d[1] == 0:
                continue
            w = [3, 7, 1, 3, 7, 1, 3, 7]
            chk = (10 - sum(a * b for a, b in zip(d, w)) % 10) % 10
            return "".join(map(str, d)) + str(chk)

    def iban(self, cc: str, spaced: bool | None = None) -> str:
        v = _iban_of(self.r, cc)
        spaced = self.r.random() < 0.5 if spaced is None else spaced
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v

    def bic(self) -> str:
        return self.c(["AIBKIE2D", "BOFIIE2D", "CAIXESBBXXX", "BSABESBB", "NWBKGB2L", "BARCGB22", "ABSAZAJJ",
                       "INGBNL2A", "DEUTDEFF", "ISBKTRIS", "BTRLRO22", "LJBASI2X"])

    def amount(self, cur: str = "€", eu: bool = False, hi: int = 480000) -> str:
        v = self.n(5, hi) / 100
        if eu:
            return f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") + f" {cur}"
        return f"{cur}{v:,.2f}" if cur in "€£$R" else f"{v:,.2f} {cur}"

    # -- network / secrets -----------------------------------------------------------------
    def ip(self) -> str:
        return _ip_public_v4(self.r) if self.r.random() < 0.8 else _ip_public_v6(self.r)

    def ip4(self) -> str:
        return _ip_public_v4(self.r)

    def priv_ip(self) -> str:
        return self.c([f"10.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}",
                       f"192.168.{self.n(0, 20)}.{self.n(2, 254)}",
                       f"172.{self.n(16, 31)}.{self.n(0, 255)}.{self.n(1, 254)}", "127.0.0.1"])

    def password(self) -> str:
        words = ["Summer", "Galway", "Tiger", "Kiwi", "Sunflower", "Dragon", "Maple", "Lisboa", "Barcelona",
                 "Tallinn", "Koala", "Mango", "Rocket", "Pancake"]
        return self.c([
            f"{self.c(words)}{self.c('!?#$*')}{self.n(1970, 2026)}",
            self.s(_B64, 2) + self.s(_B64 + "!#%&*?", self.n(8, 14)) + self.s(_B64, 1),
            f"{self.c(words).lower()}-{self.c(words).lower()}-{self.n(10, 99)}",
            f"{self.c(words)}@{self.n(100, 999)}",
            f"P@ssw0rd{self.n(1, 99)}",
        ])

    def api_key(self) -> str:
        return self.c([
            "sk_live_" + self.s(_B64, 24),
            "ghp_" + self.s(_B64, 36),
            "xoxb-" + self.s(string.digits, 12) + "-" + self.s(string.digits, 13) + "-" + self.s(_B64, 24),
            "AIza" + self.s(_B64 + "-_", 35),
            "SG." + self.s(_B64 + "-_", 22) + "." + self.s(_B64 + "-_", 43),
            "sk-proj-" + self.s(_B64, 40),
            "glpat-" + self.s(_B64 + "-_", 20),
        ])

    def pub_key(self) -> str:
        return self.c(["pk_live_" + self.s(_B64, 24), "AC" + self.s(_HEX, 32), "pk_test_" + self.s(_B64, 24)])

    def sha256(self) -> str:
        return hashlib.sha256(str(self.r.random()).encode()).hexdigest()

    def bcrypt(self) -> str:
        return "$2b$12$" + self.s(_B64 + "./", 53)

    def argon2(self) -> str:
        return "$argon2id$v=19$m=65536,t=3,p=4$" + self.s(_B64 + "+/", 22) + "$" + self.s(_B64 + "+/", 43)

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def session(self) -> str:
        return self.s(_HEX, 32)

    def version(self) -> str:
        return self.c([f"v{self.n(1, 9)}.{self.n(0, 24)}.{self.n(0, 40)}", f"{self.n(1, 19)}.{self.n(0, 9)}.{self.n(0, 9)}",
                       f"build {self.n(2024, 2026)}.{self.n(1, 12)}.{self.n(1, 30)}"])

    def ref(self, prefix: str, k: int = 6) -> str:
        return f"{prefix}{self.s(string.digits, k)}"

    def booking(self) -> str:
        return self.s("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)

    def imei(self) -> str:
        return _luhn(self.r, self.c(["35", "86", "01"]), 15)

    def iccid(self) -> str:
        return "89" + self.s(string.digits, 17)

    def otp(self) -> str:
        return self.s(string.digits, 6)

    def gps(self) -> str:
        return f"{self.r.uniform(-45, 65):.5f}, {self.r.uniform(-120, 150):.5f}"


# ---------------------------------------------------------------------------------------------
# Text assembly: templates return a list of plain strings and (value, label) pairs; offsets are
# computed here and checked (span text == inserted value, no overlap, no stray punctuation).
# ---------------------------------------------------------------------------------------------
_BAD_EDGE = set(" \t\n\"'()[]<>{},;:!?")


def _flat(parts, out):
    for p in parts:
        if p is None:
            continue
        if isinstance(p, list):
            _flat(p, out)
        else:
            out.append(p)
    return out


def _mk(parts) -> Text:
    buf: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for p in _flat(parts, []):
        if isinstance(p, tuple):
            v, lab = p
            if lab is not None:
                assert lab in LABELS, lab
                spans.append((pos, pos + len(v), lab))
            buf.append(v)
            pos += len(v)
        else:
            buf.append(p)
            pos += len(p)
    text = "".join(buf)
    last_end = -1
    for s, e, lab in spans:
        v = text[s:e]
        assert e > s >= last_end, (text, s, e)
        last_end = e
        assert v[0] not in _BAD_EDGE or (lab == PH and v[0] == "("), (lab, v)
        assert v[-1] not in _BAD_EDGE, (lab, v)
        if v[-1] == ".":
            assert lab == PER and len(v) >= 3 and v[-3] == " " and v[-2].isupper(), (lab, v)
    return Text(text, spans)


def _quote(lines: list[str], label: str, prefix: str = "> ") -> list:
    out: list = []
    for ln in lines:
        out += [prefix, (ln, label), "\n"]
    return out


def _block(lines: list[str]) -> str:
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# English templates (US, GB, CA, AU, IN, IE, ZA, NZ, NG, KE)
# ---------------------------------------------------------------------------------------------
def t_us_support_email(g: G):
    cu, ag = g.person("en_US"), g.person("en_US")
    lines, _town = g.addr_lines("en_US")
    biz, _ = g.addr_lines("en_US")
    order = g.ref("ORD-", 7)
    return [
        f"Subject: Re: {order} shipped to the wrong address\n\nHi ", (ag.first, PER), ",\n\n",
        "I moved last month and the package went to my old place. The new address is:\n\n",
        (_block(lines), ADDR), "\n\n",
        f"The card on the account is {g.masked_card()} (exp {g.expiry()}), please don't charge it again. ",
        "You can text me at ", (g.phone("en_US", g.c(["nat", "dash"])), PH), " if anything is unclear.\n\nThanks,\n",
        (g.name_as(cu, "full"), PER), "\n\n",
        f"On {g.past(20, '%a, %b %d, %Y')} at {g.n(1, 12)}:{g.n(10, 59)} PM ", (ag.full, PER), " <",
        (g.email(ag, domain="brightnest-home.com"), EM), "> wrote:\n",
        "> Thanks for reaching out! Could you confirm the delivery address for order ", f"{order}?\n> ",
        "\n> --\n> ", (ag.full, PER), " | Customer Care, BrightNest Home\n",
        _quote(biz, ADDR),
        "> Tel ", (g.phone("en_US", "nat", fixed=True), PH), " | ", (g.email(None, domain="brightnest-home.com"), EM), "\n",
    ]


def t_gb_forwarded(g: G):
    a, b, c_ = g.person("en_GB"), g.person("en_GB"), g.person("en_GB")
    lines, town = g.addr_lines("en_GB")
    return [
        "---------- Forwarded message ---------\nFrom: ", (a.full, PER), " <", (g.email(a), EM), ">\n",
        f"Date: {g.past(30, '%a, %d %b %Y')} at {g.n(8, 18):02d}:{g.n(0, 59):02d}\nSubject: Pension transfer - my details\nTo: ",
        (g.email(None, domain="harbourlife-pensions.co.uk"), EM), "\n\n",
        "Hello,\n\nAs requested, my date of birth is ", (g.dob("en_GB"), DOB), " and my address has changed to\n",
        (_block(lines), ADDR), "\n\nMy National Insurance letter is attached. Policy ref ",
        f"HLP/{g.n(100000, 999999)}/A.\n\nKind regards\n", (a.first, PER), "\n\n",
        "-- \n", (b.first, PER), ", can you pick this up? Member lives in ", (town, LOC),
        " now so it's the Leeds team rather than ours. Cc'ing ", (c_.full, PER), ".\n",
    ]


def t_in_whatsapp(g: G):
    p, q = g.person("en_IN"), g.person("en_IN")
    addr, town = g.addr("en_IN")
    d = g.day(10)
    h = g.n(8, 20)
    fmt = d.strftime("%d/%m/%y")
    return [
        f"[{fmt}, {h:02d}:{g.n(10, 30)}:{g.n(10, 59)}] ", (p.full, PER), ": Hi, my SIM stopped working after the update\n",
        f"[{fmt}, {h:02d}:{g.n(31, 40)}:{g.n(10, 59)}] ", (q.first, PER),
        " (Support): Sorry to hear that. Please share the registered number and the OTP we just sent\n",
        f"[{fmt}, {h:02d}:{g.n(41, 45)}:{g.n(10, 59)}] ", (p.full, PER), ": ", (g.phone("en_IN", g.c(["intl", "nat", "plain"])), PH),
        f" otp {g.otp()}\n",
        f"[{fmt}, {h:02d}:{g.n(46, 50)}:{g.n(10, 59)}] ", (q.first, PER),
        f" (Support): Thanks. Ticket {g.ref('TKT', 8)} raised. Is the billing address still ", (addr, ADDR), "?\n",
        f"[{fmt}, {h:02d}:{g.n(51, 55)}:{g.n(10, 59)}] ", (p.full, PER), ": yes. I am travelling to ",
        (g.other_town("en_IN", town), LOC), " tomorrow so pls fix today 🙏\n",
        f"[{fmt}, {h:02d}:{g.n(56, 59)}:{g.n(10, 59)}] ", (q.first, PER),
        f" (Support): Done, new IMEI {g.imei()} is whitelisted. Visit any store near the Koramangala branch if it still fails.\n",
    ]


def t_au_teams(g: G):
    a, b, cu = g.person("en_AU"), g.person("en_AU"), g.person("en_AU")
    d = g.day(5).strftime("%d/%m/%Y")
    return [
        f"{d} 9:{g.n(10, 29)} AM\n", (g.name_as(a, "full"), PER), "\nanyone seen the fraud flag on ",
        (g.name_as(cu, "last_first"), PER), "'s account?\n\n",
        f"{d} 9:{g.n(30, 59)} AM\n", (b.full, PER), "\nyeah logins from ", (g.ip(), IP), " and ",
        (g.ip4(), IP), f" within 10 min, plus our own VPN {g.priv_ip()}\n\n",
        f"{d} 10:{g.n(10, 59)} AM\n", (a.full, PER), f"\nok I'll ring {'her' if cu.female else 'him'} on ", (g.phone("en_AU", "nat"), PH),
        f". {'she' if cu.female else 'he'}'s in ", (g.town("en_AU"), LOC), f" this week, Parramatta office is handling the case ({g.ref('CASE-', 6)})\n",
    ]


def t_us_slack(g: G):
    a, b = g.person("en_US"), g.person("en_US")
    return [
        (a.first.lower(), PER), f"  {(h := g.n(1, 10))}:{g.n(10, 19)} PM\n",
        "prod deploy failing again, webhook returns 401. this is the key in vault right now: ", (g.api_key(), KEY), "\n",
        (b.first.lower(), PER), f"  {h}:{g.n(20, 39)} PM\n",
        f"dude don't paste secrets here :facepalm: the public id ({g.pub_key()}) is fine but rotate that one. ",
        f"also commit {g.sha256()[:12]} bumped stripe-node to {g.version()}\n",
        (a.first.lower(), PER), f"  {h}:{g.n(40, 59)} PM\nrotated. new one is in 1password, request id {g.uuid()}\n",
    ]


def t_ca_livechat(g: G):
    v, ag = g.person("en_CA"), g.person("en_CA")
    lines, town = g.addr_lines("en_CA")
    return [
        f"Chat started {g.past(15, '%Y-%m-%d')} {g.n(10, 22)}:{g.n(10, 59)} EST\nVisitor: ", (v.full, PER), "\nEmail: ",
        (g.email(v), EM), "\n\n", (ag.first, PER), ": Hi ", (v.first, PER), ", thanks for contacting Northwind Energy! How can I help?\n",
        (v.first, PER), ": hi, switching my gas account to my new place, ", (", ".join(lines), ADDR), "\n",
        (ag.first, PER), ": Got it. Can I get a phone number for the technician?\n",
        (v.first, PER), ": ", (g.phone("en_CA", g.c(["nat", "dash", "intl"])), PH), f" — also my meter # is {g.n(10000000, 99999999)}\n",
        (ag.first, PER), (f": Perfect, move-in order MV-{g.n(100000, 999999)} is booked for {g.past(3, '%b %d')}. "
        f"Our {g.other_town('en_CA', town)} depot will send someone.\n"),
    ]


def t_nz_sms(g: G):
    p, tech = g.person("en_NZ"), g.person("en_NZ")
    return [
        "SMS thread - Kiwi Fibre installs\n[Inbound ", (g.phone("en_NZ", "e164"), PH), "] hey its ", (p.first, PER), " from 14b, is the tech still coming today?\n",
        "[Outbound] Kia ora, yes ", (tech.first, PER), f" will be there 1-3pm. Gate code is {g.n(1000, 9999)}# right?\n",
        f"[Inbound] yep. dog is called {g.c(['Buster', 'Maple', 'Kōwhai', 'Biscuit', 'Rangi'])} she's friendly lol\n",
        "[Outbound] Sweet as. If you need us call ", (g.phone("en_NZ", "nat", fixed=True), PH), ". Job ref ", f"{g.ref('WO', 7)}\n",
    ]


def t_ie_claim_ticket(g: G):
    p, h, ad = g.person("en_IE"), g.person("en_IE"), g.person("en_IE")
    lines, _town = g.addr_lines("en_IE")
    return [
        f"Ticket #{g.n(100000, 999999)} | Home claim CLM-{g.n(24, 26)}-{g.n(10000, 99999)} | Policy HH-{g.n(1000, 9999)}-{g.n(1000, 9999)}\n",
        "Customer: ", (g.name_as(p, "upper"), PER), "\nRisk address: ", (", ".join(lines), ADDR), "\n",
        "Reported: burst pipe in the attic, ceiling down in kitchen. Estimate ", g.amount("€"), "\n\n",
        "--- internal note (", (h.first, PER), ") ---\n",
        "Spoke to policyholder on ", (g.phone("en_IE", "nat"), PH), ". Settlement to go to ", (g.iban("IE"), IBAN),
        f" (BIC {g.c(['AIBKIE2D', 'BOFIIE2D'])}). Loss adjuster ", (ad.full, PER),
        " from the Cork office to visit Thursday. Photos GPS ", g.gps(), ".\n",
    ]


def t_za_call_note(g: G):
    p, agent = g.person("en_ZA"), g.person("en_ZA")
    addr, town = g.addr("en_ZA")
    return [
        "CALL NOTE  ", g.past(10, "%Y-%m-%d"), f" {g.n(8, 16)}:{g.n(10, 59)}  agent: ", (agent.first.lower(), PER), "\n",
        "Member ", (p.full, PER), f" (member no. GPF{g.n(1000000, 9999999)}) called re: retirement date. ",
        "Verified DOB ", (g.dob("en_ZA"), DOB), " and cell ", (g.phone("en_ZA", g.c(["nat", "intl"])), PH), ". ",
        "Postal address updated to ", (addr, ADDR), f". Said {'she' if p.female else 'he'} grew up in ", (g.other_town("en_ZA", town), LOC),
        " and might move back. Referred to Sandton branch for the lump-sum quote (R",
        f"{g.n(100, 999)} {g.n(100, 999)}.00). Next review {g.past(5, '%d %B %Y')}.\n",
    ]


_NUM_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def t_us_transcript(g: G):
    p = g.person("en_US")
    d = g.birth()
    m = _MONTHS["en"][d.month - 1].lower()
    addr, town = g.addr("en_US", " ")
    return [
        "[auto transcript, confidence 0.82]\nagent: thank you for calling bright path pension services this is ",
        (g.person("en_US").first.lower(), PER), " can i get your full name\ncaller: yeah it's ", (p.full.lower(), PER),
        "\nagent: and your date of birth\ncaller: ", (f"{m} {d.day} {d.year}", DOB),
        "\nagent: and the last four of your social\ncaller: ", " ".join(_NUM_WORDS[int(x)] for x in g.s(string.digits, 4)),
        "\nagent: perfect and the address we have is ", (addr.lower(), ADDR), " is that still correct\n",
        "caller: no i moved to ", (g.other_town("en_US", town).lower(), LOC), " in march\nagent: ok whats the best number\ncaller: ",
        (g.phone("en_US", "dash"), PH), "\n",
    ]


def t_us_form_dump(g: G):
    p = g.person("en_US")
    addr, _town = g.addr("en_US")
    return [
        "=== Direct deposit enrollment (web form) ===\n",
        "first_name: ", (p.first, PER), "\nlast_name: ", (p.last, PER), "\ndob: ", (g.dob("en_US"), DOB),
        "\nssn: ", (g.ssn(), SSN), "\naddress: ", (addr, ADDR), "\nemail: ", (g.email(p), EM),
        "\nphone: ", (g.phone("en_US", "dash"), PH), "\nphone_type: mobile\nbank_routing: ", g.routing(),
        "\nbank_account: ", (g.us_acct(), BANK), "\naccount_type: checking\nconsent_ts: ", g.ts(),
        "\nsubmitted_from: ", (g.ip4(), IP), "\nform_version: ", g.version(), "\n",
    ]


def t_app_log_kv(g: G):
    p = g.person(g.c(["en_GB", "en_US", "en_IE"]))
    lines = []
    for _ in range(g.n(2, 3)):
        lines += [g.ts(), " level=info svc=auth-gw msg=\"login ok\" user=", (g.email(p), EM), " src_ip=", (g.ip(), IP),
                  f" session={g.session()} trace={g.uuid()}\n"]
    lines += [g.ts(), f" level=warn svc=auth-gw msg=\"rate limited\" src_ip={g.priv_ip()} retry_after=30\n"]
    return lines


def t_jsonl_events(g: G):
    out = []
    for _ in range(g.n(2, 3)):
        loc = g.c(["en_US", "en_GB", "en_AU", "en_NZ", "en_CA"])
        p = g.person(loc)
        out += ['{"ts":"', g.ts(), '","event":"profile.updated","user_id":"', g.uuid(), '","email":"', (g.email(p), EM),
                '","phone":"', (g.phone(loc, "e164"), PH), '","ip":"', (g.ip(), IP), f'","app":"{g.version()}"}}\n']
    return out


def t_nginx_log(g: G):
    out = []
    for _ in range(g.n(3, 5)):
        ip = (g.ip4(), IP) if g.r.random() < 0.7 else g.priv_ip()
        out += [ip, (f' - - [{g.n(1, 27):02d}/Nov/2026:{g.n(0, 23):02d}:{g.n(10, 59)}:{g.n(10, 59)} +0000] '
                f'"GET /api/v2/tickets/{g.n(1000, 99999)} HTTP/1.1" {g.c(["200", "304", "404", "401"])} {g.n(200, 9000)} '
                f'"-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/{g.n(110, 131)}.0.{g.n(1000, 6999)}.{g.n(10, 99)}"\n')]
    return out


def t_env_config(g: G):
    p = g.person("en_GB")
    return [
        "# .env.production  (DO NOT COMMIT)\nAPP_VERSION=", g.version(), "\nDB_HOST=", g.priv_ip(), "\nDB_USER=crm_app\nDB_PASSWORD=",
        (g.password(), PWD), "\nSMTP_USER=", (g.email(None, domain="mail.fernwick-energy.co.uk"), EM), "\nSMTP_PASS=", (g.password(), PWD),
        "\nPAYMENTS_API_KEY=", (g.api_key(), KEY), "\nPAYMENTS_PUBLISHABLE_KEY=", g.pub_key(),
        f"\nSESSION_SECRET_SHA256={g.sha256()}\nOPS_CONTACT=", (p.full, PER), "\nPUBLIC_EGRESS_IP=", (g.ip4(), IP), "\n",
    ]


def t_gb_ocr_referral(g: G):
    p, dr = g.person("en_GB"), g.person("en_GB")
    lines, _town = g.addr_lines("en_GB")
    return [
        "OUTPATIENT REFERRAL F0RM   ||  St Wilfrid's Hospital\n",
        "Patient narne: ", (g.name_as(p, "upper"), PER), "     D.O.B ", (g.dob("en_GB"), DOB),
        f"\nNHS No: {g.n(400, 499)} {g.n(100, 999)} {g.n(1000, 9999)}\nAddress: ",
        (_block(lines), ADDR), "\nTel (mob): ", (g.phone("en_GB", "nat"), PH),
        "\nReferring GP: Dr ", (dr.last, PER), f"   Clinic: Dermatology, Harrogate site\nAppt: {g.past(5, '%d/%m/%Y')} 10:40\n",
    ]


def t_au_spreadsheet(g: G):
    out = ["Name\tMobile\tSuburb\tMembership\tPaid\n"]
    for _ in range(g.n(3, 5)):
        p = g.person("en_AU")
        out += [(p.full, PER), "\t", (g.phone("en_AU", g.c(["nat", "plain"])), PH), "\t", (g.town("en_AU"), LOC),
                f"\tSU-{g.n(10000, 99999)}\t{g.amount('$')}\n"]
    return out


def t_notification_subjects(g: G):
    p = g.person(g.c(["en_GB", "en_US", "en_IE", "en_CA"]))
    return [
        f"[Zendesk] Ticket #{g.n(10000, 99999)} updated by ", (p.full, PER), "\n",
        f"Your claim CLM-{g.n(100000, 999999)} has moved to 'Assessment'\n",
        f"Payment of {g.amount('£')} received – invoice INV-{g.n(100000, 999999)}\n",
        "New sign-in to your account from ", (g.ip(), IP), "\n",
        f"Reminder: appointment on {g.past(3, '%d %b')} at the Headingley clinic\n",
    ]


def t_no_pii_release(g: G):
    return [
        f"Release notes {g.version()}\n- fixed tariff rounding (ticket INC{g.n(1000000, 9999999)})\n",
        f"- bumped libphonenumber to {g.version()}\n- migration {g.uuid()} applied on {g.past(30, '%Y-%m-%d')}\n",
        f"- artifact sha256: {g.sha256()}\n- perf: p95 {g.n(80, 400)} ms, error rate 0.{g.n(10, 99)}%\n",
        f"- test card 4242 4242 4242 4242 still used in staging; masked {g.masked_card()} in UI\n",
    ]


def t_no_pii_outage(g: G):
    return [
        f"PLANNED OUTAGE NOTICE {g.ref('PO-', 5)}\nArea: feeder 11kV #{g.n(10, 99)}, substation near ",
        f"{g.c(['Ashby depot', 'Riverside works', 'North yard'])}\nStart: {g.ts()}  End: {g.ts()}\n",
        f"Crew GPS: {g.gps()}\nCustomers affected: {g.n(40, 2000)}. Estimated cost {g.amount('£')}.\n",
        f"Switching schedule rev {g.version()}. Call centre script ID {g.uuid()}.\n",
    ]


def t_ke_sim_swap(g: G):
    p, ag = g.person("en_KE"), g.person("en_KE")
    town = g.town("en_KE")
    return [
        f"SIM SWAP REQUEST  ref SS{g.n(10000000, 99999999)}\nStore: Moi Avenue shop ({g.c(['Nairobi CBD', 'Mombasa Nyali'])})\n",
        "Customer: ", (p.full, PER), "\nMSISDN: ", (g.phone("en_KE", g.c(["intl", "e164", "nat"])), PH),
        f"\nOld ICCID: {g.iccid()}  New ICCID: {g.iccid()}\nDevice IMEI: {g.imei()}\n",
        "Reason: phone stolen while travelling to ", (g.other_town("en_KE", town), LOC), ". Customer lives in ", (town, LOC),
        ".\nAlt contact: ", (g.email(p), EM), "\nApproved by: ", (ag.full, PER),
        f"\nM-PESA reversal ref {g.s('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}\n",
    ]


def t_ng_porting(g: G):
    p = g.person("en_NG")
    addr, _town = g.addr("en_NG")
    return [
        "Dear ", (p.first, PER), ",\n\nYour request to port ", (g.phone("en_NG", "nat"), PH),
        f" to our network has been received (port ID NP-{g.n(100000, 999999)}). Your porting code is {g.n(1000, 9999)}.\n",
        "We will deliver your new SIM to ", (addr, ADDR), " within 48 hours. ",
        "If you prefer pickup, visit our store at Tunde Bakare Plaza, Ikeja.\n\nFor help call ", (g.phone("en_NG", "nat", fixed=True), PH),
        " or write to ", (g.email(None, domain="glomax.ng"), EM), ".\n\nGlomax Mobile, ", (g.addr("en_NG")[0], ADDR), "\n",
    ]


def t_gb_energy_email(g: G):
    p, ag = g.person("en_GB"), g.person("en_GB")
    lines, _town = g.addr_lines("en_GB")
    return [
        "From: ", (g.email(p), EM), "\nTo: ", (g.email(None, domain="fernwick-energy.co.uk"), EM),
        "\nSubject: Meter reading + direct debit change\n\nHi,\n\nReading for ", (", ".join(lines), ADDR),
        f" today is {g.n(10000, 99999)} kWh (MPAN {g.n(10, 20)} {g.n(1000, 9999)} {g.n(1000, 9999)} {g.n(100, 999)}).\n",
        "Please take the DD from my new account ", (g.iban("GB"), IBAN), " from next month. Account no. ",
        f"{g.n(10000000, 99999999)}.\n\nCheers\n", (g.name_as(p, g.c(["first", "initial"])), PER), "\n\n",
        "> Dear Customer, your bill of ", g.amount("£"), " is ready. Reply to this e-mail or call ",
        (g.phone("en_GB", "nat", fixed=True), PH), ".\n> ", (ag.full, PER), ", Fernwick Energy\n",
    ]


def t_in_appt_sms(g: G):
    p = g.person("en_IN")
    return [
        "Dear ", (g.name_as(p, g.c(["full", "upper", "first"])), PER), f", your OPD appointment (token {g.n(10, 99)}) with ",
        "Dr. ", (g.person("en_IN").full, PER), f" is on {g.past(5, '%d-%b-%Y')} 11:30 AM at Apollo Clinic, Indiranagar. ",
        f"Booking ID APL{g.n(1000000, 9999999)}. For queries call ", (g.phone("en_IN", g.c(["nat", "intl"]), fixed=True), PH), ".\n",
    ]


def t_ca_student_union(g: G):
    p, ex = g.person("en_CA"), g.person("en_CA")
    return [
        "Hey ", (p.first, PER), "!\n\nWelcome to the Dalhousie Student Union. Here is what we have on file:\n",
        f"  Student #: B00{g.n(100000, 999999)}\n  Name: ", (p.full, PER), "\n  Date of birth: ", (g.dob("en_CA"), DOB),
        "\n  Email: ", (g.email(p, domain="dal.ca"), EM), "\n  Hometown: ", (g.town("en_CA"), LOC),
        f"\n  Locker code: {g.n(10, 39)}-{g.n(10, 39)}-{g.n(10, 39)}\n  Paid: {g.amount('$')} ({g.masked_card()})\n\n",
        "Questions? ", (ex.full, PER), ", VP Finance, ", (g.phone("en_CA", "nat"), PH),
        "\nTim Hortons gift cards for the first 50 members at the Grawood!\n",
    ]


def t_ie_pension_letter(g: G):
    p = g.person("en_IE")
    lines, _town = g.addr_lines("en_IE")
    return [
        (p.full, PER), "\n", (_block(lines), ADDR), "\n\n", g.past(20, "%d %B %Y"), "\n\n",
        g.c(["Dear Ms " if p.female else "Dear Mr ", "Dear "]), (p.last, PER), ",\n\nRe: Occupational pension – member ",
        f"{g.n(100000, 999999)}\n\nWe confirm your date of birth as ", (g.dob("en_IE", long=True), DOB),
        " and normal retirement age 66. Payments will be made to ", (g.iban("IE", True), IBAN),
        ".\n\nYours sincerely,\n", (g.person("en_IE").full, PER), "\nMember Services, Kerrigan Trustees DAC\n",
    ]


def t_au_quoted(g: G):
    p, ag = g.person("en_AU"), g.person("en_AU")
    lines, _town = g.addr_lines("en_AU")
    return [
        "Yes that's correct, thanks ", (ag.first, PER), ". Mobile is ", (g.phone("en_AU", "nat"), PH), ".\n\n",
        (p.first, PER), "\n\n-----Original Message-----\nFrom: ", (ag.full, PER), " <", (g.email(ag, domain="coastalmutual.com.au"), EM),
        ">\n\n> Hi ", (p.first, PER), ", can you confirm the insured address is still:\n",
        _quote(lines, ADDR), "> and that you were born ", (g.dob("en_AU"), DOB), "?\n",
        f"> Claim {g.ref('CM', 8)}, excess {g.amount('$')}\n",
    ]


def t_ph_call_notes(g: G):
    p = g.person("tl")
    return [
        "Call notes – ", g.past(7, "%m/%d/%Y"), "\nCustomer ", (p.full, PER), " called about unauthorised SIM swap. ",
        "Verified via registered no. ", (g.phone("tl", g.c(["nat", "intl"])), PH), " and birthday ", (g.dob("tl"), DOB),
        f". Says {'she' if p.female else 'he'} is currently in ", (g.town("tl"), LOC), f" for work. Blocked ICCID {g.iccid()}. ",
        f"Escalated to fraud team, case FR-{g.n(10000, 99999)}. SM Megamall store will reissue.\n",
    ]


def t_error_log_url(g: G):
    p = g.person("en_US")
    return [
        g.ts(), " ERROR billing-sync HTTPError 401 calling https://api.payhub.example/v1/customers?api_key=", (g.api_key(), KEY),
        f"&limit=50\n  at SyncWorker.run (worker.js:{g.n(10, 400)}:{g.n(1, 40)})\n", g.ts(),
        " WARN  billing-sync retry 2/5 customer=", (g.email(p), EM), f" id={g.uuid()}\n",
        g.ts(), f" INFO  billing-sync done in {g.n(100, 900)}ms host={g.priv_ip()}\n",
    ]


def t_us_dispute(g: G):
    p = g.person("en_US")
    return [
        f"Dispute #{g.n(100000, 999999)} — opened by ", (p.full, PER), "\n",
        "Customer says charge of ", g.amount("$"), " on card ", (g.card(), CC), f" (exp {g.expiry()}, CVV {g.n(100, 999)}) ",
        "was not theirs. Refund to checking acct ", (g.us_acct(), BANK), f", routing {g.routing()}. ",
        f"SSN last 4 {g.n(1000, 9999)} matched. Full SSN on file: ", (g.ssn(), SSN), ". Callback ",
        (g.phone("en_US", "nat"), PH), ".\n",
    ]


def t_gb_csv(g: G):
    out = ["ref,surname,forename,dob,postcode,pet\n"]
    for _ in range(g.n(3, 5)):
        p = g.person("en_GB")
        out += [f"HC{g.n(10000, 99999)},", (p.last, PER), ",", (p.first, PER), ",", (g.dob("en_GB"), DOB), ",",
                g.c(LOCS["en_GB"].towns)[2], ",", g.c(["Biscuit", "Luna", "Archie", "Poppy", "Milo"]), "\n"]
    return out


def t_pw_reset_log(g: G):
    p = g.person(g.c(["en_US", "en_GB", "en_NZ"]))
    return [
        g.ts(), " DEBUG password_reset user=", (g.email(p), EM), " new_password=", (g.password(), PWD), "\n",
        g.ts(), " DEBUG password_reset stored hash=", g.c([g.bcrypt(), g.argon2()]), "\n",
        g.ts(), f" INFO  reset token {g.session()} consumed from ", (g.ip(), IP), "\n",
    ]


def t_nz_energy_chat(g: G):
    p, ag = g.person("en_NZ"), g.person("en_NZ")
    addr, town = g.addr("en_NZ")
    return [
        "Live chat – Kiwi Power\n", (ag.first, PER), ": Kia ora! Who am I speaking with?\n",
        (p.full, PER), ": ", (p.first, PER), " here. Moving out of ", (addr, ADDR), " on the 14th\n",
        (ag.first, PER), ": No worries. Where are you heading?\n", (p.first, PER), ": over to ",
        (g.other_town("en_NZ", town), LOC), ". final bill to ", (g.email(p), EM), " pls, and take the last payment off ", (g.card(), CC), "\n",
        (ag.first, PER), f": Thanks! Please don't share full card numbers in chat, I've masked it ({g.masked_card()}).\n",
        (ag.first, PER), f": Done. ICP {g.n(1000000000, 9999999999)}NZ{g.n(100, 999)} closed, ref {g.booking()}.\n",
    ]


def t_ke_teams_su(g: G):
    a, b = g.person("en_KE"), g.person("en_KE")
    return [
        (a.full, PER), f"  {g.n(8, 11)}:{g.n(10, 59)}\nStudent union elections: candidate ", (b.full, PER),
        f" forgot {'her' if b.female else 'his'} portal password, {'she' if b.female else 'he'} told me it's ", (g.password(), PWD), " — can someone reset it properly?\n",
        "IT Helpdesk  ", f"{g.n(11, 15)}:{g.n(10, 59)}\nReset. Never share passwords in chat. Ticket {g.ref('SR', 7)}.\n",
    ]


EN_TEMPLATES = [
    t_us_support_email, t_gb_forwarded, t_in_whatsapp, t_au_teams, t_us_slack, t_ca_livechat, t_nz_sms,
    t_ie_claim_ticket, t_za_call_note, t_us_transcript, t_us_form_dump, t_app_log_kv, t_jsonl_events, t_nginx_log,
    t_env_config, t_gb_ocr_referral, t_au_spreadsheet, t_notification_subjects, t_no_pii_release, t_no_pii_outage,
    t_ke_sim_swap, t_ng_porting, t_gb_energy_email, t_in_appt_sms, t_ca_student_union, t_ie_pension_letter,
    t_au_quoted, t_ph_call_notes, t_error_log_url, t_us_dispute, t_gb_csv, t_pw_reset_log, t_nz_energy_chat,
    t_ke_teams_su,
]


# ---------------------------------------------------------------------------------------------
# Other-language templates
# ---------------------------------------------------------------------------------------------
def t_ca_email_energia(g: G):
    p = g.person("ca")
    addr, _town = g.addr("ca")
    return [
        "Assumpte: Canvi de titular del contracte de llum\n\nBon dia,\n\nSóc ", (p.full, PER),
        " i us escric perquè el contracte del pis de ", (addr, ADDR), " passi a nom meu (l'anterior titular era la meva mare, ",
        (g.person("ca").first, PER), "). El meu telèfon és el ", (g.phone("ca", g.c(["nat", "intl"])), PH),
        " i el correu ", (g.email(p), EM), ".\n\nPodeu domiciliar els rebuts al compte ", (g.iban("ES"), IBAN),
        f".\nCUPS: ES0031{g.n(10**13, 10**14 - 1)}JY0F  ·  Potència: {g.n(3, 6)},{g.n(1, 9)}0 kW\n\n",
        "Gràcies,\n", (p.first, PER), "\n\n--\nEnviat des del meu mòbil\n",
    ]


def t_ca_whatsapp(g: G):
    a, b, c_ = g.person("ca"), g.person("ca"), g.person("ca")
    d = g.day(20).strftime("%d/%m/%y")
    return [
        f"{d}, {g.n(18, 20)}:{g.n(10, 59)} - ", (a.first, PER), ": Algú té el número del ", (b.first, PER), "? per la festa del sindicat d'estudiants\n",
        f"{d}, {g.n(20, 21)}:{g.n(10, 59)} - ", (c_.full, PER), ": ", (g.phone("ca", "nat"), PH), " 👍\n",
        f"{d}, {g.n(21, 22)}:{g.n(10, 59)} - ", (a.first, PER), ": gràcies! el sopar és al bar Can Ramon, paguem ",
        f"{g.n(12, 25)} € per bizum\n",
        f"{d}, {g.n(22, 23)}:{g.n(10, 59)} - ", (b.first, PER), ": jo arribo tard, torno de ", (g.town("ca"), LOC), " amb el tren de les 21:40\n",
    ]


def t_gl_ticket_seguro(g: G):
    p, ag, per = g.person("gl"), g.person("gl"), g.person("gl")
    lines, _town = g.addr_lines("gl")
    return [
        f"Incidencia #{g.n(100000, 999999)} · Sinistro SIN-{g.n(2025, 2026)}-{g.n(10000, 99999)} · Póliza FOG{g.n(1000000, 9999999)}\n",
        "Asegurado/a: ", (g.name_as(p, g.c(["full", "upper"])), PER), "\nEnderezo do risco: ", (", ".join(lines), ADDR),
        "\nTeléfono: ", (g.phone("gl", "nat"), PH), "\nData de nacemento: ", (g.dob("gl"), DOB),
        "\nDescrición: auga na cociña despois da tormenta, o teito do baño caeu.\n\n",
        "Nota interna (", (ag.first, PER), "): falei coa persoa asegurada ás ", f"{g.n(9, 13)}:{g.n(10, 59)}. ",
        "O perito ", (per.full, PER), " da oficina de Lugo vai o xoves. Indemnización estimada ", g.amount("€", True),
        ", pagamento á conta ", (g.iban("ES", True), IBAN), ".\n",
    ]


def t_gl_sms_cita(g: G):
    p = g.person("gl")
    return [
        "Ola ", (p.first, PER), ", lembrámoslle a súa cita no CHUS (consultas externas, Traumatoloxía) o ",
        g.past(5, "%d/%m/%Y"), f" ás {g.n(8, 14)}:{g.c(['00', '15', '30', '45'])}. Consulta {g.n(1, 40)}. ",
        "Para anulala chame ao ", (g.phone("gl", "nat", fixed=True), PH), f" indicando o código {g.booking()}. Sergas\n",
    ]


def t_eu_email_ikasle(g: G):
    p, rep = g.person("eu"), g.person("eu")
    return [
        "Kaixo ", (p.first, PER), ",\n\nIkasle Kontseiluan izena emateko bidali dizkiguzun datuak:\n",
        "  Izen-abizenak: ", (p.full, PER), "\n  Jaiotze data: ", (g.dob("eu"), DOB), "\n  Helbidea: ",
        (g.addr("eu")[0], ADDR), "\n  Telefonoa: ", (g.phone("eu", g.c(["nat", "intl"])), PH), "\n  Posta: ",
        (g.email(p, domain="ikasle.ehu.eus"), EM), f"\n  Ikasle zenbakia: {g.n(900000, 999999)}\n\n",
        "Kuota (", g.amount("€", True, 6000), ") txartelarekin ordainduta: ", g.masked_card(), ".\n\nEskerrik asko,\n", (rep.full, PER),
        "\nIkasle Kontseilua – Leioa campusa\n",
    ]


def t_eu_dei_oharra(g: G):
    p, ag = g.person("eu"), g.person("eu")
    return [
        "DEIAREN OHARRA ", g.past(10, "%Y/%m/%d"), " – ", (ag.first, PER), "\n",
        (p.full, PER), " bazkideak deitu du pentsio-funtsaren erretiro-data galdetzeko. Bazkide zk. ",
        f"EPSV-{g.n(100000, 999999)}. ", "Jaiotze data egiaztatuta: ", (g.dob("eu"), DOB), ". ",
        "Kontu berria: ", (g.iban("ES"), IBAN), ". Herria: ", (g.town("eu"), LOC),
        ". Donostiako bulegora bidali dut eskaera. Mugikorra: ", (g.phone("eu", "nat"), PH), ".\n",
    ]


def t_is_lifeyrir(g: G):
    p, ag = g.person("is"), g.person("is")
    lines, _town = g.addr_lines("is")
    return [
        "Sæl" if p.female else "Sæll", " ", (p.first, PER), ",\n\nVið höfum móttekið umsókn þína um ellilífeyri. ",
        "Vinsamlegast staðfestu eftirfarandi upplýsingar:\n\nFæðingardagur: ", (g.dob("is", long=g.r.random() < 0.5), DOB),
        "\nHeimilisfang: ", (", ".join(lines), ADDR), "\nSími: ", (g.phone("is", g.c(["nat", "intl"])), PH),
        "\nNetfang: ", (g.email(p), EM), f"\nMálsnúmer: {g.n(2026, 2026)}-{g.n(10000, 99999)}\n\n",
        "Greiðslur hefjast ", g.past(30, "%d.%m.%Y"), ".\n\nKveðja,\n", (ag.full, PER),
        "\nLífeyrissjóðurinn Hekla – Borgartúni, Reykjavík\n",
    ]


def t_is_spitali(g: G):
    p = g.person("is")
    return [
        "TÍMABÓKUN – göngudeild\nNafn: ", (p.full, PER), "\nFædd" if p.female else "\nFæddur", ": ",
        (g.dob("is"), DOB), "\nGSM: ", (g.phone("is", "nat"), PH), "\nTími: ", g.past(3, "%d.%m.%Y"),
        f" kl. {g.n(8, 15)}:{g.c(['00', '20', '40'])}\nLæknir: ", (g.person("is").full, PER),
        f"\nDeild: Húð- og kynsjúkdómadeild, Fossvogi\nBókunarnúmer: {g.booking()}\n",
    ]


def t_af_eis(g: G):
    p = g.person("af")
    addr, _town = g.addr("af")
    return [
        "Goeie môre,\n\nEk wil asseblief 'n eis instel vir stormskade by ons huis, ", (addr, ADDR),
        f". Polisnommer HV{g.n(1000000, 9999999)}. Die dak het in die nag gelekke en die plafon in die sitkamer is nat.\n\n",
        "My geboortedatum is ", (g.dob("af", long=g.r.random() < 0.5), DOB), " en julle kan my skakel by ",
        (g.phone("af", g.c(["nat", "intl"])), PH), ". Ons hond ", g.c(["Wagter", "Bliksem", "Koos", "Tessie"]),
        " was gelukkig binne.\n\nGroete\n", (p.full, PER), "\n", (g.email(p), EM), "\n",
    ]


def t_af_whatsapp(g: G):
    a, b = g.person("af"), g.person("af")
    d = g.day(10).strftime("%Y/%m/%d")
    return [
        f"[{d}, {g.n(17, 18)}:{g.n(10, 59)}] ", (a.full, PER), ": Is die krag by julle ook af? Ons sit al 2 uur in die donker\n",
        f"[{d}, {g.n(18, 19)}:{g.n(10, 59)}] ", (b.first, PER), ": Ja hier ook. Eskom sê dis 'n kabel by die Paarl substasie\n",
        f"[{d}, {g.n(19, 20)}:{g.n(10, 59)}] ", (a.full, PER), ": Ek het die munisipaliteit gebel op ",
        (g.phone("af", "nat", fixed=True), PH), f", verwysing {g.ref('MUN', 7)}\n",
        f"[{d}, {g.n(20, 21)}:{g.n(10, 59)}] ", (b.first, PER), ": Dankie! Ek ry in elk geval môre ", (g.town("af"), LOC), " toe\n",
    ]


def t_tl_sim_chat(g: G):
    p, ag = g.person("tl"), g.person("tl")
    town = g.town("tl")
    return [
        (ag.first, PER), " (Agent): Magandang hapon po! Paano ko po kayo matutulungan?\n",
        (p.full, PER), ": hello po, nawala po yung phone ko kahapon sa ", (town, LOC), ", kailangan ko po ng bagong SIM\n",
        (ag.first, PER), " (Agent): Pasensya na po. Ano po ang mobile number at birthday ninyo para ma-verify?\n",
        (p.full, PER), ": ", (g.phone("tl", g.c(["nat", "plain"])), PH), " po, birthday ko ", (g.dob("tl", long=g.r.random() < 0.5), DOB), "\n",
        (ag.first, PER), f" (Agent): Salamat po. Na-block na po ang SIM. Ticket no. {g.ref('PH-', 8)}. ",
        "Pumunta po kayo sa pinakamalapit na store dala ang valid ID.\n",
    ]


def t_tl_sms(g: G):
    p = g.person("tl")
    return [
        "Hi ", (p.first, PER), f"! Ang iyong bill na PHP {g.n(500, 4000)}.{g.n(10, 99)} ay due sa ", g.past(10, "%m/%d/%Y"),
        f". Acct no. {g.n(100000000, 999999999)}. Magbayad via GCash o sa Bayad Center. ",
        "Para sa tulong, tumawag sa ", (g.phone("tl", "nat", fixed=True), PH), ". Huwag ibigay ang OTP ", g.otp(), " kahit kanino.\n",
    ]


def t_ms_emel_bil(g: G):
    p = g.person("ms")
    lines, _town = g.addr_lines("ms")
    return [
        "Kepada: ", (p.full.upper(), PER), "\n", (_block(lines), ADDR), "\n\n",
        f"Bil elektrik anda untuk akaun {g.n(2000000000, 2999999999)} bagi bulan ", g.c(_MONTHS["ms"]),
        " telah dikeluarkan. Jumlah perlu dibayar: RM", f"{g.n(30, 900)}.{g.n(10, 99)}", ".\n",
        "Sila jelaskan sebelum ", g.past(5, "%d/%m/%Y"), ". Untuk pertanyaan, hubungi ", (g.phone("ms", "nat", fixed=True), PH),
        " atau e-mel ", (g.email(None, domain="tenagaku.com.my"), EM), ".\nPejabat Kedai Tenaga Petaling Jaya\n",
    ]


def t_ms_chat_hospital(g: G):
    p, ag = g.person("ms"), g.person("ms")
    return [
        "Pelawat: ", (p.full, PER), "\n", (ag.first, PER), ": Selamat pagi, ada apa yang boleh saya bantu?\n",
        (p.first, PER), ": saya nak tukar temujanji klinik pakar mata minggu depan\n",
        (ag.first, PER), ": Boleh, sila berikan tarikh lahir dan nombor telefon\n",
        (p.first, PER), ": ", (g.dob("ms"), DOB), ", ", (g.phone("ms", g.c(["nat", "intl"])), PH), "\n",
        (ag.first, PER), f": Temujanji baru {g.past(7, '%d/%m/%Y')} jam 9.30 pagi, no. rujukan {g.booking()}. ",
        "Saya hantar pengesahan ke ", (g.email(p), EM), "\n",
    ]


def t_sl_bolnisnica(g: G):
    p, dr = g.person("sl"), g.person("sl")
    addr, _town = g.addr("sl")
    return [
        "Spoštovani ", (p.full, PER), ",\n\nobveščamo vas o terminu ambulantnega pregleda:\n",
        "  Datum in ura: ", g.past(10, "%d. %m. %Y"), f", ob {g.n(7, 14)}.{g.c(['00', '30'])}\n",
        "  Ambulanta: kardiologija, UKC, Zaloška cesta\n  Zdravnik: ", (dr.full, PER),
        "\n\nVaši podatki: datum rojstva ", (g.dob("sl"), DOB), ", naslov ", (addr, ADDR), ", telefon ",
        (g.phone("sl", g.c(["nat", "intl"])), PH), f".\nŠtevilka napotnice: {g.n(10**9, 10**10 - 1)}\n",
    ]


def t_sl_form(g: G):
    p = g.person("sl")
    return [
        "POST /studentska-organizacija/prijava\n", "ime=", (p.first, PER), "\npriimek=", (p.last, PER),
        "\ndatum_rojstva=", (g.dob("sl"), DOB), "\nkraj=", (g.town("sl"), LOC), "\ne_posta=", (g.email(p), EM),
        "\ngeslo=", (g.password(), PWD), "\ngeslo_hash=", g.bcrypt(), "\nclient_ip=", (g.ip4(), IP),
        f"\nverzija={g.version()}\n",
    ]


def t_lt_perkelimas(g: G):
    p = g.person("lt")
    return [
        f"PRAŠYMAS PERKELTI NUMERĮ Nr. {g.n(100000, 999999)}\n", "Vardas, pavardė: ", (p.full, PER),
        "\nPerkeliamas numeris: ", (g.phone("lt", g.c(["intl", "nat"])), PH), "\nGimimo data: ", (g.dob("lt"), DOB),
        "\nAdresas: ", (g.addr("lt")[0], ADDR), "\nEl. paštas: ", (g.email(p), EM),
        f"\nDabartinis operatorius: Tele2\nSIM ICCID: {g.iccid()}\nPerkėlimo data: {g.past(5, '%Y-%m-%d')}\n",
    ]


def t_lt_crm(g: G):
    p, ag = g.person("lt"), g.person("lt")
    return [
        "CRM pastaba | ", g.past(10, "%Y-%m-%d"), " | ", (ag.full, PER), "\n",
        "Klientas ", (p.full, PER), " skambino dėl pensijų fondo išmokos. Tapatybė patvirtinta (gimimo data ",
        (g.dob("lt"), DOB), "). Nurodė naują sąskaitą ", (g.iban("DE"), IBAN), ", nes dabar dirba Vokietijoje. ",
        "Gyvenamoji vieta: ", (g.town("lt"), LOC), ". Tel. ", (g.phone("lt", "nat"), PH), f". Užklausa SR-{g.n(10000, 99999)}.\n",
    ]


def t_et_tudeng(g: G):
    p, rep = g.person("et"), g.person("et")
    return [
        "Tere, ", (p.first, PER), "!\n\nAitäh, et liitusid Tartu Ülikooli Üliõpilasesindusega. Sinu andmed:\n",
        "Nimi: ", (p.full, PER), "\nSünniaeg: ", (g.dob("et", long=g.r.random() < 0.4), DOB), "\nElukoht: ",
        (g.town("et"), LOC), "\nTelefon: ", (g.phone("et", g.c(["nat", "intl"])), PH), "\nE-post: ",
        (g.email(p, domain="ut.ee"), EM), f"\nMatrikli nr: B{g.n(10000, 99999)}\n\nParimate soovidega\n", (rep.full, PER), "\n",
    ]


def t_et_pension(g: G):
    p = g.person("et")
    addr, _town = g.addr("et")
    return [
        (p.full, PER), "\n", (addr, ADDR), "\n\nLugupeetud ", (p.full, PER), "\n\n",
        "Teie II samba pensionifondi väljamakse avaldus on vastu võetud. Väljamakse kantakse kontole ",
        (g.iban("DE" if g.r.random() < 0.3 else "SE"), IBAN), " (soovisite välismaa kontot). ",
        f"Avalduse number {g.n(100000, 999999)}, fondiosakute arv {g.n(1000, 99999)},{g.n(100, 999)}.\n",
        "Küsimuste korral helistage ", (g.phone("et", "nat", fixed=True), PH), ".\n",
    ]


def t_tr_ticket(g: G):
    p, ag = g.person("tr"), g.person("tr")
    addr, town = g.addr("tr")
    reg = next(t[1] for t in LOCS["tr"].towns if t[0] == town)
    return [
        f"Talep No: {g.n(10**7, 10**8 - 1)}  Konu: Numara taşıma\n", "Müşteri: ", (p.full, PER), "\nGSM: ",
        (g.phone("tr", g.c(["nat", "intl"])), PH), "\nDoğum tarihi: ", (g.dob("tr"), DOB), "\nAdres: ", (addr, ADDR),
        "\n\nİç not (", (ag.first, PER), "): Müşteri ", (reg, LOC), "'den" if reg == "İzmir" else "'dan", " arıyor, SIM kartı Kadıköy bayisinden alacak. ",
        f"IMEI {g.imei()}, PUK {g.n(10**7, 10**8 - 1)}. Hat taşıma ücreti {g.n(50, 300)} TL, müşteri kartı ",
        (g.card(), CC), f" ile ödendi (SKT {g.expiry()}).\n",
    ]


def t_tr_transcript(g: G):
    p = g.person("tr")
    d = g.birth()
    return [
        "[otomatik döküm]\ntemsilci: enerjisa müşteri hizmetleri ben ", (g.person("tr").first.lower(), PER),
        " size nasıl yardımcı olabilirim\nmüşteri: merhaba ben ", (p.full.lower(), PER), " faturam çok yüksek geldi\n",
        "temsilci: doğum tarihinizi alabilir miyim\nmüşteri: ", (f"{d.day} {_MONTHS['tr'][d.month - 1].lower()} {d.year}", DOB),
        "\ntemsilci: teşekkürler tesisat numaranız ", f"{g.n(10**9, 10**10 - 1)}", " doğru mu\nmüşteri: evet cep numaram da ",
        (g.phone("tr", "plain"), PH), "\n",
    ]


def t_ro_dauna(g: G):
    p, insp = g.person("ro"), g.person("ro")
    lines, _town = g.addr_lines("ro")
    return [
        "Bună ziua,\n\nVă scriu în legătură cu dosarul de daună ", f"DD-{g.n(100000, 999999)}",
        " (inundație). Locuința asigurată se află la adresa:\n", (_block(lines), ADDR), "\n\n",
        "Data nașterii: ", (g.dob("ro", long=g.r.random() < 0.5), DOB), "\nTelefon: ", (g.phone("ro", g.c(["nat", "intl"])), PH),
        "\nIBAN pentru despăgubire: ", (g.iban("DE" if g.r.random() < 0.4 else "IT"), IBAN),
        " (lucrez în străinătate)\n\nInspectorul ", (insp.full, PER), " de la sucursala Cluj a fost deja la fața locului.\n\n",
        "Cu stimă,\n", (p.full, PER), "\n",
    ]


def t_ro_energie(g: G):
    p = g.person("ro")
    return [
        "Nume client: ", (p.last.upper(), PER), " ", (p.first.upper(), PER), "\nCod client: ", f"{g.n(10**9, 10**10 - 1)}",
        "\nLoc de consum: ", (g.addr("ro")[0], ADDR), f"\nPOD: RO{g.n(100, 999)}E{g.n(10**9, 10**10 - 1)}\n",
        "Index citit: ", f"{g.n(1000, 99999)} kWh  (", g.past(30, "%d.%m.%Y"), ")\nTotal de plată: ", g.amount("lei", True, 120000),
        "\nContact: ", (g.email(p), EM), " / ", (g.phone("ro", "nat"), PH), "\n",
    ]


def t_cy_undeb(g: G):
    p, sw = g.person("cy"), g.person("cy")
    return [
        "Annwyl ", (p.first, PER), ",\n\nCroeso i Undeb Myfyrwyr Aberystwyth! Dyma'r manylion sydd gennym:\n",
        "Enw: ", (p.full, PER), "\nDyddiad geni: ", (g.dob("cy", long=g.r.random() < 0.5), DOB), "\nCyfeiriad cartref: ",
        (g.addr("cy")[0], ADDR), "\nFfôn symudol: ", (g.phone("cy", "nat"), PH), f"\nRhif myfyriwr: {g.n(200000000, 299999999)}\n\n",
        "Cofion,\n", (sw.full, PER), "\nSwyddog Lles, ", (g.email(None, domain="undebaber.cymru"), EM), "\n",
    ]


def t_sw_sms(g: G):
    p = g.person("sw")
    return [
        "Ndugu ", (p.full, PER), ", ombi lako la kubadilisha laini ya ", (g.phone("sw", g.c(["nat", "intl"])), PH),
        f" limepokelewa. Namba ya kumbukumbu SW{g.n(10**6, 10**7 - 1)}. Tembelea duka letu la Mtaa wa Biashara ukiwa na kitambulisho. ",
        "Usimpe mtu yeyote PIN yako ", g.otp()[:4], ". Kwa msaada piga ", (g.phone("sw", "nat", fixed=True), PH), ".\n",
    ]


def t_sq_email(g: G):
    p, ag = g.person("sq"), g.person("sq")
    return [
        "Përshëndetje ", (p.first, PER), ",\n\nKërkesa juaj për kontratën e energjisë elektrike u regjistrua me numër ",
        f"KE-{g.n(100000, 999999)}.\n", "Emri: ", (p.full, PER), "\nDatëlindja: ", (g.dob("sq"), DOB), "\nAdresa: ",
        (g.addr("sq")[0], ADDR), "\nCel: ", (g.phone("sq", g.c(["nat", "intl"])), PH), "\n\nMe respekt,\n", (ag.full, PER),
        "\nOSHEE – zyra e Elbasanit\n",
    ]


def t_vi_chat(g: G):
    p, ag = g.person("vi"), g.person("vi")
    me = "chị" if p.female else "anh"
    return [
        "Tổng đài viên ", (ag.first, PER), ": Xin chào, em có thể hỗ trợ gì cho anh/chị ạ?\n",
        (p.full, PER), f": Chào em, {me} muốn chuyển mạng giữ số ", (g.phone("vi", g.c(["nat", "intl"])), PH), "\n",
        "Tổng đài viên ", (ag.first, PER), f": Dạ, {me} cho em xin ngày sinh và địa chỉ ạ\n",
        (p.full, PER), ": ", (g.dob("vi"), DOB), ", địa chỉ ", (g.addr("vi")[0], ADDR), "\n",
        "Tổng đài viên ", (ag.first, PER), f": Em đã tạo yêu cầu số {g.n(10**7, 10**8 - 1)}, mã OTP {g.otp()} {me} không chia sẻ cho ai nhé.\n",
    ]


def t_mt_email(g: G):
    p = g.person("mt")
    lines, _town = g.addr_lines("mt")
    return [
        "Għażiż/a ", (p.full, PER), ",\n\nNikkonfermaw li rċevejna t-talba tiegħek għall-pensjoni. Id-data tat-twelid irreġistrata hija ",
        (g.dob("mt"), DOB), " u l-indirizz:\n", (_block(lines), ADDR), "\n\n",
        "Il-ħlas se jsir fil-kont ", (g.iban("IT" if g.r.random() < 0.5 else "DE", True), IBAN),
        f". Numru ta' referenza PN/{g.n(1000, 9999)}/{g.n(24, 26)}.\nGħal aktar informazzjoni ċempel ",
        (g.phone("mt", "nat", fixed=True), PH), ".\n\nDipartiment tas-Sigurtà Soċjali, uffiċċju ta' Ħal Qormi\n",
    ]


OTHER_TEMPLATES = [
    t_ca_email_energia, t_ca_whatsapp, t_gl_ticket_seguro, t_gl_sms_cita, t_eu_email_ikasle, t_eu_dei_oharra,
    t_is_lifeyrir, t_is_spitali, t_af_eis, t_af_whatsapp, t_tl_sim_chat, t_tl_sms, t_ms_emel_bil, t_ms_chat_hospital,
    t_sl_bolnisnica, t_sl_form, t_lt_perkelimas, t_lt_crm, t_et_tudeng, t_et_pension, t_tr_ticket, t_tr_transcript,
    t_ro_dauna, t_ro_energie, t_cy_undeb, t_sw_sms, t_sq_email, t_vi_chat, t_mt_email,
]

TEMPLATES = EN_TEMPLATES + OTHER_TEMPLATES


def free_text(n: int, seed: int) -> list[Text]:
    rng = random.Random(f"glacier-{seed}")
    g = G(rng)
    return [_mk(TEMPLATES[i % len(TEMPLATES)](g)) for i in range(n)]


# ---------------------------------------------------------------------------------------------
# Structured tables: one row per person/event; column = (header, entity, value fn, blank rate, placeholders)
# ---------------------------------------------------------------------------------------------
def _rowctx(g: G, loc: str) -> dict:
    p = g.person(loc)
    lines, town = g.addr_lines(loc)
    return {"p": p, "lines": lines, "town": town, "email": g.email(p), "loc": loc}


_PH = ("N/A", "-", "unknown")
_BOOL = ("true", "false")


def _C(header, entity, fn, blank=0.0, ph=False):
    return (header, entity, fn, blank, ph)


def _tables() -> list[tuple[str, str, list]]:
    T: list[tuple[str, str, list]] = []
    T.append(("pension_fund_members_ie", "en_IE", [
        _C("member_id", None, lambda g, r: g.ref("PM-", 7)),
        _C("First Name", PER, lambda g, r: r["p"].first),
        _C("Surname", PER, lambda g, r: r["p"].last),
        _C("dob", DOB, lambda g, r: g.dob("en_IE"), 0.05),
        _C("dob_verified", None, lambda g, r: g.c(_BOOL)),
        _C("addr1", ADDR, lambda g, r: r["lines"][0], 0.1),
        _C("Town", LOC, lambda g, r: r["town"], 0.1, True),
        _C("tel", PH, lambda g, r: g.phone("en_IE", "nat"), 0.25, True),
        _C("col_7", EM, lambda g, r: r["email"], 0.3),
        _C("email_verified", None, lambda g, r: g.c(_BOOL)),
        _C("iban", IBAN, lambda g, r: g.iban("IE"), 0.15),
        _C("bic", None, lambda g, r: g.c(["AIBKIE2D", "BOFIIE2D", "IPBSIE2D"])),
        _C("scheme_name", None, lambda g, r: g.c(["Guinness Staff Pension Scheme", "Jacob's Biscuits DB Scheme",
                                                   "Dunnes Stores Retirement Plan", "Roches Stores Pension Fund"])),
        _C("fund_value_eur", None, lambda g, r: f"{g.n(1000, 900000)}.{g.n(10, 99)}"),
        _C("contribution_pct", None, lambda g, r: f"{g.n(3, 15)}.{g.c(['0', '5'])}"),
        _C("employer", None, lambda g, r: g.c(["Murphy & Byrne Ltd", "O'Brien Logistics", "Keane Engineering DAC"]), 0.2),
        _C("password_changed_at", None, lambda g, r: g.ts(), 0.4),
        _C("portal_last_ip", IP, lambda g, r: g.ip(), 0.35),
        _C("advisor_branch", None, lambda g, r: g.town("en_IE")),
        _C("status", None, lambda g, r: g.c(["active", "deferred", "retired", "transferred"])),
    ]))
    T.append(("aportacions_pla_pensions_cat", "ca", [
        _C("id_aportacio", None, lambda g, r: str(g.n(10**6, 10**7))),
        _C("data_aportacio", None, lambda g, r: g.past(365, "%d/%m/%Y")),
        _C("import_eur", None, lambda g, r: g.amount("€", True, 300000)),
        _C("Nom", PER, lambda g, r: r["p"].first),
        _C("Cognoms", PER, lambda g, r: f"{r['p'].last} {g.c(LOCS['ca'].last)}"),
        _C("data_naixement", DOB, lambda g, r: g.dob("ca"), 0.1),
        _C("IBAN", IBAN, lambda g, r: g.iban("ES")),
        _C("referencia_mandat", None, lambda g, r: f"SEPA-{g.n(10**8, 10**9)}"),
        _C("estat", None, lambda g, r: g.c(["cobrat", "retornat", "pendent"])),
        _C("correu_electrònic", EM, lambda g, r: r["email"], 0.2),
        _C("telèfon", PH, lambda g, r: g.phone("ca", g.c(["nat", "intl"])), 0.3, True),
        _C("municipi", LOC, lambda g, r: r["town"], 0.05),
        _C("oficina", None, lambda g, r: f"Oficina {g.town('ca')}"),
        _C("producte", None, lambda g, r: g.c(["Pla Pensions Mixt 30", "PP Renda Fixa", "Pla Jubilació 2040"])),
        _C("hash_document", None, lambda g, r: g.sha256()),
        _C("canal", None, lambda g, r: g.c(["web", "oficina", "app"])),
        _C("ip_origen", IP, lambda g, r: g.ip4(), 0.5),
        _C("ip_intern", None, lambda g, r: g.priv_ip()),
    ]))
    T.append(("home_insurance_claims_uk", "en_GB", [
        _C("ClaimRef", None, lambda g, r: f"CLM-{g.n(24, 26)}-{g.n(10000, 99999)}"),
        _C("PolicyNumber", None, lambda g, r: f"HH{g.n(10**7, 10**8)}"),
        _C("PolicyHolder", PER, lambda g, r: g.name_as(r["p"], g.c(["full", "full", "last_first", "upper"]))),
        _C("DateOfBirth", DOB, lambda g, r: g.dob("en_GB", long=g.r.random() < 0.2)),
        _C("ContactTel", PH, lambda g, r: g.phone("en_GB", g.c(["nat", "intl", "plain"])), 0.1),
        _C("ContactEmail", EM, lambda g, r: r["email"], 0.15, True),
        _C("LossAddress", ADDR, lambda g, r: ", ".join(r["lines"])),
        _C("AddressType", None, lambda g, r: g.c(["home", "rental", "holiday let"])),
        _C("IncidentDate", None, lambda g, r: g.past(200, "%d/%m/%Y")),
        _C("EstimatedLoss", None, lambda g, r: g.amount("£")),
        _C("PetName", None, lambda g, r: g.c(["Biscuit", "Luna", "Archie", "Poppy", "Milo", "Bella"]), 0.55),
        _C("AdjusterBranch", None, lambda g, r: g.town("en_GB")),
        _C("PhotoHash", None, lambda g, r: g.sha256(), 0.2),
        _C("DeviceIp", None, lambda g, r: g.priv_ip()),
        _C("SubmittedIp", IP, lambda g, r: g.ip(), 0.2),
        _C("PayoutIBAN", IBAN, lambda g, r: g.iban("GB", False), 0.3),
        _C("SortCode", None, lambda g, r: f"{g.n(10, 99)}-{g.n(10, 99)}-{g.n(10, 99)}"),
        _C("ExcessPaidCard", None, lambda g, r: g.masked_card()),
    ]))
    T.append(("eise_huisversekering_za", "af", [
        _C("Eisnommer", None, lambda g, r: f"E{g.n(10**6, 10**7)}"),
        _C("Polisnr", None, lambda g, r: f"HV{g.n(10**6, 10**7)}"),
        _C("Naam", PER, lambda g, r: r["p"].first),
        _C("Van", PER, lambda g, r: r["p"].last),
        _C("Geboortedatum", DOB, lambda g, r: g.dob("af"), 0.1),
        _C("Selfoon", PH, lambda g, r: g.phone("af", g.c(["nat", "intl"])), 0.05),
        _C("E-pos", EM, lambda g, r: r["email"], 0.3, True),
        _C("Straatadres", ADDR, lambda g, r: r["lines"][0]),
        _C("Dorp", LOC, lambda g, r: r["town"]),
        _C("field_3", PER, lambda g, r: g.person("af").full, 0.4),
        _C("Skadedatum", None, lambda g, r: g.past(120, "%Y-%m-%d")),
        _C("Bedrag", None, lambda g, r: f"R{g.n(500, 250000)},00"),
        _C("Hond se naam", None, lambda g, r: g.c(["Wagter", "Bliksem", "Koos", "Tessie", "Rakker"]), 0.5),
        _C("Takkantoor", None, lambda g, r: g.town("af")),
        _C("Status", None, lambda g, r: g.c(["oop", "goedgekeur", "afgekeur"])),
        _C("Verifikasiekode", None, lambda g, r: g.otp()),
        _C("Makelaar", None, lambda g, r: g.c(["Jannie Mostert Makelaars", "Pieter Botha Versekering", "Koos Nel & Seuns"])),
    ]))
    T.append(("energy_customer_accounts_us", "en_US", [
        _C("accountId", None, lambda g, r: str(g.n(10**9, 10**10))),
        _C("FIRST_NAME", PER, lambda g, r: r["p"].first),
        _C("LAST_NAME", PER, lambda g, r: r["p"].last),
        _C("serviceAddress", ADDR, lambda g, r: ", ".join(r["lines"])),
        _C("serviceTerritory", None, lambda g, r: g.town("en_US")),
        _C("ssn", SSN, lambda g, r: g.ssn(g.r.random() < 0.8), 0.3),
        _C("dob", DOB, lambda g, r: g.dob("en_US"), 0.1),
        _C("PHONE", PH, lambda g, r: g.phone("en_US", g.c(["nat", "dash", "e164"]))),
        _C("phoneType", None, lambda g, r: g.c(["mobile", "home", "work"])),
        _C("email_verified", None, lambda g, r: g.c(["Y", "N"])),
        _C("attr2", EM, lambda g, r: r["email"], 0.2),
        _C("autopayBankAcct", BANK, lambda g, r: g.us_acct(), 0.45),
        _C("routingNumber", None, lambda g, r: g.routing(), 0.45),
        _C("autopay_card", CC, lambda g, r: g.card(), 0.5),
        _C("card_last4", None, lambda g, r: str(g.n(1000, 9999)), 0.5),
        _C("meterId", None, lambda g, r: f"M{g.n(10**7, 10**8)}"),
        _C("tariffCode", None, lambda g, r: g.c(["RES-TOU-2", "RES-FLAT", "EV-NIGHT", "SOLAR-NEM3"])),
        _C("lastBillAmount", None, lambda g, r: g.amount("$", hi=60000)),
        _C("paperless", None, lambda g, r: g.c(_BOOL)),
        _C("portal_pwd", PWD, lambda g, r: g.password(), 0.6),
        _C("pwd_hash", None, lambda g, r: g.bcrypt()),
        _C("createdAt", None, lambda g, r: g.ts()),
    ]))
    T.append(("citiri_contor_energie_ro", "ro", [
        _C("cod_pod", None, lambda g, r: f"RO{g.n(100, 999)}E{g.n(10**9, 10**10)}"),
        _C("data_citire", None, lambda g, r: g.past(90, "%d.%m.%Y")),
        _C("index_kwh", None, lambda g, r: str(g.n(1000, 99999))),
        _C("nume", PER, lambda g, r: r["p"].last),
        _C("prenume", PER, lambda g, r: r["p"].first),
        _C("adresa_loc_consum", ADDR, lambda g, r: ", ".join(r["lines"])),
        _C("localitate", LOC, lambda g, r: r["town"]),
        _C("telefon", PH, lambda g, r: g.phone("ro", "nat"), 0.2, True),
        _C("email", EM, lambda g, r: r["email"], 0.45),
        _C("serie_contor", None, lambda g, r: f"{g.c(['ELS', 'ITR', 'LG'])}{g.n(10**7, 10**8)}"),
        _C("tip_citire", None, lambda g, r: g.c(["autocitire", "distribuitor", "estimare"])),
        _C("valoare_factura", None, lambda g, r: g.amount("lei", True, 90000)),
        _C("agentie", None, lambda g, r: f"Agenția {g.town('ro')}"),
        _C("coordonate_gps", None, lambda g, r: g.gps(), 0.3),
        _C("versiune_app", None, lambda g, r: g.version()),
        _C("ip_client", IP, lambda g, r: g.ip4(), 0.4),
        _C("observatii", None, lambda g, r: g.c(["acces în curte", "câine în curte", "-", "contor în subsol"]), 0.3),
    ]))
    T.append(("sim_swap_events_ke", "en_KE", [
        _C("swap.id", None, lambda g, r: g.uuid()),
        _C("customer.msisdn", PH, lambda g, r: g.phone("en_KE", g.c(["intl", "e164", "nat"]))),
        _C("customer.name", PER, lambda g, r: g.name_as(r["p"], g.c(["full", "upper"]))),
        _C("customer.home_town", LOC, lambda g, r: r["town"], 0.2, True),
        _C("customer.alt_email", EM, lambda g, r: r["email"], 0.5),
        _C("nok.name", PER, lambda g, r: g.person("en_KE").full, 0.35),
        _C("dealer.shop", None, lambda g, r: g.c(["Moi Avenue shop", "Kimathi Street kiosk", "Sarit Centre store"])),
        _C("dealer.town", None, lambda g, r: g.town("en_KE")),
        _C("sim.old_iccid", None, lambda g, r: g.iccid()),
        _C("sim.new_iccid", None, lambda g, r: g.iccid()),
        _C("device.imei", None, lambda g, r: g.imei(), 0.1),
        _C("device.model", None, lambda g, r: g.c(["Tecno Spark 20", "Samsung A15", "Infinix Hot 40", "iPhone 13"])),
        _C("otp.sent", None, lambda g, r: g.otp()),
        _C("swap.ts", None, lambda g, r: g.ts()),
        _C("agent.id", None, lambda g, r: f"AG{g.n(1000, 9999)}"),
        _C("request.ip", IP, lambda g, r: g.ip(), 0.15),
        _C("risk.score", None, lambda g, r: f"0.{g.n(1, 99):02d}"),
        _C("id.doc_type", None, lambda g, r: g.c(["national_id", "passport", "alien_id"])),
    ]))
    T.append(("numara_tasima_basvurulari_tr", "tr", [
        _C("basvuru_no", None, lambda g, r: str(g.n(10**7, 10**8))),
        _C("ad", PER, lambda g, r: r["p"].first),
        _C("soyad", PER, lambda g, r: r["p"].last.upper() if g.r.random() < 0.3 else r["p"].last),
        _C("dogum_tarihi", DOB, lambda g, r: g.dob("tr"), 0.05),
        _C("tasinan_numara", PH, lambda g, r: g.phone("tr", g.c(["nat", "plain", "intl"]))),
        _C("eski_operator", None, lambda g, r: g.c(["Turkcell", "Vodafone", "Türk Telekom"])),
        _C("yeni_sim_seri", None, lambda g, r: g.iccid()),
        _C("il", LOC, lambda g, r: next(t[1] for t in LOCS["tr"].towns if t[0] == r["town"])),
        _C("bayi", None, lambda g, r: f"{g.town('tr')} Bayi"),
        _C("talep_tarihi", None, lambda g, r: g.past(60, "%d.%m.%Y")),
        _C("durum", None, lambda g, r: g.c(["onaylandı", "beklemede", "reddedildi"])),
        _C("imei", None, lambda g, r: g.imei(), 0.3),
        _C("ucret_tl", None, lambda g, r: f"{g.n(0, 300)},00"),
        _C("e_posta", EM, lambda g, r: r["email"], 0.4, True),
        _C("sms_kodu", None, lambda g, r: g.otp()),
        _C("adres", ADDR, lambda g, r: ", ".join(r["lines"]), 0.25),
    ]))
    T.append(("ambulantni_termini_si", "sl", [
        _C("st_termina", None, lambda g, r: str(g.n(10**5, 10**6))),
        _C("ime", PER, lambda g, r: r["p"].first),
        _C("priimek", PER, lambda g, r: r["p"].last),
        _C("datum_rojstva", DOB, lambda g, r: g.dob("sl")),
        _C("telefon", PH, lambda g, r: g.phone("sl", g.c(["nat", "intl"])), 0.15),
        _C("naslov", ADDR, lambda g, r: ", ".join(r["lines"]), 0.1),
        _C("kraj", LOC, lambda g, r: r["town"]),
        _C("e-pošta", EM, lambda g, r: r["email"], 0.55),
        _C("zdravnik", PER, lambda g, r: f"{g.c(LOCS['sl'].last)} {g.c(LOCS['sl'].first + LOCS['sl'].female)}"),
        _C("ambulanta", None, lambda g, r: g.c(["kardiologija", "dermatologija", "ortopedija", "okulistika"])),
        _C("datum_termina", None, lambda g, r: g.past(30, "%d. %m. %Y")),
        _C("ura", None, lambda g, r: f"{g.n(7, 15)}:{g.c(['00', '20', '40'])}"),
        _C("napotnica_st", None, lambda g, r: str(g.n(10**9, 10**10))),
        _C("status", None, lambda g, r: g.c(["potrjen", "odpovedan", "opravljen"])),
        _C("soba", None, lambda g, r: f"A{g.n(1, 3)}.{g.n(10, 40)}"),
        _C("cena_eur", None, lambda g, r: g.amount("€", True, 20000), 0.6),
        _C("uuid", None, lambda g, r: g.uuid()),
        _C("opomba", None, lambda g, r: g.c(["brez opomb", "prinesti izvide", "na tešče"]), 0.4),
        _C("lokacija_ambulante", None, lambda g, r: g.c(["Zaloška cesta 2", "UKC Maribor", "SB Celje"])),
    ]))
    T.append(("temujanji_klinik_my", "ms", [
        _C("no_temujanji", None, lambda g, r: f"TJ{g.n(10**6, 10**7)}"),
        _C("nama", PER, lambda g, r: g.name_as(r["p"], g.c(["full", "upper"]))),
        _C("tarikh_lahir", DOB, lambda g, r: g.dob("ms")),
        _C("no_tel", PH, lambda g, r: g.phone("ms", g.c(["nat", "intl", "e164"])), 0.1, True),
        _C("emel", EM, lambda g, r: r["email"], 0.35),
        _C("alamat", ADDR, lambda g, r: ", ".join(r["lines"]), 0.15),
        _C("bandar", LOC, lambda g, r: r["town"]),
        _C("klinik", None, lambda g, r: g.c(["Klinik Pakar Mata", "Klinik Ortopedik", "Klinik Kulit"])),
        _C("tarikh_temujanji", None, lambda g, r: g.past(30, "%d/%m/%Y")),
        _C("masa", None, lambda g, r: f"{g.n(8, 16)}.{g.c(['00', '30'])}"),
        _C("doktor", PER, lambda g, r: g.person("ms").full, 0.1),
        _C("no_rujukan", None, lambda g, r: g.booking()),
        _C("bayaran_rm", None, lambda g, r: f"{g.n(5, 500)}.00"),
        _C("status", None, lambda g, r: g.c(["disahkan", "dibatalkan", "hadir"])),
        _C("cawangan", None, lambda g, r: g.town("ms")),
        _C("kod_ubat", None, lambda g, r: f"MAL{g.n(10**7, 10**8)}A"),
    ]))
    T.append(("student_union_members_ca", "en_CA", [
        _C("studentNumber", None, lambda g, r: f"B00{g.n(100000, 999999)}"),
        _C("givenName", PER, lambda g, r: r["p"].first),
        _C("familyName", PER, lambda g, r: r["p"].last),
        _C("dob", DOB, lambda g, r: g.dob("en_CA"), 0.1),
        _C("dob_verified", None, lambda g, r: g.c(_BOOL)),
        _C("Home Town", LOC, lambda g, r: r["town"], 0.3, True),
        _C("email", EM, lambda g, r: g.email(r["p"], domain="dal.ca")),
        _C("mobile", PH, lambda g, r: g.phone("en_CA", g.c(["nat", "dash"])), 0.2),
        _C("pwd", PWD, lambda g, r: g.password(), 0.5),
        _C("api_token", KEY, lambda g, r: g.api_key(), 0.8),
        _C("club_name", None, lambda g, r: g.c(["Terry Fox Running Club", "Alexander Keith's Brewing Society",
                                                 "Tim Hortons Volunteers", "Debate Society"])),
        _C("membership_fee", None, lambda g, r: g.amount("$", hi=9000)),
        _C("card_last4", None, lambda g, r: str(g.n(1000, 9999)), 0.3),
        _C("locker_code", None, lambda g, r: f"{g.n(10, 39)}-{g.n(10, 39)}-{g.n(10, 39)}", 0.6),
        _C("created_at", None, lambda g, r: g.ts()),
        _C("last_login_ip", IP, lambda g, r: g.ip(), 0.25),
        _C("device_ip", None, lambda g, r: g.priv_ip()),
        _C("profile_uuid", None, lambda g, r: g.uuid()),
        _C("name_of_product", None, lambda g, r: g.c(["Hoodie (navy)", "Frosh Kit", "Gym Pass"])),
    ]))
    T.append(("yritused_registreerimised_ee", "et", [
        _C("registreerimise_id", None, lambda g, r: str(g.n(10**5, 10**6))),
        _C("eesnimi", PER, lambda g, r: r["p"].first),
        _C("perekonnanimi", PER, lambda g, r: r["p"].last),
        _C("sünniaeg", DOB, lambda g, r: g.dob("et"), 0.2),
        _C("elukoht", LOC, lambda g, r: r["town"], 0.1, True),
        _C("telefon", PH, lambda g, r: g.phone("et", g.c(["nat", "intl"])), 0.3),
        _C("e_post", EM, lambda g, r: g.email(r["p"], domain=g.c(["ut.ee", "gmail.com", "hot.ee"]))),
        _C("üritus", None, lambda g, r: g.c(["Kristjan Jaak Petersoni päev", "Tudengipäevad", "Rebaste ristimine"])),
        _C("toimumiskoht", None, lambda g, r: g.c(["Genialistide Klubi", "Vanemuise kontserdimaja", "Raekoja plats"])),
        _C("pileti_kood", None, lambda g, r: g.booking()),
        _C("hind_eur", None, lambda g, r: f"{g.n(0, 40)},00"),
        _C("makse_viis", None, lambda g, r: g.c(["kaart", "pangalink", "sularaha"])),
        _C("kaardi_lõpp", None, lambda g, r: f"**{g.n(1000, 9999)}", 0.4),
        _C("registreeritud", None, lambda g, r: g.ts()),
        _C("ip", IP, lambda g, r: g.ip4(), 0.3),
        _C("versioon", None, lambda g, r: g.version()),
        _C("parooli_muutmise_aeg", None, lambda g, r: g.past(300, "%d.%m.%Y"), 0.5),
    ]))
    return T


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    rng = random.Random(f"glacier-tables-{seed}")
    g = G(rng)
    out: dict[str, list[Column]] = {}
    for name, loc, cols in _tables():
        vals: list[list[str | None]] = [[] for _ in cols]
        for _ in range(rows):
            r = _rowctx(g, loc)
            for j, (_h, _e, fn, blank, ph) in enumerate(cols):
                v = fn(g, r)  # always drawn, so blanks do not shift later values
                if blank and g.r.random() < blank:
                    v = g.c(_PH) if ph and g.r.random() < 0.25 else None
                vals[j].append(v)
        out[name] = [Column(h, e, vals[j]) for j, (h, e, *_rest) in enumerate(cols)]
    return out
