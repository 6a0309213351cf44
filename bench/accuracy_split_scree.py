"""Accuracy split "scree": labelled free text and structured tables for the PII-scanner benchmark.

DATA CARD
=========
Author / date: helper "scree", 2026-11-28 (fixed "today" used for every relative date).

Independence: written from the task prompt only (/tmp/w26/prompt_scree.md), an `ls bench/`, and
local outputs of Faker 40.63 (locale list, a few name samples) and phonenumbers 9.0.43 (example
numbers per region). The names and signatures imported from bench/accuracy_data.py (LABELS, Text,
Column, _luhn, _iban_of, _ip_public_v4, _ip_public_v6) were taken from the prompt; that file was not
opened. No other bench file, rules/, pii_audit/, tests/, docs/, README/SPEC, results, notes, other
splits or git history was read. The scanner (and Presidio) was never read or run.

API
---
free_text(n, seed) -> list[Text]: text i renders TEMPLATES[i % 60] with random.Random(f"scree-{seed}-{i}").
structured(rows, seed) -> dict[str, list[Column]]: 12 tables, each column `rows` values long, per-table
random.Random(f"scree-{seed}-{table}"). Faker instances are re-seeded from that rng before every use;
no clock reads, no set iteration, no hash() use: output is byte-identical across processes.
The benchmark calls free_text(500, 7) and structured(150, 11) (about 1 s together).

Domains
-------
Funeral director (arrangements, next of kin, obituaries, invoices); residential letting (tenants,
deposits, maintenance, viewings, tenant files); music school (enrolment, exam entries, lesson chats);
parcel lockers and courier returns; dog grooming and boarding kennels; solar-panel / heat-pump
installer (surveys, grants, finance); generic support chats, logs, configs, alerts, notifications;
two no-PII templates (release notes, kennel ops report).

Languages (60 templates)
------------------------
English 33 (55%): en-US 8, en-GB 5, en-AU 3, en-CA 2, en-IN 2, en-IE 2, en-NZ 2, en-ZA 2, en-SG 2,
en-KE 2, en-NG 1, plus 2 language-neutral English no-PII texts.
Other 27 (45%, 18 languages): Catalan 2, Galician 1, Basque 1, Icelandic 2, Afrikaans 2,
Tagalog/Taglish 2, Malay 1, Slovenian 2, Estonian 1, Turkish 2, Romanian 2, Vietnamese 1, Welsh 1,
German 2, French 2, Dutch 1, Italian 1, Polish 1. (11 of them from the "barely used" list.)
Names, towns, streets, postcodes, phone regions and date formats come from per-country packs
(own lists, Faker names mixed in for en_*, de_DE, fr_FR, nl_NL, it_IT, pl_PL, sl_SI, ro_RO, is_IS,
pt_PT, zu_ZA); Vietnamese full names are family-name first.

Shapes
------
E-mails with signatures (business address blocks), '>'-quoted replies, forwarded mail, WhatsApp /
Teams / Slack / Zalo / live-chat exports, SMS threads, tickets with internal notes, CRM and call
notes, lower-case speech-to-text transcripts, form dumps (key: value, key=value, JSON lines), web
access log, JSON application log, .env and INI config, OCR'd forms (0/O, 1/i noise in labels),
tab-separated spreadsheet rows, notification subject lines, an obituary notice.

Value rules
-----------
Phones: drawn per region and kept only if phonenumbers.is_valid_number and region match; written
national, international, E.164 or dashed/compact; checked again as written. Cards: Luhn-valid via
_luhn (Visa/MC/Amex/Discover), plain, spaced or dashed. SSNs: area 001-899 minus 666, group 01-99,
serial 0001-9999. US bank accounts: 9-12 digits, only next to a routing number in US contexts.
IBANs: _iban_of for IE GB DE FR NL ES PL, spaced or not. IPs: _ip_public_v4/_v6 only for labels.
Passwords: plaintext (words+digits, random strings, passphrases). API keys: sk_live_, AKIA, ghp_,
xoxb-, SG., AIza and a Twilio auth token (32 hex).

Label conventions as applied
----------------------------
PERSON: names as written (full, first only, surname only, upper case, lower case in transcripts,
"Last, First", "First L.", Slack handles "first.last"); titles (Mr, Frau, mev., g., Madame) outside;
chat speakers labelled every time; names inside company/venue/product/street names not labelled.
STREET_ADDRESS: street + postcode + town as one span; multi-line blocks one span (flat/unit inside);
in '>'-quoted replies each quoted line its own span; signature business addresses labelled.
LOCATION: birthplace, home town, destination of travel, new town after a move; branch/depot/site
towns not labelled. DATE_OF_BIRTH: birth dates only. EMAIL: every address incl. role addresses.
PHONE: every valid number incl. business lines. Spans exclude surrounding quotes/brackets/trailing
punctuation (a national "(02) ..." area code is part of the number); spans never overlap; every span
is asserted to equal the inserted value.

Look-alikes (never labelled)
----------------------------
Masked cards and last-4, expiry/CVV, private/loopback IPs, version strings, bcrypt and sha256 hex,
UUIDs, session ids, order/ticket/case/claim/tracking/waybill/booking numbers, OTP, locker and door
codes, IMEIs (Luhn 15 digits), microchip ids, routing numbers, sort codes, BSB, SWIFT/BIC, GPS pairs,
amounts, timestamps and non-birth dates, publishable keys, Twilio account SIDs, M-Pesa till/paybill
numbers, pet names, branch/depot/site towns, companies/products with person names (Jim's Plumbing,
adidas Stan Smith, Bach – Inventionen, Pau Casals music school, Ford Motor Co).

Tables (150 rows in the benchmark; PII / look-alike columns)
-----------------------------------------------------------
funeral_arrangements   en-GB  21 cols  8/13  snake_case, abbreviations (addr1, nok_tel), spaced "Date of Birth"
obituary_notices       en-IE  16 cols  6/10  PascalCase ("Last, First" payer names, Townland)
huurders               nl-NL  18 cols  8/10  Dutch snake_case (voornaam/achternaam split)
maintenance_requests   en-AU  16 cols  4/12  camelCase (tradie first name only)
musikschule_schueler   de-DE  19 cols  8/11  German headers (Vorname/Nachname, "IBAN (Lastschrift)")
exam_entries           en-US  17 cols  6/11  abbreviations + opaque (dob, tel, field_3=parent name, attr2=email)
paczkomat_events       pl-PL  16 cols  5/11  dotted Polish/English (odbiorca.imie, client.ip)
devolucions            ca-ES  17 cols  6/11  spaced Title Case Catalan ("Nom Client", "Població Residència")
grooming_owners        en-US  19 cols  7/12  UPPER_SNAKE + PascalCase (CardOnFile, AutopayAcct)
pension_reservations   fr-FR  20 cols  7/13  French snake_case, opaque col_7 = IBAN
solar_surveys          en-US  21 cols  8/13  mixed (ssn, "service address", portal_pwd)
heatpump_app_users     sl-SI  19 cols  8/11  Slovenian snake_case (ime, priimek, geslo, api_kljuc)
Total 219 columns: 81 PII, 138 look-alike. Blank rates 0-60% per column; N/A, -, unknown, n/a
placeholders in some PII columns (those cells are not PII).

Known limits
------------
Own name lists are short (about 12 first/last names per country) and Faker names can mix genders
(e.g. a male first name with a -dóttir surname); chat timestamps are not monotonic; amounts are
sometimes implausible for the context; a few languages appear in only one template; free text
has few US SSN / US bank / card spans (about 10 each at n=500) compared with the tables;
phone numbers are valid per phonenumbers metadata but not checked against real allocation.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import random
import string
import uuid

import phonenumbers as _pn
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = _dt.date(2026, 11, 28)

# ---------------------------------------------------------------------------
# Month names (used for long-form dates)
# ---------------------------------------------------------------------------
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "gl": "xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro",
    "eu": "urtarrila otsaila martxoa apirila maiatza ekaina uztaila abuztua iraila urria azaroa abendua",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "sl": "januar februar marec april maj junij julij avgust september oktober november december",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cy": "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
_MONTHS = {k: v.split() for k, v in _MONTHS.items()}

# ---------------------------------------------------------------------------
# Country packs: names, towns with postcodes, streets, phone region, date formats
# (own lists; Faker names are mixed in where the Faker locale is reliable)
# ---------------------------------------------------------------------------
P: dict[str, dict] = {}


def _sp(s):
    return s.split(",") if "," in s else s.split()


def _pack(key, region, lang, faker, first, last, towns, streets, dfmt, mail, style):
    P[key] = dict(key=key, region=region, lang=lang, faker=faker, first=_sp(first), last=_sp(last),
                  towns=[tuple(t.split("|")) for t in towns.split(";")], streets=streets.split(";"),
                  dfmt=dfmt, mail=mail.split(), style=style)


_pack("US", "US", "en", "en_US", "James Maria Tyler Ashley DeShawn Carmen Brandon Megan Luis Kayla Robert Jennifer",
      "Johnson Ramirez Walker Nguyen Patel Thompson Brooks Hernandez Kowalski Washington Miller Foster",
      "Springfield|IL|627;Columbus|OH|432;Tucson|AZ|857;Raleigh|NC|276;Boise|ID|837;Albany|NY|122;Eugene|OR|974;Plano|TX|750",
      "Maple Ave;Oak Street;Elm Dr;Washington Blvd;Pine Ridge Rd;Lincoln Way;Cedar Ln;Main St",
      ["{m:02}/{d:02}/{y}", "{M} {d}, {y}", "{y}-{m:02}-{d:02}", "{m}/{d}/{y}"], "gmail.com yahoo.com outlook.com icloud.com comcast.net", "us")
_pack("GB", "GB", "en", "en_GB", "Oliver Amelia Harry Isla George Sophie Callum Niamh Jack Poppy Rhys Freya",
      "Smith Jones Taylor Brown Williams Evans Wilson Khan Walsh Hughes Patel Clarke",
      "Harrogate|HG1;Leeds|LS6;Bristol|BS3;Norwich|NR2;Exeter|EX4;Sheffield|S10;Reading|RG1;Durham|DH1",
      "Mill Lane;Church Road;Station Road;Victoria Street;Park Avenue;Queens Crescent;High Street;Rose Close",
      ["{d:02}/{m:02}/{y}", "{d} {M} {y}", "{d}.{m:02}.{y}"], "gmail.com btinternet.com hotmail.co.uk outlook.com sky.com", "gb")
_pack("CA", "CA", "en", "en_CA", "Liam Emma Noah Chloe Ethan Olivia Mathieu Sarah Jacob Ava Owen Leah",
      "Tremblay Martin Roy MacDonald Wilson Campbell Singh Chen Lee Anderson Gagnon Fraser",
      "Toronto|ON|M4C;Ottawa|ON|K1S;Halifax|NS|B3H;Calgary|AB|T2N;Winnipeg|MB|R3M;Victoria|BC|V8V;Regina|SK|S4P",
      "Queen St W;Maple Cres;Bloor St E;Portage Ave;King St;Oak Bay Ave;Spring Garden Rd",
      ["{y}-{m:02}-{d:02}", "{d:02}/{m:02}/{y}", "{M} {d}, {y}"], "gmail.com rogers.com shaw.ca outlook.com", "ca")
_pack("AU", "AU", "en", "en_AU", "Jack Charlotte Lachlan Mia Cooper Ruby Riley Matilda Hamish Zoe Jarrah Tahlia",
      "Smith Nguyen Kelly O'Brien Murphy Wilson Taylor Martin Thompson Papadopoulos Ryan Harris",
      "Fitzroy|VIC|3065;Newtown|NSW|2042;Fremantle|WA|6160;Toowong|QLD|4066;Glenelg|SA|5045;Hobart|TAS|7000;Geelong|VIC|3220",
      "Smith St;Brunswick Rd;Hay St;Beach Rd;Coronation Dr;Elizabeth St;Jetty Rd;Sandy Bay Rd",
      ["{d:02}/{m:02}/{y}", "{d} {M} {y}", "{d}/{m}/{y}"], "gmail.com bigpond.com outlook.com optusnet.com.au", "au")
_pack("IN", "IN", "en", "en_IN", "Aarav Priya Rohan Ananya Vikram Kavya Arjun Sneha Rahul Deepika Karthik Meera",
      "Sharma Iyer Reddy Gupta Nair Mukherjee Patel Singh Rao Menon Joshi Banerjee",
      "Bengaluru|560034;Pune|411038;Chennai|600017;Kochi|682016;Hyderabad|500081;Jaipur|302015;Kolkata|700029",
      "MG Road;Residency Road;Nehru Nagar;Anna Salai;Park Street;FC Road;Banjara Hills Road 12",
      ["{d:02}/{m:02}/{y}", "{d:02}-{m:02}-{y}", "{d} {M} {y}"], "gmail.com rediffmail.com yahoo.co.in outlook.com", "in")
_pack("IE", "IE", "en", "en_IE", "Aoife Conor Siobhán Cian Niamh Darragh Ciara Oisín Róisín Seán Aisling Eoin",
      "Murphy O'Sullivan Kelly Byrne Ryan O'Brien Walsh McCarthy Doyle Gallagher Kennedy Quinn",
      "Ennis|Co. Clare|V95;Galway|Co. Galway|H91;Athlone|Co. Westmeath|N37;Tralee|Co. Kerry|V92;Sligo|Co. Sligo|F91;Kilkenny|Co. Kilkenny|R95",
      "Main Street;Church Road;O'Connell Street;Castle Lane;Bridge Street;Abbey Road",
      ["{d:02}/{m:02}/{y}", "{d} {M} {y}"], "gmail.com eircom.net hotmail.com outlook.ie", "ie")
_pack("NZ", "NZ", "en", "en_NZ", "Mason Isla Nikau Aroha Hunter Ruby Tama Olivia Finn Mere Jackson Kiri",
      "Wilson Smith Ngata Walker Tane Harris Parata Brown Thomson Kereama Campbell Clark",
      "Wellington|6011;Dunedin|9016;Hamilton|3204;Nelson|7010;Tauranga|3110;Napier|4110;Christchurch|8011",
      "Cuba Street;George Street;Victoria Street;Trafalgar Street;Devonport Road;Marine Parade;Colombo Street",
      ["{d:02}/{m:02}/{y}", "{d} {M} {y}"], "gmail.com xtra.co.nz outlook.com", "nz")
_pack("ZA", "ZA", "en", "zu_ZA", "Thabo Lerato Sipho Naledi Pieter Anele Johan Zanele Mandla Carla Kagiso Lindiwe",
      "Nkosi,Dlamini,van der Merwe,Botha,Mokoena,Naidoo,Pillay,Khumalo,Pretorius,Ndlovu,Jacobs,Steyn",
      "Cape Town|8001;Durban|4001;Pretoria|0181;Stellenbosch|7600;Bloemfontein|9301;Gqeberha|6001",
      "Long Street;Florida Road;Church Street;Main Road;Jan Smuts Avenue;Kloof Street",
      ["{y}-{m:02}-{d:02}", "{d:02}/{m:02}/{y}", "{d} {M} {y}"], "gmail.com webmail.co.za mweb.co.za", "za")
_pack("SG", "SG", "en", None, "Wei Jie,Hui Min,Ravi,Siti,Jun Hao,Priya,Zhi Hao,Nurul,Marcus,Shu Ting,Kumar,Mei Ling",
      "Tan Lim Ng Lee Goh Wong Chua Rahman Teo Koh Pillai Ong",
      "Singapore|560;Singapore|310;Singapore|520;Singapore|730;Singapore|650",
      "Ang Mo Kio Ave 3;Toa Payoh Lor 1;Tampines St 21;Woodlands Dr 14;Bukit Batok West Ave 6",
      ["{d:02}/{m:02}/{y}", "{d} {M} {y}"], "gmail.com singnet.com.sg yahoo.com.sg", "sg")
_pack("NG", "NG", "en", "en_NG", "Chinedu Ngozi Tunde Funmilayo Emeka Aisha Segun Amaka Ibrahim Yetunde Obinna Zainab",
      "Okafor Adeyemi Balogun Eze Bello Okonkwo Adebayo Nwosu Abubakar Ogunleye Chukwu Danjuma",
      "Lagos|101241;Ibadan|200284;Abuja|900211;Enugu|400102;Port Harcourt|500272;Kano|700211",
      "Adeola Odeku Street;Awolowo Road;Ring Road;Aminu Kano Crescent;Ogui Road;Aba Road",
      ["{d:02}/{m:02}/{y}", "{d} {M} {y}"], "gmail.com yahoo.com outlook.com", "ng")
_pack("KE", "KE", "en", "en_KE", "Wanjiru Otieno Akinyi Kamau Njeri Mwangi Chebet Omondi Wambui Kiprono Atieno Mutua",
      "Kamau Otieno Wanjiku Ochieng Mwangi Kiptoo Njoroge Achieng Kariuki Onyango Cheruiyot Mutua",
      "Nairobi|00100;Mombasa|80100;Kisumu|40100;Nakuru|20100;Eldoret|30100;Thika|01000",
      "Ngong Road;Moi Avenue;Kenyatta Avenue;Oginga Odinga Street;Kimathi Street;Nyerere Road",
      ["{d:02}/{m:02}/{y}", "{d} {M} {y}"], "gmail.com yahoo.com outlook.com", "ke")
# other languages
_pack("CAT", "ES", "ca", None, "Jordi Montserrat Pau Núria Oriol Laia Arnau Mireia Marc Roser Pere Gemma",
      "Puig Vila Ferrer Soler Casals Vidal Roca Serra Pujol Font Bosch Riera",
      "Barcelona|08012;Girona|17002;Lleida|25006;Tarragona|43003;Sabadell|08202;Vic|08500;Manresa|08241",
      "Carrer de Balmes;Carrer Major;Passeig de Gràcia;Rambla Nova;Carrer de la Riera;Carrer del Sol",
      ["{d:02}/{m:02}/{y}", "{d} de {M} de {y}", "{d}-{m}-{y}"], "gmail.com yahoo.es hotmail.com telefonica.net", "es")
_pack("GAL", "ES", "gl", None, "Xosé Uxía Brais Antía Iago Noa Xoán Sabela Anxo Iria Roi Carme",
      "Castro Otero Piñeiro Varela Lago Seoane Vázquez Rial Fernández Rodríguez Louzao Mosquera",
      "Santiago de Compostela|15705;Lugo|27001;Vigo|36202;Ourense|32003;A Coruña|15003;Pontevedra|36002",
      "Rúa do Vilar;Rúa Nova;Avenida de Vigo;Rúa Real;Rúa da Raíña;Praza do Toural",
      ["{d:02}/{m:02}/{y}", "{d} de {M} de {y}"], "gmail.com yahoo.es hotmail.com", "es")
_pack("EUS", "ES", "eu", None, "Iker Ane Unai Maialen Jon Irati Aitor Nerea Mikel Leire Gorka Amaia",
      "Etxeberria Garmendia Agirre Urrutia Zubizarreta Arrieta Goikoetxea Larrañaga Iturbe Elorza Aranburu Otxoa",
      "Donostia|20003;Bilbo|48005;Gasteiz|01001;Eibar|20600;Tolosa|20400;Durango|48200",
      "Kale Nagusia;Askatasunaren Hiribidea;Foru Kalea;Urdaneta Kalea;Zumalakarregi Kalea;Bidebarrieta Kalea",
      ["{y}/{m:02}/{d:02}", "{d:02}/{m:02}/{y}", "{y}ko {M}ren {d}a"], "gmail.com euskaltel.net hotmail.com", "es")
_pack("IS", "IS", "is", "is_IS", "Guðrún Jón Sigríður Einar Kristín Ólafur Helga Gunnar Anna Sigurður Katrín Magnús",
      "Jónsson Sigurðardóttir Guðmundsson Einarsdóttir Ólafsson Magnúsdóttir Stefánsson Gunnarsdóttir Kristjánsson Helgadóttir",
      "Reykjavík|101;Kópavogur|200;Hafnarfjörður|220;Akureyri|600;Selfoss|800;Ísafjörður|400;Egilsstaðir|700",
      "Laugavegur;Hverfisgata;Skólavörðustígur;Hafnarstræti;Bankastræti;Strandgata;Austurvegur",
      ["{d}.{m}.{y}", "{d:02}.{m:02}.{y}", "{d}. {M} {y}"], "gmail.com simnet.is internet.is", "is")
_pack("AF", "ZA", "af", None, "Pieter Annelie Johan Marietjie Hendrik Elsabé Willem Liezl Francois Riana Jaco Sunette",
      "van der Merwe,Botha,Pretorius,Steyn,du Plessis,Coetzee,Venter,Nel,Smit,Fourie,Kruger,Joubert",
      "Stellenbosch|7600;Paarl|7646;Potchefstroom|2531;Bloemfontein|9301;Worcester|6850;George|6529",
      "Kerkstraat;Dorpstraat;Voortrekkerweg;Hoofweg;Eikestraat;Langstraat",
      ["{y}-{m:02}-{d:02}", "{d} {M} {y}", "{d:02}/{m:02}/{y}"], "gmail.com webmail.co.za vodamail.co.za", "af")
_pack("PH", "PH", "tl", None, "Juan Maria Jose Ana Mark Kristine Paolo Angelica Rodel Jenny Carlo Maricel",
      "dela Cruz,Santos,Reyes,Garcia,Bautista,Mendoza,Villanueva,Ramos,Aquino,Castillo,Navarro,Manalo",
      "Makati City|1203;Quezon City|1101;Cebu City|6000;Davao City|8000;Pasig City|1600;Iloilo City|5000",
      "Rizal St.;Mabini St.;Bonifacio Ave.;Luna St.;Aguinaldo Highway;Burgos St.",
      ["{m:02}/{d:02}/{y}", "{M} {d}, {y}"], "gmail.com yahoo.com.ph outlook.com", "ph")
_pack("MY", "MY", "ms", None, "Ahmad,Nurul Huda,Muhammad Hafiz,Siti Aishah,Faizal,Nor Azman,Farah,Zulkifli,Wei Ling,Kavitha,Azlan,Hidayah",
      "Ismail,Hassan,Abdullah,Yusof,Tan,Lim,Osman,Rahman,Wong,Raj,Ahmad,Lee",
      "Kuala Lumpur|50450;Shah Alam|40100;Johor Bahru|80100;Ipoh|30000;George Town|10200;Kota Bharu|15000",
      "Jalan Ampang;Jalan Tun Razak;Jalan Sultan Ismail;Jalan Bukit Bintang;Jalan Gasing;Jalan Kebun Teh",
      ["{d:02}/{m:02}/{y}", "{d} {M} {y}", "{d:02}-{m:02}-{y}"], "gmail.com yahoo.com.my hotmail.com", "my")
_pack("SI", "SI", "sl", "sl_SI", "Luka Nina Matej Maja Žiga Eva Jan Tjaša Nejc Urška Rok Špela",
      "Novak Horvat Kovačič Krajnc Zupančič Potočnik Kos Vidmar Golob Mlakar Turk Božič",
      "Ljubljana|1000;Maribor|2000;Celje|3000;Kranj|4000;Koper|6000;Novo mesto|8000;Ptuj|2250",
      "Slovenska cesta;Trubarjeva ulica;Celovška cesta;Gosposka ulica;Prešernova ulica;Ulica heroja Staneta",
      ["{d}. {m}. {y}", "{d:02}.{m:02}.{y}", "{d}. {M} {y}"], "gmail.com siol.net t-2.net", "si")
_pack("EE", "EE", "et", None, "Mari Kristjan Liis Margus Kadri Tarmo Triin Andres Kätlin Rasmus Piret Jaan",
      "Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel Lepik Raudsepp",
      "Tallinn|10117;Tartu|51004;Pärnu|80010;Narva|20308;Viljandi|71004;Haapsalu|90502",
      "Narva mnt;Pärnu mnt;Tartu mnt;Rüütli tn;Riia tn;Vabaduse pst",
      ["{d:02}.{m:02}.{y}", "{d}. {M} {y}"], "gmail.com mail.ee hot.ee", "ee")
_pack("TR", "TR", "tr", None, "Ahmet Ayşe Mehmet Zeynep Mustafa Elif Emre Fatma Burak Selin Can Merve",
      "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Koç",
      "Kadıköy/İstanbul|34710;Çankaya/Ankara|06690;Konak/İzmir|35250;Nilüfer/Bursa|16110;Muratpaşa/Antalya|07100;Tepebaşı/Eskişehir|26010",
      "Atatürk Cad.;Bağdat Cad.;Cumhuriyet Cad.;İnönü Sok.;Gazi Mustafa Kemal Blv.;Mimar Sinan Sok.",
      ["{d:02}.{m:02}.{y}", "{d} {M} {y}", "{d:02}/{m:02}/{y}"], "gmail.com hotmail.com yandex.com.tr", "tr")
_pack("RO", "RO", "ro", "ro_RO", "Andrei Ioana Mihai Elena Alexandru Maria Cristian Ana Bogdan Raluca Vlad Diana",
      "Popescu Ionescu Popa Dumitrescu Stan Stoica Gheorghe Munteanu Constantin Marin Rusu Lazăr",
      "București|010511;Cluj-Napoca|400001;Iași|700259;Timișoara|300011;Brașov|500030;Constanța|900178",
      "Str. Mihai Eminescu;Bd. Unirii;Str. Memorandumului;Calea Victoriei;Str. Lăpușneanu;Str. Republicii",
      ["{d:02}.{m:02}.{y}", "{d} {M} {y}"], "gmail.com yahoo.ro hotmail.com", "ro")
_pack("VN", "VN", "vi", None, "Minh Lan Hùng Thảo Tuấn Hương Dũng Linh Quang Ngọc Phúc Trang",
      "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ",
      "TP. Hồ Chí Minh|700000;Hà Nội|100000;Đà Nẵng|550000;Huế|530000;Cần Thơ|900000;Hải Phòng|180000",
      "Lê Lợi;Nguyễn Huệ;Trần Hưng Đạo;Hai Bà Trưng;Lý Thường Kiệt;Điện Biên Phủ",
      ["{d:02}/{m:02}/{y}", "ngày {d} tháng {m} năm {y}"], "gmail.com yahoo.com.vn outlook.com", "vn")
_pack("CY", "GB", "cy", None, "Dafydd Cerys Rhodri Seren Gethin Ffion Iolo Angharad Owain Nia Llŷr Elin",
      "Jones Davies Williams Evans Thomas Roberts Hughes Lewis Morgan Griffiths Pritchard Llewelyn",
      "Caerdydd|CF10;Abertawe|SA1;Aberystwyth|SY23;Bangor|LL57;Caernarfon|LL55;Caerfyrddin|SA31",
      "Heol y Frenhines;Stryd Fawr;Ffordd y Môr;Heol y Bont;Lôn Las;Stryd yr Eglwys",
      ["{d:02}/{m:02}/{y}", "{d} {M} {y}"], "gmail.com btinternet.com outlook.com", "gb")
_pack("DE", "DE", "de", "de_DE", "Lukas Anna Jonas Lea Felix Marie Tobias Sophie Maximilian Katharina Jan Laura",
      "Müller Schmidt Schneider Fischer Weber Becker Hoffmann Schäfer Koch Richter Wagner Krüger",
      "Berlin|10115;Hamburg|20095;Köln|50667;Leipzig|04109;Freiburg|79098;Münster|48143;Dresden|01067;Kassel|34117",
      "Hauptstraße;Bahnhofstraße;Gartenweg;Schillerstraße;Lindenallee;Am Markt;Goethestraße",
      ["{d:02}.{m:02}.{y}", "{d}. {M} {y}"], "gmail.com web.de gmx.de t-online.de posteo.de", "de")
_pack("FR", "FR", "fr", "fr_FR", "Camille Louis Chloé Hugo Manon Lucas Inès Théo Léa Mathis Julie Antoine",
      "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Fontaine",
      "Lyon|69002;Nantes|44000;Lille|59000;Bordeaux|33000;Rennes|35000;Grenoble|38000;Dijon|21000",
      "rue de la République;avenue Jean Jaurès;rue Victor Hugo;boulevard Voltaire;rue des Lilas;place du Marché",
      ["{d:02}/{m:02}/{y}", "{d} {M} {y}"], "gmail.com orange.fr free.fr laposte.net sfr.fr", "fr")
_pack("NL", "NL", "nl", "nl_NL", "Daan Emma Sem Julia Lucas Sanne Bram Fleur Thijs Lotte Ruben Noor",
      "de Jong,Jansen,de Vries,van den Berg,Bakker,Visser,Smit,Meijer,de Boer,Mulder,Bos,Vos",
      "Amsterdam|1017;Utrecht|3511;Rotterdam|3011;Groningen|9711;Haarlem|2011;Eindhoven|5611;Leiden|2311",
      "Kerkstraat;Dorpsstraat;Stationsweg;Molenweg;Prinsengracht;Lange Voorhout;Oude Gracht",
      ["{d:02}-{m:02}-{y}", "{d} {M} {y}"], "gmail.com ziggo.nl kpnmail.nl hotmail.nl", "nl")
_pack("IT", "IT", "it", "it_IT", "Giulia Marco Francesca Luca Chiara Alessandro Sara Matteo Valentina Davide Elisa Lorenzo",
      "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo",
      "Milano|20121;Torino|10121;Bologna|40121;Firenze|50122;Napoli|80134;Verona|37121;Bari|70121",
      "Via Roma;Via Garibaldi;Corso Vittorio Emanuele;Via Dante;Viale dei Mille;Via Mazzini",
      ["{d:02}/{m:02}/{y}", "{d} {M} {y}"], "gmail.com libero.it virgilio.it tiscali.it", "it")
_pack("PL", "PL", "pl", "pl_PL", "Anna Piotr Katarzyna Tomasz Magdalena Paweł Agnieszka Krzysztof Zofia Michał Joanna Jakub",
      "Nowak Kowalski Wiśniewska Wójcik Kamińska Lewandowski Zielińska Szymański Woźniak Dąbrowski Kozłowska Mazur",
      "Warszawa|00-238;Kraków|31-042;Gdańsk|80-831;Wrocław|50-077;Poznań|61-772;Łódź|90-136",
      "ul. Długa;ul. Marszałkowska;ul. Floriańska;ul. Piotrkowska;ul. Świętojańska;al. Niepodległości",
      ["{d:02}.{m:02}.{y}", "{d} {M} {y}"], "gmail.com wp.pl onet.pl o2.pl interia.pl", "pl")
_pack("PT", "PT", "pt", "pt_PT", "João Maria Tiago Inês Rui Beatriz Miguel Catarina Pedro Sofia Nuno Marta",
      "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Gomes Lopes Carvalho",
      "Lisboa|1100-148;Porto|4000-322;Coimbra|3000-141;Braga|4700-321;Faro|8000-138;Aveiro|3810-193",
      "Rua Augusta;Avenida da Liberdade;Rua de Santa Catarina;Rua Ferreira Borges;Rua do Souto;Rua Direita",
      ["{d:02}/{m:02}/{y}", "{d} de {M} de {y}"], "gmail.com sapo.pt hotmail.com", "pt")

_US_AREA = {"IL": "217 309 618", "OH": "614 380 740", "AZ": "520 602", "NC": "919 984", "ID": "208 986",
            "NY": "518 838", "OR": "541 458", "TX": "214 469 972"}
_CA_AREA = {"ON": "416 647 613 343", "NS": "902 782", "AB": "403 587", "MB": "204 431", "BC": "250 778", "SK": "306 639"}

_FAKERS: dict[str, Faker] = {}


def _faker(loc: str, rng: random.Random) -> Faker:
    f = _FAKERS.get(loc)
    if f is None:
        f = _FAKERS[loc] = Faker(loc)
    f.seed_instance(rng.getrandbits(32))
    return f


def _dig(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def _alnum(rng, n, chars=string.ascii_letters + string.digits):
    return "".join(rng.choice(chars) for _ in range(n))


def _ascii(s: str) -> str:
    tr = str.maketrans("áàâäãåçćčéèêëěíìîïıłñńňóòôöõőøśšşťúùûüůűýžźżđðþæßğ", "aaaaaacccEeeeeiiiiilnnnooooooossstuuuuuuyzzzddtasg")
    out = s.lower().translate(tr).replace("E", "e")
    return "".join(ch for ch in out if ch.isalnum())


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def first(pk, rng):
    if pk["faker"] and rng.random() < 0.4:
        return _faker(pk["faker"], rng).first_name()
    return rng.choice(pk["first"])


def last(pk, rng):
    if pk["faker"] and rng.random() < 0.4:
        return _faker(pk["faker"], rng).last_name()
    return rng.choice(pk["last"])


def dob_date(rng, lo=1938, hi=2008):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return _dt.date(y, m, d)


def fdate(pk, dt, fmt=None, rng=None):
    if fmt is None:
        fmt = rng.choice(pk["dfmt"])
    months = _MONTHS.get(pk["lang"], _MONTHS["en"])
    out = fmt.format(d=dt.day, m=dt.month, y=dt.year, M=months[dt.month - 1])
    if pk["lang"] == "ca":
        out = out.replace("de abril", "d'abril").replace("de agost", "d'agost").replace("de octubre", "d'octubre")
    return out


def other_date(rng, pk=None, back=400, fwd=60):
    dt = TODAY + _dt.timedelta(days=rng.randint(-back, fwd))
    if pk is None:
        return dt.isoformat()
    return fdate(pk, dt, rng.choice([f for f in pk["dfmt"] if "{M}" not in f] or pk["dfmt"]))


def phone(pk, rng, kind=None, style=None):
    """A phonenumbers-valid number for the pack's region, written in a local or international style."""
    region = pk["region"]
    kind = kind or rng.choice(["m", "m", "f"])
    for _ in range(400):
        if region in ("US", "CA"):
            town = rng.choice(pk["towns"])
            areas = (_US_AREA if region == "US" else _CA_AREA)[town[1]].split()
            nsn = rng.choice(areas) + str(rng.randint(2, 9)) + _dig(rng, 2) + _dig(rng, 4)
            if nsn[3:6] == "555":
                continue
        else:
            t = _pn.PhoneNumberType.MOBILE if kind == "m" else _pn.PhoneNumberType.FIXED_LINE
            ex = _pn.example_number_for_type(region, t)
            ns = _pn.national_significant_number(ex)
            keep = min(len(ns) - 4, 2 if kind == "m" else 1)
            nsn = ns[:keep] + _dig(rng, len(ns) - keep)
        num = _pn.parse("+" + str(_pn.country_code_for_region(region)) + nsn)
        if _pn.is_valid_number(num) and _pn.region_code_for_number(num) == region:
            break
    else:
        raise RuntimeError("no valid phone for " + region)
    style = style or rng.choice(["nat", "nat", "intl", "e164", "natdash"])
    if style == "nat":
        s = _pn.format_number(num, _pn.PhoneNumberFormat.NATIONAL)
    elif style == "intl":
        s = _pn.format_number(num, _pn.PhoneNumberFormat.INTERNATIONAL)
    elif style == "e164":
        s = _pn.format_number(num, _pn.PhoneNumberFormat.E164)
    else:
        s = _pn.format_number(num, _pn.PhoneNumberFormat.NATIONAL)
        s = s.replace("(", "").replace(")", "").replace(" ", "-") if region in ("US", "CA") else s.replace(" ", "")
    assert _pn.is_valid_number(_pn.parse(s, region)), s
    return s


def email(rng, f, sur, pk=None, domain=None):
    f, sur = _ascii(f), _ascii(sur)
    user = rng.choice([f"{f}.{sur}", f"{f}{sur}", f"{f[0]}{sur}", f"{f}_{sur}{rng.randint(1, 99)}", f"{sur}.{f}", f"{f}{rng.randint(70, 2009)}"])
    domain = domain or rng.choice(pk["mail"] if pk else ["gmail.com", "outlook.com"])
    return f"{user}@{domain}"


def role_email(rng, company_dom):
    return rng.choice(["info", "support", "accounts", "bookings", "hello", "office", "noreply", "admin"]) + "@" + company_dom


def town(pk, rng):
    return rng.choice(pk["towns"])[0]


def _pc(pk, t, rng):
    """postcode for town tuple t."""
    st = pk["style"]
    base = t[-1]
    if st == "us":
        return base + _dig(rng, 2)
    if st == "gb":
        return f"{base} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEFGHJLNPQRSTUWXY')}"
    if st == "ca":
        return f"{base} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(1, 9)}"
    if st == "ie":
        return f"{base} {rng.choice('ACDEFHKNPRTVWXY')}{_dig(rng, 1)}{rng.choice('ACDEFHKNPRTVWXY')}{_dig(rng, 1)}"
    if st == "nl":
        return f"{base} {rng.choice('ABCDEGHJKLMNPRTVWXZ')}{rng.choice('ABCDEGHJKLMNPRTVWXZ')}"
    if st == "sg":
        return base + _dig(rng, 3)
    return base


def street_line(pk, rng, t=None):
    """(street line, postcode, town-display)"""
    st = pk["style"]
    street = rng.choice(pk["streets"])
    n = rng.randint(1, 180)
    if st in ("us", "gb", "ca", "au", "ie", "nz", "za", "fr", "ph", "ng"):
        return f"{n} {street}"
    if st == "in":
        return f"{rng.choice(['Flat', 'No.', '#'])} {rng.randint(1, 40)}{rng.choice(['', 'A', 'B'])}, {n} {street}"
    if st == "sg":
        return f"Blk {rng.randint(100, 699)} {street}"
    if st == "my":
        return f"No. {n}, {street}"
    if st == "tr":
        return f"{street} No: {n} D: {rng.randint(1, 20)}"
    if st == "ro":
        return f"{street} nr. {n}"
    if st == "pl":
        return f"{street} {n}/{rng.randint(1, 40)}"
    if st == "ke":
        return f"{street}"
    return f"{street} {n}"


def address(pk, rng, multiline=False, sep=None):
    """Full address string; single line by default, or a list of lines when multiline."""
    st = pk["style"]
    t = rng.choice(pk["towns"])
    tn = t[0]
    pc = _pc(pk, t, rng)
    line = street_line(pk, rng)
    flat = ""
    if st == "us":
        if rng.random() < 0.3:
            flat = rng.choice(["Apt ", "Unit ", "Apt. ", "#"]) + str(rng.randint(1, 40)) + rng.choice(["", "B"])
        lines = [line + (", " + flat if flat else ""), f"{tn}, {t[1]} {pc}"]
    elif st == "ca":
        lines = [(f"{rng.randint(1, 900)}-" if rng.random() < 0.3 else "") + line, f"{tn}, {t[1]} {pc}"]
    elif st == "au":
        lines = [(f"Unit {rng.randint(1, 20)}/" if rng.random() < 0.3 else "") + line, f"{tn} {t[1]} {pc}"]
    elif st == "gb":
        if rng.random() < 0.3:
            flat = f"Flat {rng.randint(1, 12)}"
        lines = ([flat] if flat else []) + ([line, f"{tn} {pc}"] if rng.random() < 0.6 else [line, tn, pc])
    elif st == "ie":
        lines = [line, tn, t[1], pc]
    elif st == "nz":
        lines = [line, f"{tn} {pc}"]
    elif st in ("za", "af"):
        lines = [line, tn, pc]
    elif st == "in":
        lines = [line, f"{tn} {pc}"]
    elif st == "sg":
        lines = [line, f"#{rng.randint(2, 15):02}-{rng.randint(1, 120):02}", f"Singapore {pc}"]
    elif st == "ng":
        lines = [line, tn + (f" {pc}" if rng.random() < 0.5 else "")]
    elif st == "ke":
        lines = [line, f"P.O. Box {rng.randint(100, 9999)}-{pc}", tn]
    elif st == "ph":
        lines = [line, f"Brgy. {rng.choice(['San Antonio', 'Poblacion', 'Bel-Air', 'San Isidro', 'Kapitolyo'])}", f"{tn} {pc}"]
    elif st == "my":
        lines = [line, f"{pc} {tn}"]
    elif st == "tr":
        lines = [line, f"{pc} {tn}"]
    elif st == "ro":
        if rng.random() < 0.4:
            line += f", bl. {rng.choice('ABCDM')}{rng.randint(1, 9)}, ap. {rng.randint(1, 60)}"
        lines = [line, f"{pc} {tn}"]
    elif st == "vn":
        lines = [f"{rng.randint(1, 300)} {rng.choice(pk['streets'])}", f"Phường {rng.randint(1, 14)}", tn]
    elif st == "es":
        if rng.random() < 0.35:
            line += ", " + rng.choice(["3r 2a", "2º B", "4t 1a", "baixos", "1º esq.", "3.º dcha."])
        lines = [line, f"{pc} {tn}"]
    elif st == "is":
        lines = [line, f"{pc} {tn}"]
    else:  # de, fr, nl, it, pl, pt, si, ee
        lines = [line, f"{pc} {tn}"]
    if multiline:
        return lines, tn
    return (sep or ", ").join(lines), tn


def card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "amex", "disc"])
    if brand == "visa":
        n = _luhn(rng, "4", 16)
    elif brand == "mc":
        n = _luhn(rng, rng.choice(["51", "53", "55", "2221"]), 16)
    elif brand == "amex":
        n = _luhn(rng, rng.choice(["34", "37"]), 15)
        return rng.choice([n, f"{n[:4]} {n[4:10]} {n[10:]}"])
    else:
        n = _luhn(rng, "6011", 16)
    return rng.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4))])


def ssn(rng, dashed=True):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    s = f"{a:03}{rng.randint(1, 99):02}{rng.randint(1, 9999):04}"
    return f"{s[:3]}-{s[3:5]}-{s[5:]}" if dashed else s


def us_acct(rng):
    return str(rng.randint(1, 9)) + _dig(rng, rng.choice([8, 9, 10, 11]))


def routing(rng):
    while True:
        d = [rng.randint(0, 3)] + [rng.randint(0, 9) for _ in range(7)]
        c = (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])) % 10
        d.append((10 - c) % 10)
        if d[0] in (0, 1, 2, 3) and d[:2] != [0, 0]:
            return "".join(map(str, d))


def iban(rng, cc, spaced=None):
    v = _iban_of(rng, cc)
    if spaced is None:
        spaced = rng.random() < 0.6
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v


def password(rng):
    words = ["Summer", "Tiger", "Blue", "Monkey", "Dragon", "Sunshine", "Coffee", "Maple", "Koala", "Football", "Kayak", "Paris"]
    k = rng.randint(0, 4)
    if k == 0:
        return rng.choice(words) + str(rng.randint(1, 2026)) + rng.choice("!#$?*")
    if k == 1:
        return _alnum(rng, rng.randint(10, 16), string.ascii_letters + string.digits + "!@#%^&*_-")
    if k == 2:
        return "-".join(rng.choice(["horse", "battery", "staple", "lamp", "river", "cloud", "pepper", "violet"]) for _ in range(3)) + str(rng.randint(1, 99))
    if k == 3:
        return rng.choice(words).lower() + rng.choice(["@", "_", "."]) + _dig(rng, 4)
    return rng.choice(["Welkom", "Bienvenue", "Hola", "Sveiki", "Merhaba", "Zdravo", "Takk"]) + _dig(rng, 3) + "!"


def api_key(rng, k=None):
    k = rng.randint(0, 5) if k is None else k
    if k == 0:
        return "sk_live_" + _alnum(rng, 24)
    if k == 1:
        return "AKIA" + _alnum(rng, 16, string.ascii_uppercase + "234567")
    if k == 2:
        return "ghp_" + _alnum(rng, 36)
    if k == 3:
        return "xoxb-" + _dig(rng, 12) + "-" + _dig(rng, 13) + "-" + _alnum(rng, 24)
    if k == 4:
        return "SG." + _alnum(rng, 22, string.ascii_letters + string.digits + "_-") + "." + _alnum(rng, 43, string.ascii_letters + string.digits + "_-")
    return "AIza" + _alnum(rng, 35, string.ascii_letters + string.digits + "_-")


# look-alikes --------------------------------------------------------------
def masked_card(rng):
    return rng.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "•••• ", "ending ", "x"]) + _dig(rng, 4)


def private_ip(rng):
    k = rng.randint(0, 3)
    if k == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 1:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 2:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return "127.0.0.1"


def version(rng):
    return f"{rng.randint(1, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 99)}"


def uid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def sha(rng):
    return hashlib.sha256(str(rng.random()).encode()).hexdigest()


def bcrypt(rng):
    return "$2b$12$" + _alnum(rng, 53, string.ascii_letters + string.digits + "./")


def ref(rng, prefix, n=6):
    return f"{prefix}{_dig(rng, n)}"


def imei(rng):
    return _luhn(rng, rng.choice(["35", "86", "01"]), 15)


def amount(rng, cur="$"):
    v = f"{rng.randint(5, 4800)}.{rng.randint(0, 99):02}"
    return f"{cur}{v}" if cur in "$£€" else f"{v} {cur}"


def gps(rng):
    return f"{rng.uniform(-45, 65):.5f}, {rng.uniform(-120, 150):.5f}"


def ts(rng):
    dt = _dt.datetime(2026, 11, 28, 0, 0, 0) - _dt.timedelta(seconds=rng.randint(0, 86400 * 30))
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def swift(rng):
    return rng.choice(["DEUTDEFF", "COBADEFFXXX", "BARCGB22", "INGBNL2A", "BNPAFRPP", "CAIXESBBXXX", "NWBKGB2L", "AIBKIE2D"])


def pet(rng):
    return rng.choice(["Biscuit", "Luna", "Max", "Bella", "Milo", "Pippa", "Rolo", "Bruno", "Nala", "Teddy", "Coco", "Alfie", "Misty", "Oscar"])


def pub_key(rng):
    return "pk_live_" + _alnum(rng, 24)


def twilio_sid(rng):
    return "AC" + _alnum(rng, 32, "0123456789abcdef")


def session_id(rng):
    return _alnum(rng, 32, "0123456789abcdef")


# ---------------------------------------------------------------------------
# text builder with exact offsets
# ---------------------------------------------------------------------------
class B:
    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.n = 0

    def t(self, *s):
        for x in s:
            self.parts.append(x)
            self.n += len(x)
        return self

    def p(self, value, label):
        assert label in LABELS, label
        assert value and value == value.strip(), repr(value)
        assert value[-1] not in ".,;:!?)\"'" or (label == "PERSON" and value.endswith(".")) or label in ("PASSWORD", "API_KEY") \
            or (label == "STREET_ADDRESS" and value.endswith(".")), (value, label)
        self.spans.append((self.n, self.n + len(value), label))
        self.parts.append(value)
        self.n += len(value)
        return self

    def addr_block(self, lines, quote=None, sep="\n"):
        """a multi-line address as one span; with quote='> ' each line is its own span."""
        if quote is None:
            return self.p(sep.join(lines), "STREET_ADDRESS")
        for i, ln in enumerate(lines):
            self.t(quote).p(ln, "STREET_ADDRESS")
            if i < len(lines) - 1:
                self.t("\n")
        return self

    def done(self, values=None) -> Text:
        text = "".join(self.parts)
        spans = sorted(self.spans)
        for (a, b_, lab), nxt in zip(spans, spans[1:] + [None]):
            assert 0 <= a < b_ <= len(text)
            if nxt:
                assert b_ <= nxt[0], ("overlap", spans)
        return Text(text=text, spans=spans)


# ---------------------------------------------------------------------------
# people and small helpers
# ---------------------------------------------------------------------------
class Who:
    """one person of a pack; values are drawn once and reused inside a text."""

    def __init__(self, pk, rng, lo=1938, hi=2008):
        self.pk = pk
        self.f = first(pk, rng)
        self.l = last(pk, rng)
        self.full = f"{self.f} {self.l}"
        if pk["key"] == "VN":  # family name first
            self.full = f"{self.l} {rng.choice(['Thị', 'Văn', 'Minh', 'Ngọc', 'Quốc', 'Thanh'])} {self.f}"
        self.em = email(rng, self.f, self.l, pk)
        self.ph = phone(pk, rng)
        self.dob_d = dob_date(rng, lo, hi)
        self.dob = fdate(pk, self.dob_d, rng=rng)
        self.addr, self.town = address(pk, rng)
        self.lines, _ = address(pk, rng, multiline=True)


def hm(rng):
    return f"{rng.randint(7, 22):02}:{rng.randint(0, 59):02}"


def cdate(rng, fmt="{d:02}/{m:02}/{y}", back=60):
    d = TODAY - _dt.timedelta(days=rng.randint(0, back))
    return fmt.format(d=d.day, m=d.month, y=d.year, yy=d.year % 100)


TEMPLATES: list = []
_META: list[tuple[str, str, str]] = []


def tpl(lang, shape):
    def deco(fn):
        TEMPLATES.append(fn)
        _META.append((fn.__name__, lang, shape))
        return fn
    return deco


def ch(rng, *xs):
    return rng.choice(xs)


# ===========================================================================
# English templates
# ===========================================================================
@tpl("en-US", "email+signature (funeral arrangements)")
def t_us_funeral_email(rng):
    pk = P["US"]
    fam, dec, dir_ = Who(pk, rng), Who(pk, rng, 1925, 1960), Who(pk, rng)
    home = ch(rng, "Pearson & Sons Funeral Home", "Abbott Family Mortuary", "Lincoln Memorial Chapel", "Greenwood Funeral Services")
    dom = _ascii(home.split()[0]) + "funeral.com"
    b = B().t("From: ").p(dir_.full, "PERSON").t(" <").p(email(rng, dir_.f, dir_.l, domain=dom), "EMAIL_ADDRESS").t(">\nTo: ")
    b.p(fam.em, "EMAIL_ADDRESS").t(f"\nSubject: Arrangements for {ch(rng, 'your father', 'your mother', 'your loved one', 'the service')} - case {ref(rng, 'FH-', 5)}\n\nDear ")
    b.p(fam.f, "PERSON").t(",\n\nThank you for meeting with us today. To complete the death certificate we have ")
    b.p(dec.full, "PERSON").t(", born ").p(fdate(pk, dec.dob_d, "{M} {d}, {y}"), "DATE_OF_BIRTH").t(" in ").p(town(pk, rng), "LOCATION")
    b.t(f". The visitation is set for {cdate(rng, '{m}/{d}/{y}')} at 6 pm in our Oak Room, the service the next morning at "
        f"{ch(rng, 'St. Joseph Church', 'First Baptist Church', 'our chapel')}. The deposit of {amount(rng)} was received (card ending {_dig(rng, 4)}).\n\n")
    b.t("Please send the obituary text and a photo by Thursday.\n\nWith sympathy,\n").p(dir_.full, "PERSON").t("\nFuneral Director, " + home + "\n")
    lines, _ = address(pk, rng, multiline=True)
    b.addr_block(lines).t("\nTel ").p(phone(pk, rng, "f"), "PHONE_NUMBER").t(" | ").p(role_email(rng, dom), "EMAIL_ADDRESS").t("\n")
    return b.done()


@tpl("en-GB", "email with '>' quoted reply (letting)")
def t_gb_letting_quote(rng):
    pk = P["GB"]
    ten, agent = Who(pk, rng), Who(pk, rng)
    b = B().t(ch(rng, "Hi ", "Hello ", "Dear ")).p(agent.f, "PERSON").t(",\n\n")
    b.t(ch(rng, "Yes that's the right address, the boiler is still making that noise. ", "Correct address. Still no hot water since Sunday!! ")
        + "Any time after 2 works, the door code is " + _dig(rng, 4) + ".\n\nThanks\n").p(ten.f, "PERSON")
    b.t(f"\n\nOn {cdate(rng, '{d} Nov {y}')} at {hm(rng)}, ").p(agent.full, "PERSON").t(" <").p(email(rng, agent.f, agent.l, domain="harbourlets.co.uk"), "EMAIL_ADDRESS").t("> wrote:\n")
    b.t("> Dear ").p(ten.full, "PERSON").t(",\n> Our contractor can attend on Thursday. Can you confirm the property is:\n")
    lines, _ = address(pk, rng, multiline=True)
    b.addr_block(lines, quote="> ")
    b.t(f"\n> Job ref MR-{_dig(rng, 6)}, tenancy TN{_dig(rng, 5)}.\n> Kind regards, Harbour Lettings\n")
    return b.done()


@tpl("en-US", "finance application form dump (solar)")
def t_us_solar_finance(rng):
    pk = P["US"]
    a = Who(pk, rng, 1950, 1995)
    b = B().t(f"=== SunPath Solar Loan Application #{ref(rng, 'SL', 7)} ===\nsubmitted: {ts(rng)}\nApplicant: ").p(a.full, "PERSON")
    b.t("\nDOB: ").p(a.dob, "DATE_OF_BIRTH").t("\nSSN: ").p(ssn(rng, rng.random() < 0.8), "US_SSN")
    b.t("\nHome address: ").p(a.addr, "STREET_ADDRESS").t("\nMobile: ").p(a.ph, "PHONE_NUMBER").t("\nEmail: ").p(a.em, "EMAIL_ADDRESS")
    b.t(f"\nSystem: {rng.randint(6, 14)}.{rng.randint(0, 9)} kW, {rng.randint(14, 36)} panels, inverter fw {version(rng)}")
    b.t(f"\nLoan amount: {amount(rng)}  APR 7.99%  term 240 mo\nAutopay routing no: {routing(rng)}\nAutopay account no: ").p(us_acct(rng), "US_BANK_NUMBER")
    b.t(f"\nEmployer: {ch(rng, 'Walgreens', 'Ford Motor Co', 'Wells Fargo', 'self-employed')}  annual income {amount(rng)}0\nSite GPS: {gps(rng)}\nCredit pull consent: Y\n")
    return b.done()


@tpl("en-AU", "WhatsApp chat export (dog grooming)")
def t_au_grooming_wa(rng):
    pk = P["AU"]
    own, gr = Who(pk, rng), Who(pk, rng)
    dog = pet(rng)
    d = cdate(rng, "{d:02}/{m:02}/{yy:02}")
    b = B()
    b.t(f"[{d}, {hm(rng)}] ").p(own.full, "PERSON").t(f": hey is there a spot for {dog} on saturday? full groom pls\n")
    b.t(f"[{d}, {hm(rng)}] ").p(gr.f, "PERSON").t(f": Hi! Yes 9:30 works. Same as last time (#{_dig(rng, 5)})? It's {amount(rng)} for a large breed\n")
    b.t(f"[{d}, {hm(rng)}] ").p(own.full, "PERSON").t(": perfect. my hubby ").p(first(pk, rng), "PERSON").t(" will drop him off, his number is ").p(phone(pk, rng, "m"), "PHONE_NUMBER").t("\n")
    b.t(f"[{d}, {hm(rng)}] ").p(gr.f, "PERSON").t(f": No worries. Paws & Claws {ch(rng, 'Fitzroy', 'Glenelg', 'Toowong')} salon, side entrance. Bring his vax card pls 🐶\n")
    b.t(f"[{d}, {hm(rng)}] ").p(own.full, "PERSON").t(": will do. we moved btw, new address for the invoice is ").p(own.addr, "STREET_ADDRESS").t("\n")
    return b.done()


@tpl("en-IN", "SMS thread (parcel locker)")
def t_in_locker_sms(rng):
    pk = P["IN"]
    c = Who(pk, rng)
    trk = ref(rng, "SPX", 10)
    b = B().t(f"From: QuickBox\n{hm(rng)} Your parcel {trk} is ready at locker {ch(rng, 'Koramangala', 'Baner', 'T Nagar')} Metro #{rng.randint(1, 40)}. OTP {_dig(rng, 6)}, valid till {cdate(rng, '{d:02}-{m:02}-{y}', 0)}.\n")
    b.t(f"To: QuickBox\n{hm(rng)} locker door not opening. pls call me on ").p(c.ph, "PHONE_NUMBER").t(" - ").p(c.f, "PERSON").t("\n")
    b.t(f"From: QuickBox\n{hm(rng)} Hi ").p(c.f, "PERSON").t(f", sorry for the trouble. Our agent will call you. Ticket QB-{_dig(rng, 7)}. Device IMEI {imei(rng)} reset.\n")
    b.t(f"From: QuickBox-Care\n{hm(rng)} This is ").p(first(pk, rng), "PERSON").t(" from QuickBox support, shall I redeliver to ").p(c.addr, "STREET_ADDRESS").t("?\n")
    return b.done()


@tpl("en-IE", "email (music school exam entry)")
def t_ie_music_exam(rng):
    pk = P["IE"]
    par, kid = Who(pk, rng), Who(pk, rng, 2010, 2019)
    kid.l = par.l
    b = B().t("Hi ").p(ch(rng, "Ms", "Mrs", "Mr") and first(pk, rng), "PERSON").t(",\n\n")
    b.t("I'd like to enter ").p(kid.f, "PERSON").t(f" for the Grade {rng.randint(1, 8)} {ch(rng, 'piano', 'violin', 'flute', 'trad fiddle')} exam in the spring session. Details for the form:\n\n")
    b.t("Candidate: ").p(f"{kid.l.upper()}, {kid.f}", "PERSON").t("\nDate of birth: ").p(fdate(pk, kid.dob_d, rng=rng), "DATE_OF_BIRTH")
    b.t("\nTeacher: ").p(first(pk, rng) + " " + last(pk, rng), "PERSON").t(f"\nCentre: {ch(rng, 'Limerick', 'Cork City', 'Galway')} (RIAM code {_dig(rng, 4)})\n\n")
    b.t(f"The fee of {amount(rng, '€')} went through from IBAN ").p(iban(rng, "IE"), "IBAN_CODE").t(f" (BIC {ch(rng, 'AIBKIE2D', 'BOFIIE2D')}).\n\nMany thanks,\n")
    b.p(par.full, "PERSON").t("\n").p(par.ph, "PHONE_NUMBER").t("\n")
    return b.done()


@tpl("en-NZ", "CRM call note (heat pump survey)")
def t_nz_heatpump_note(rng):
    pk = P["NZ"]
    c = Who(pk, rng)
    b = B().t(f"CALL NOTE {cdate(rng, '{d:02}/{m:02}/{y}')} {hm(rng)} | agent: ").p(f"{first(pk, rng)} {last(pk, rng)[0]}.", "PERSON")
    b.t("\nSpoke w/ ").p(c.full, "PERSON").t(" re: ducted heat pump quote Q-").t(_dig(rng, 5)).t(". ")
    b.t(ch(rng, "Currently on a log burner, wants it gone before winter. ", "House is a 1950s villa, no insulation under floor. "))
    b.t("Site: ").p(c.addr, "STREET_ADDRESS").t(f" (gps {gps(rng)}). Eligible for Warmer Kiwi Homes grant, app ref WKH{_dig(rng, 6)}. ")
    b.t("Best contact ").p(c.ph, "PHONE_NUMBER").t(" after 5pm or ").p(c.em, "EMAIL_ADDRESS").t(". Partner ").p(first(pk, rng), "PERSON")
    b.t(f" works from home Tues. Booked surveyor {ch(rng, 'Tauranga', 'Hamilton', 'Nelson')} depot for next week.\n")
    return b.done()


@tpl("en-ZA", "live chat transcript (courier return)")
def t_za_courier_chat(rng):
    pk = P["ZA"]
    c, ag = Who(pk, rng), Who(pk, rng)
    b = B().t(f"Chat started {ts(rng)}\nVisitor IP: ").p(_ip_public_v4(rng), "IP_ADDRESS").t(f"\n{hm(rng)} ").p(ag.f, "PERSON")
    b.t(": Welcome to SwiftDrop returns, how can I help?\n").t(f"{hm(rng)} ").p(c.full, "PERSON")
    b.t(f": hi I need to return a kettle, waybill {ref(rng, 'SD', 9)}, collection from my place pls\n{hm(rng)} ").p(ag.f, "PERSON")
    b.t(": Sure. Please confirm your collection address and a contact number.\n").t(f"{hm(rng)} ").p(c.full, "PERSON").t(": ").p(c.addr, "STREET_ADDRESS")
    b.t(", cell ").p(c.ph, "PHONE_NUMBER").t(f"\n{hm(rng)} ").p(ag.f, "PERSON")
    b.t(f": Thanks! Driver from our {ch(rng, 'Midrand', 'Epping', 'Pinetown')} hub, 8am-12pm. Refund of R{rng.randint(150, 2900)},00 in 5-7 days.\n")
    return b.done()


@tpl("en-SG", "Teams chat export (engineering support, leaked key)")
def t_sg_teams_key(rng):
    pk = P["SG"]
    a, c, cust = Who(pk, rng), Who(pk, rng), Who(pk, rng)
    b = B().t(f"[{cdate(rng, '{d}/{m}/{y}')} {hm(rng)}] ").p(a.full, "PERSON")
    b.t(f"\nlocker API v{version(rng)} timing out again from {private_ip(rng)}, prod key below, pls rotate after\n").p(api_key(rng), "API_KEY")
    b.t(f"\n[{hm(rng)}] ").p(c.full, "PERSON").t(f"\nok. publishable one {pub_key(rng)} can stay. customer affected: ").p(cust.full, "PERSON").t(" ")
    b.p(cust.em, "EMAIL_ADDRESS").t(", last request from ").p(_ip_public_v4(rng), "IP_ADDRESS").t(f" req-id {uid(rng)}\n[{hm(rng)}] ").p(a.f, "PERSON")
    b.t(f"\nrotated 👍 sha of old key {sha(rng)[:16]}\n")
    return b.done()


@tpl("en-NG", "ticket with internal note (letting maintenance)")
def t_ng_ticket(rng):
    pk = P["NG"]
    t, tech = Who(pk, rng), Who(pk, rng)
    b = B().t(f"Ticket #{_dig(rng, 6)} | Status: Open | Priority: High\nRequester: ").p(t.full, "PERSON").t(" <").p(t.em, "EMAIL_ADDRESS").t(">\n\n")
    b.t(ch(rng, "Good afternoon, ", "Good day sir/ma, ") + "the water pump in our flat has packed up since Friday. We are at ").p(t.addr, "STREET_ADDRESS")
    b.t(". Kindly send someone, you can reach me on ").p(t.ph, "PHONE_NUMBER").t(".\n\n--- internal note ---\nAssigned to ").p(tech.f, "PERSON")
    b.t(f" (plumbing). Tenant pays service charge of ₦{rng.randint(20, 250)},000 quarterly, lease ref LG/{_dig(rng, 4)}/{rng.randint(21, 26)}. Landlord contact: Mr ")
    b.p(last(pk, rng), "PERSON").t(" ").p(phone(pk, rng), "PHONE_NUMBER").t("\n")
    return b.done()


@tpl("en-KE", "SMS thread (boarding kennels, M-Pesa)")
def t_ke_kennel_sms(rng):
    pk = P["KE"]
    o = Who(pk, rng)
    dog = pet(rng)
    b = B().t(f"{hm(rng)} HappyTails Kennels: Hi ").p(o.f, "PERSON").t(f", {dog} is checked in, room B{rng.randint(1, 20)}. Pickup on {cdate(rng, '{d:02}/{m:02}', 0)}.\n")
    b.t(f"{hm(rng)} Me: thanks! will pay via mpesa. is it till {_dig(rng, 6)}?\n")
    b.t(f"{hm(rng)} HappyTails Kennels: Yes till {_dig(rng, 6)}, KES {rng.randint(2, 20)},500. Confirmation code like QK{_alnum(rng, 8, string.ascii_uppercase + string.digits)} is fine.\n")
    b.t(f"{hm(rng)} Me: sent. my sister ").p(first(pk, rng) + " " + last(pk, rng), "PERSON").t(" will collect, her number ").p(phone(pk, rng, "m"), "PHONE_NUMBER").t("\n")
    b.t(f"{hm(rng)} HappyTails Kennels: Noted. Our {ch(rng, 'Karen', 'Runda', 'Nyali')} branch closes at 6pm.\n")
    return b.done()


@tpl("en-CA", "form dump key: value (music school enrolment)")
def t_ca_music_form(rng):
    pk = P["CA"]
    par, kid = Who(pk, rng), Who(pk, rng, 2009, 2020)
    b = B().t(f"New enrolment — Maple Leaf Conservatory\nform_id: {uid(rng)}\nstudent_first_name: ").p(kid.f, "PERSON")
    b.t("\nstudent_last_name: ").p(par.l, "PERSON").t("\nstudent_dob: ").p(kid.dob, "DATE_OF_BIRTH")
    b.t(f"\ninstrument: {ch(rng, 'Cello', 'Piano', 'Guitar', 'Voice')}\nlevel: RCM Level {rng.randint(1, 10)}\nparent_guardian: ").p(par.full, "PERSON")
    b.t("\nparent_phone: ").p(par.ph, "PHONE_NUMBER").t("\nparent_email: ").p(par.em, "EMAIL_ADDRESS").t("\nhome_address: ").p(par.addr, "STREET_ADDRESS")
    if rng.random() < 0.5:
        b.t("\npayment: ").p(card(rng), "CREDIT_CARD").t(f" exp {rng.randint(1, 12):02}/{rng.randint(27, 31)}")
    else:
        b.t(f"\npayment: Visa {masked_card(rng)} exp {rng.randint(1, 12):02}/{rng.randint(27, 31)}")
    b.t(f"\nlesson_day: {ch(rng, 'Tue', 'Wed', 'Sat')} {hm(rng)}\nconsent_photo: {ch(rng, 'yes', 'no')}\n")
    return b.done()


@tpl("en-US", "web server access log")
def t_us_access_log(rng):
    pk = P["US"]
    b = B()
    for _ in range(rng.randint(3, 5)):
        k = rng.random()
        if k < 0.5:
            b.p(_ip_public_v4(rng) if rng.random() < 0.7 else _ip_public_v6(rng), "IP_ADDRESS")
        else:
            b.t(private_ip(rng))
        path = ch(rng, "/api/v2/lockers/status", "/static/app.3f9c1.js", "/returns/label?order=" + ref(rng, "RT", 8), "/login")
        b.t(f' - - [{rng.randint(1, 28):02}/Nov/2026:{hm(rng)}:{rng.randint(10, 59)} +0000] "GET {path} HTTP/1.1" {ch(rng, 200, 200, 304, 401, 404)} {rng.randint(200, 90000)} "-" "Mozilla/5.0 (Windows NT 10.0) Chrome/{version(rng)}"\n')
    w = Who(pk, rng)
    b.p(_ip_public_v4(rng), "IP_ADDRESS").t(f' - - [28/Nov/2026:{hm(rng)}:07 +0000] "GET /unsubscribe?email=').p(w.em, "EMAIL_ADDRESS").t('&src=nl HTTP/1.1" 302 0 "-" "okhttp/4.12.0"\n')
    return b.done()


@tpl("en-GB", "application log JSON lines (auth)")
def t_gb_jsonl(rng):
    pk = P["GB"]
    u = Who(pk, rng)
    b = B()
    b.t('{"ts":"' + ts(rng) + '","lvl":"INFO","svc":"auth","event":"login_attempt","user":"').p(u.em, "EMAIL_ADDRESS").t('","ip":"').p(_ip_public_v4(rng), "IP_ADDRESS").t('","session":"' + session_id(rng) + '"}\n')
    b.t('{"ts":"' + ts(rng) + '","lvl":"WARN","svc":"auth","msg":"legacy form posted plaintext","payload":{"username":"').p(u.em, "EMAIL_ADDRESS").t('","password":"').p(password(rng), "PASSWORD").t('"}}\n')
    b.t('{"ts":"' + ts(rng) + '","lvl":"INFO","svc":"auth","event":"pw_hash_upgraded","hash":"' + bcrypt(rng) + '","node":"' + private_ip(rng) + '"}\n')
    b.t('{"ts":"' + ts(rng) + '","lvl":"INFO","svc":"profile","event":"update","name":"').p(u.full, "PERSON").t('","phone":"').p(u.ph, "PHONE_NUMBER").t('","build":"' + version(rng) + '"}\n')
    return b.done()


@tpl("en-US", "config snippet (.env)")
def t_us_env(rng):
    b = B().t(f"# courier-returns service — staging copy {cdate(rng, '{y}-{m:02}-{d:02}')}\nAPP_VERSION={version(rng)}\nDB_HOST={private_ip(rng)}\nDB_USER=returns_app\nDB_PASSWORD=")
    b.p(password(rng), "PASSWORD").t("\nSTRIPE_SECRET_KEY=").p("sk_live_" + _alnum(rng, 24), "API_KEY").t(f"\nSTRIPE_PUBLISHABLE_KEY={pub_key(rng)}\nTWILIO_ACCOUNT_SID={twilio_sid(rng)}\nTWILIO_AUTH_TOKEN=")
    b.p(_alnum(rng, 32, "0123456789abcdef"), "API_KEY").t("\nSENDGRID_API_KEY=").p(api_key(rng, 4), "API_KEY")
    b.t("\nSUPPORT_INBOX=").p(role_email(rng, "swiftdrop.com"), "EMAIL_ADDRESS").t("\nEGRESS_IP=").p(_ip_public_v4(rng), "IP_ADDRESS")
    b.t(f"\nCACHE_TTL=3600\nBUILD_SHA={sha(rng)[:40]}\n")
    return b.done()


@tpl("en-GB", "OCR'd form (funeral next of kin)")
def t_gb_ocr_funeral(rng):
    pk = P["GB"]
    d, k = Who(pk, rng, 1925, 1955), Who(pk, rng)
    b = B().t(f"HOLLINGS & DAUGHTER FUNERAL DIRECT0RS   Ref: {_dig(rng, 5)}/{rng.randint(20, 26)}\n\nDECEASED\nFull name : ").p(d.full.upper(), "PERSON")
    b.t("\nDate of b1rth: ").p(fdate(pk, d.dob_d, "{d:02}/{m:02}/{y}"), "DATE_OF_BIRTH").t(f"   Date of death: {cdate(rng, '{d:02}/{m:02}/{y}', 20)}\nPlace of birth : ").p(town(pk, rng), "LOCATION")
    b.t("\nLast address: ").addr_block(d.lines, sep="\n  ")
    b.t("\n\nNEXT 0F KIN\nName: ").p(k.full, "PERSON").t(f"   Relationship: {ch(rng, 'Daughter', 'Son', 'Nephew', 'Spouse')}\nTel: ").p(k.ph, "PHONE_NUMBER")
    b.t("  E-mail: ").p(k.em, "EMAIL_ADDRESS").t(f"\nCremation [x]  Burial [ ]   Coffin: Oak veneer (cat. OV-{rng.randint(10, 99)})   Est. {amount(rng, '£')}\n")
    return b.done()


@tpl("en-AU", "spreadsheet rows pasted (tenant ledger)")
def t_au_sheet(rng):
    pk = P["AU"]
    b = B().t("Tenant\tProperty\tPhone\tBond\tLodged\tBSB\tLast paid\n")
    for _ in range(rng.randint(3, 5)):
        w = Who(pk, rng)
        b.p(f"{w.l}, {w.f}" if rng.random() < 0.5 else w.full, "PERSON").t("\t").p(w.addr, "STREET_ADDRESS").t("\t").p(w.ph, "PHONE_NUMBER")
        b.t(f"\t{amount(rng)}\t{cdate(rng, '{d}/{m}/{y}', 300)}\t{_dig(rng, 3)}-{_dig(rng, 3)}\t{cdate(rng, '{d}/{m}/{y}', 30)}\n")
    return b.done()


@tpl("en-US", "notification subjects")
def t_us_notifications(rng):
    pk = P["US"]
    w = Who(pk, rng)
    b = B().t(f"[SwiftDrop] Your return label for order #{ref(rng, '', 9)} is ready\n")
    b.t("[Paws Spa] Reminder: ").p(pet(rng) and w.f, "PERSON").t(f", {pet(rng)}'s groom is tomorrow at {hm(rng)}\n")
    b.t(f"[Bank] Card ending {_dig(rng, 4)} used for {amount(rng)} at SUNPATH SOLAR\n")
    b.t("[Helpdesk] New ticket from ").p(w.full, "PERSON").t(" (").p(w.em, "EMAIL_ADDRESS").t(f"): locker {rng.randint(1, 60)} jammed\n")
    b.t("[Security] New sign-in from ").p(_ip_public_v4(rng), "IP_ADDRESS").t(f" ({ch(rng, 'Denver', 'Chicago', 'Ashburn')}, data centre) — not you?\n")
    b.t(f"[Calendar] Piano lesson moved to {cdate(rng, '{m}/{d}', 0)} — Room 4, Jefferson Music Academy\n")
    return b.done()


@tpl("en-IN", "speech-to-text transcript, lower case (solar)")
def t_in_stt(rng):
    pk = P["IN"]
    c, ag = Who(pk, rng), Who(pk, rng)
    b = B().t("agent: good morning this is ").p(ag.f.lower(), "PERSON").t(" from suryaroof solar am i speaking with ").p(c.full.lower(), "PERSON")
    b.t("\ncustomer: yes yes speaking\nagent: sir regarding your subsidy application can you confirm date of birth\ncustomer: ")
    b.p(fdate(pk, c.dob_d, "{d} {M} {y}").lower(), "DATE_OF_BIRTH").t("\nagent: and installation address\ncustomer: ").p(c.addr.lower(), "STREET_ADDRESS")
    b.t(f"\nagent: ok the {rng.randint(2, 10)} kilowatt system quote is rupees {rng.randint(1, 4)} lakh {rng.randint(10, 90)} thousand\ncustomer: my son ").p(first(pk, rng).lower(), "PERSON")
    b.t(" will handle the payment he is in ").p(town(pk, rng).lower(), "LOCATION").t(" now\nagent: fine i will whatsapp the documents on ").p(c.ph, "PHONE_NUMBER").t("\n")
    return b.done()


@tpl("en-IE", "forwarded e-mail (courier claim)")
def t_ie_forward(rng):
    pk = P["IE"]
    c, s = Who(pk, rng), Who(pk, rng)
    b = B().t("FYI - can you look at this one?\n\n").p(s.f, "PERSON").t("\n\n---------- Forwarded message ---------\nFrom: ").p(c.full, "PERSON").t(" <").p(c.em, "EMAIL_ADDRESS")
    b.t(f">\nDate: {cdate(rng, '{d:02}/{m:02}/{y}')} {hm(rng)}\nSubject: Damaged parcel claim {ref(rng, 'CLM-', 6)}\nTo: ").p(role_email(rng, "fastpost.ie"), "EMAIL_ADDRESS")
    b.t(f"\n\nHello,\nmy parcel (tracking {ref(rng, 'IE', 11)}) arrived crushed at ").p(c.addr, "STREET_ADDRESS").t(". Value was ").t(amount(rng, "€"))
    b.t(". Please refund to IBAN ").p(iban(rng, "IE"), "IBAN_CODE").t(".\nI'm off to ").p(ch(rng, "Boston", "Lisbon", "Perth", "Toronto"), "LOCATION").t(" next week so mobile is best: ").p(c.ph, "PHONE_NUMBER").t("\n\nRegards,\n").p(c.f, "PERSON").t("\n")
    return b.done()


@tpl("en-CA", "Slack export (ops channel)")
def t_ca_slack(rng):
    pk = P["CA"]
    a, bb, c = Who(pk, rng), Who(pk, rng), Who(pk, rng)
    b = B().t("#returns-ops\n").p(a.f.lower() + "." + a.l.lower().replace("'", ""), "PERSON").t(f"  {hm(rng)}\ncustomer ").p(c.full, "PERSON")
    b.t(f" says label {ref(rng, 'CP', 12)} never arrived, resending to ").p(c.em, "EMAIL_ADDRESS").t("\n").p(bb.f.lower(), "PERSON")
    b.t(f"  {hm(rng)}\nok. fyi her card on file is masked {masked_card(rng)} so refund goes back automatically. she moved to ").p(town(pk, rng), "LOCATION")
    b.t(" last month\n").p(a.f.lower() + "." + a.l.lower().replace("'", ""), "PERSON").t(f"  {hm(rng)}\n:thumbsup: closing INC-{_dig(rng, 5)}\n")
    return b.done()


@tpl("en-GB", "SMS thread (music lesson reschedule)")
def t_gb_music_sms(rng):
    pk = P["GB"]
    par, kid, tea = Who(pk, rng), Who(pk, rng, 2012, 2019), Who(pk, rng)
    b = B().t(f"{hm(rng)} ").p(tea.f, "PERSON").t(" (violin): Hi, it's ").p(tea.f, "PERSON").t(" - can ").p(kid.f, "PERSON")
    b.t(f" do 5.15 instead of 4.30 on Weds? Grade 3 mock on {cdate(rng, '{d}/{m}', 0)}\n{hm(rng)} Me: Yes fine, she has swimming first\n")
    b.t(f"{hm(rng)} ").p(tea.f, "PERSON").t(f": Great. Term fees £{rng.randint(120, 300)} to sort code {_dig(rng, 2)}-{_dig(rng, 2)}-{_dig(rng, 2)} acct {_dig(rng, 8)} or IBAN ").p(iban(rng, "GB"), "IBAN_CODE")
    b.t(f"\n{hm(rng)} Me: done. it's ").p(par.ph, "PHONE_NUMBER").t(" if she's running late, not the landline\n")
    return b.done()


@tpl("en-US", "obituary notice (funeral)")
def t_us_obit(rng):
    pk = P["US"]
    d = Who(pk, rng, 1928, 1958)
    sp, c1, c2 = Who(pk, rng), Who(pk, rng), Who(pk, rng)
    b = B().p(d.full, "PERSON").t(", " + str(2026 - d.dob_d.year) + ", of ").p(town(pk, rng), "LOCATION").t(", passed away peacefully on " + cdate(rng, "{m}/{d}/{y}", 15) + ". ")
    b.t(ch(rng, "Born ", "He was born ", "She was born ")).p(fdate(pk, d.dob_d, "{M} {d}, {y}"), "DATE_OF_BIRTH").t(" in ").p(town(pk, rng), "LOCATION")
    b.t(", " + ch(rng, "they worked 31 years at Ford Motor Co.", "a proud teacher at Lincoln Elementary.", "a lifelong fan of the Dallas Cowboys.") + " ")
    b.t("Survived by spouse ").p(sp.f, "PERSON").t(", children ").p(c1.full, "PERSON").t(" and ").p(c2.f, "PERSON").t(f", and a beloved dog, {pet(rng)}. ")
    b.t(f"Visitation at Abbott Family Mortuary, {rng.randint(100, 999)} Main St. Memorial gifts to St. Jude Children's Research Hospital.\n")
    return b.done()


@tpl("en-AU", "ticket + internal note (heat pump finance)")
def t_au_finance_ticket(rng):
    pk = P["AU"]
    c = Who(pk, rng)
    b = B().t(f"Case {ref(rng, 'HW-', 6)} | Channel: web form\nFrom: ").p(c.em, "EMAIL_ADDRESS").t("\n\nHi team, I'd like to pay the heat pump hot water upgrade in full. Card: ")
    b.p(card(rng), "CREDIT_CARD").t(f" exp {rng.randint(1, 12):02}/{rng.randint(27, 30)} cvv {_dig(rng, 3)}. Rebate VEU cert {ref(rng, '', 8)}.\n").p(c.full, "PERSON").t(", ").p(c.ph, "PHONE_NUMBER")
    b.t(f"\n\n[Internal] Card keyed in by customer in free text — processed then redacted in CRM as {masked_card(rng)}. Installer crew from Geelong depot booked {cdate(rng, '{d}/{m}/{y}', 0)}.\n")
    return b.done()


@tpl("en-NZ", "key=value log (kennel booking system)")
def t_nz_kv_log(rng):
    pk = P["NZ"]
    b = B()
    for _ in range(rng.randint(2, 4)):
        w = Who(pk, rng)
        b.t(f"{ts(rng)} level=info svc=bookings action=create booking_id=BK{_dig(rng, 6)} owner=\"").p(w.full, "PERSON").t(f"\" dog=\"{pet(rng)}\" phone=").p(w.ph.replace(" ", ""), "PHONE_NUMBER")
        b.t(f" nights={rng.randint(1, 14)} total={rng.randint(60, 900)}.00 client_ip=").p(_ip_public_v4(rng), "IP_ADDRESS").t(f" node={private_ip(rng)}\n")
    b.t(f"{ts(rng)} level=warn svc=bookings msg=\"vaccination cert missing\" booking_id=BK{_dig(rng, 6)} kennel=\"Christchurch Airport\"\n")
    return b.done()


@tpl("en-ZA", "email + signature (solar quote)")
def t_za_solar_email(rng):
    pk = P["ZA"]
    c, r = Who(pk, rng), Who(pk, rng)
    b = B().t("Good day ").p(c.f, "PERSON").t(",\n\nAttached is quote SQ-" + _dig(rng, 5) + f" for a {rng.randint(5, 12)} kW hybrid system with {rng.randint(10, 20)} kWh battery for loadshedding backup, "
                                                  f"total R{rng.randint(90, 260)} {rng.randint(100, 999)},00 incl. VAT. Our assessor will visit ").p(c.addr, "STREET_ADDRESS")
    b.t(f" on {cdate(rng, '{y}/{m:02}/{d:02}', 0)}.\n\nKind regards\n").p(r.full, "PERSON").t("\nSales Consultant | SunHarvest Energy (Pty) Ltd\n")
    lines, _ = address(pk, rng, multiline=True)
    b.addr_block(lines, sep=", ").t("\nT: ").p(phone(pk, rng, "f"), "PHONE_NUMBER").t("  M: ").p(r.ph, "PHONE_NUMBER").t("\nReg. 2014/" + _dig(rng, 6) + "/07  VAT 4" + _dig(rng, 9) + "\n")
    return b.done()


@tpl("en-US", "call transcript, lower case (courier claim)")
def t_us_stt(rng):
    pk = P["US"]
    c, ag = Who(pk, rng), Who(pk, rng)
    b = B().t("[00:00:03] agent: thanks for calling swiftdrop my name is ").p(ag.f.lower(), "PERSON").t(" can i get your full name\n[00:00:07] caller: uh ").p(c.full.lower(), "PERSON")
    b.t(f"\n[00:00:12] agent: and the tracking number\n[00:00:15] caller: {ref(rng, '1z', 16).lower()}\n")
    if rng.random() < 0.5:
        b.t(f"[00:00:31] agent: for verification the last four of your social\n[00:00:34] caller: {_dig(rng, 4)}\n")
    else:
        b.t("[00:00:31] agent: the claim form needs your full social\n[00:00:34] caller: it's ").p(ssn(rng), "US_SSN").t("\n")
    b.t("[00:00:40] agent: ok and the phone on file is that still ").p(c.ph, "PHONE_NUMBER").t("\n[00:00:43] caller: yeah. and send the check to my new place ").p(c.addr.lower(), "STREET_ADDRESS")
    b.t(f"\n[00:01:02] agent: got it claim number {_dig(rng, 8)} for {rng.randint(20, 400)} dollars\n")
    return b.done()


@tpl("en-GB", "CRM note (deposit return)")
def t_gb_crm_deposit(rng):
    pk = P["GB"]
    t1, t2 = Who(pk, rng), Who(pk, rng)
    b = B().t(f"{cdate(rng, '{d:02}/{m:02}/{y}')} – Check-out inspection done by ").p(first(pk, rng), "PERSON").t(". Tenants ").p(t1.full, "PERSON").t(" & ").p(t2.f, "PERSON")
    b.t(f" left {ch(rng, 'minor scuffs in hallway', 'oven uncleaned', 'all in good order')}. Deposit {amount(rng, '£')} held with TDS (cert {ref(rng, 'TDS', 8)}). ")
    b.t("Proposed deduction £" + str(rng.randint(0, 300)) + ". Refund balance to ").p(iban(rng, "GB"), "IBAN_CODE").t(" (").p(t1.f, "PERSON")
    b.t("'s account). Forwarding address: ").p(t1.addr, "STREET_ADDRESS").t(f". Keys x{rng.randint(2, 4)} returned to Leeds branch.\n")
    return b.done()


@tpl("en-KE", "WhatsApp chat export (funeral fundraising)")
def t_ke_funeral_wa(rng):
    pk = P["KE"]
    a, bb, dec = Who(pk, rng), Who(pk, rng), Who(pk, rng, 1935, 1960)
    b = B().t(f"{cdate(rng, '{d:02}/{m:02}/{y}')}, {hm(rng)} - ").p(a.full, "PERSON").t(": Family and friends, burial of our mum ").p(dec.full, "PERSON")
    b.t(" will be in her home village near ").p(town(pk, rng), "LOCATION").t(f" on Saturday. Harambee contributions via Paybill {_dig(rng, 6)} acc FUNERAL{_dig(rng, 3)}\n")
    b.t(f"{cdate(rng, '{d:02}/{m:02}/{y}')}, {hm(rng)} - ").p(bb.full, "PERSON").t(f": Pole sana. Sent KES {rng.randint(1, 20)},000. Bus leaves from Machakos Country Bus station at 6am\n")
    b.t(f"{cdate(rng, '{d:02}/{m:02}/{y}')}, {hm(rng)} - ").p(a.full, "PERSON").t(": Thank you. For transport call ").p(first(pk, rng), "PERSON").t(" on ").p(phone(pk, rng, "m"), "PHONE_NUMBER").t("\n")
    return b.done()


@tpl("en-SG", "security alert e-mail")
def t_sg_alert(rng):
    pk = P["SG"]
    u = Who(pk, rng)
    b = B().t("Hi ").p(u.f, "PERSON").t(f",\n\nWe noticed a new sign-in to your LockerGo account on {cdate(rng, '{d} Nov {y}')} at {hm(rng)} SGT.\n\nDevice: iPhone, LockerGo {version(rng)}\nIP address: ")
    b.p(_ip_public_v4(rng) if rng.random() < 0.6 else _ip_public_v6(rng), "IP_ADDRESS").t(f"\nApprox. location: {ch(rng, 'Jurong', 'Tampines', 'Johor Bahru')} (based on IP)\nSession: {session_id(rng)}\n\n")
    b.t("If this wasn't you, reset your password and contact ").p(role_email(rng, "lockergo.sg"), "EMAIL_ADDRESS").t(" or call ").p(phone(pk, rng, "f"), "PHONE_NUMBER").t(".\n\nThis e-mail was sent to ").p(u.em, "EMAIL_ADDRESS").t(".\n")
    return b.done()


@tpl("en", "no PII: release notes")
def t_nopii_release(rng):
    b = B().t(f"Release {version(rng)} ({cdate(rng, '{y}-{m:02}-{d:02}')})\n\n* Locker firmware bumped to {version(rng)}; build {sha(rng)[:12]}\n")
    b.t(f"* Fixed crash when tracking ids like {ref(rng, 'SPX', 10)} contain lower case\n* Grooming module: new 'Teddy cut' service, price {amount(rng)}\n")
    b.t(f"* Migration {uid(rng)} drops column legacy_hash (bcrypt cost 10 -> 12)\n* Default gateway {private_ip(rng)} for on-prem kiosks\n* Known issue: card masks such as {masked_card(rng)} rendered twice\n")
    return b.done()


@tpl("en", "no PII: kennel ops report")
def t_nopii_ops(rng):
    b = B().t(f"Weekly ops – {cdate(rng, '{d} Nov {y}')}\nOccupancy: {rng.randint(60, 99)}% ({ch(rng, 'Leeds', 'Bristol', 'Norwich')} site), {rng.randint(40, 95)}% (Harrogate site)\n")
    b.t(f"Dogs boarded: {rng.randint(80, 200)} (top names: {pet(rng)}, {pet(rng)}, {pet(rng)})\nIncidents: 1 minor (kennel 14B, cut paw, vet ref V-{_dig(rng, 5)})\n")
    b.t(f"Revenue: {amount(rng, '£')}  Refunds: {amount(rng, '£')}\nDoor code for the back gate changes on Monday.\nNext review: {cdate(rng, '{d:02}/{m:02}/{y}', 0)}\n")
    return b.done()


@tpl("en-US", "JSON lines web form (grooming booking)")
def t_us_jsonl_groom(rng):
    pk = P["US"]
    b = B()
    for _ in range(rng.randint(2, 3)):
        w = Who(pk, rng)
        b.t('{"form":"groom_booking","id":"' + uid(rng) + '","owner_first":"').p(w.f, "PERSON").t('","owner_last":"').p(w.l, "PERSON")
        b.t('","pet_name":"' + pet(rng) + '","breed":"' + ch(rng, "Goldendoodle", "Shih Tzu", "Labrador", "Cavalier King Charles") + '","phone":"').p(w.ph, "PHONE_NUMBER")
        b.t('","email":"').p(w.em, "EMAIL_ADDRESS").t('","deposit":"' + amount(rng) + '","card_last4":"' + _dig(rng, 4) + '","submitted_from":"').p(_ip_public_v4(rng), "IP_ADDRESS").t('"}\n')
    return b.done()


# ===========================================================================
# Other-language templates
# ===========================================================================
@tpl("ca", "email + signature (letting)")
def t_ca_lloguer_email(rng):
    pk = P["CAT"]
    t, ag = Who(pk, rng), Who(pk, rng)
    b = B().t("Bon dia ").p(t.f, "PERSON").t(",\n\nUs confirmo que el contracte de lloguer del pis de ").p(t.addr, "STREET_ADDRESS")
    b.t(f" comença l'1 de desembre. La fiança ({rng.randint(1, 2)} mensualitats, {rng.randint(700, 1800)} €) s'ha de dipositar a l'INCASÒL; la resta la podeu pagar al compte ")
    b.p(iban(rng, "ES"), "IBAN_CODE").t(f".\nReferència del contracte: LL-{_dig(rng, 5)}. Les claus es recullen a l'oficina de {ch(rng, 'Gràcia', 'Sants', 'Vic')}.\n\nSalutacions,\n")
    b.p(ag.full, "PERSON").t("\nAgent immobiliari · Finques Montseny\n")
    lines, _ = address(pk, rng, multiline=True)
    b.addr_block(lines, sep=" · ").t("\nTel. ").p(phone(pk, rng, "f"), "PHONE_NUMBER").t(" · ").p(role_email(rng, "finquesmontseny.cat"), "EMAIL_ADDRESS").t("\n")
    return b.done()


@tpl("ca", "WhatsApp chat export (music school)")
def t_ca_musica_wa(rng):
    pk = P["CAT"]
    m, pr, kid = Who(pk, rng), Who(pk, rng), Who(pk, rng, 2010, 2019)
    d = cdate(rng, "{d}/{m}/{yy:02}")
    b = B().t(f"{d} {hm(rng)} - ").p(m.full, "PERSON").t(": Hola! Soc la mare de la ").p(kid.f, "PERSON").t(", que fa piano amb tu els dimecres. Aquesta setmana no podrà venir, té febre 🤒\n")
    b.t(f"{d} {hm(rng)} - ").p(pr.f, "PERSON").t(": Cap problema. La recuperem dissabte a les 11 a l'Escola de Música Pau Casals, aula 3\n")
    b.t(f"{d} {hm(rng)} - ").p(m.full, "PERSON").t(": Perfecte. Per la inscripció a l'examen em demanen la data de naixement: ").p(fdate(pk, kid.dob_d, rng=rng), "DATE_OF_BIRTH")
    b.t(f"\n{d} {hm(rng)} - ").p(pr.f, "PERSON").t(f": Gràcies! La quota de {rng.randint(30, 90)} € es passa per rebut el dia 5\n")
    return b.done()


@tpl("gl", "SMS thread (parcel locker)")
def t_gl_locker_sms(rng):
    pk = P["GAL"]
    c = Who(pk, rng)
    b = B().t(f"{hm(rng)} CaixaBox: O teu paquete {ref(rng, 'PQ', 10)} xa está no armario de {ch(rng, 'Gadis Rúa Nova', 'estación de autobuses', 'Área Central')}. Código de recollida {_dig(rng, 6)}. Caduca en 72 h.\n")
    b.t(f"{hm(rng)} Eu: Ola, non son quen de ir ata o venres. Pode recollelo a miña veciña ").p(first(pk, rng), "PERSON").t("? O móbil dela é ").p(phone(pk, rng, "m"), "PHONE_NUMBER").t("\n")
    b.t(f"{hm(rng)} CaixaBox: Si, reenviámoslle o código. Se prefires entrega a domicilio, confirma o enderezo.\n")
    b.t(f"{hm(rng)} Eu: ").p(c.addr, "STREET_ADDRESS").t(". Grazas! ").p(c.f, "PERSON").t("\n")
    return b.done()


@tpl("eu", "form dump key: value (solar grant)")
def t_eu_eguzki_form(rng):
    pk = P["EUS"]
    a = Who(pk, rng, 1950, 1995)
    b = B().t(f"EKIPAMENDU FOTOBOLTAIKOA – DIRU-LAGUNTZA ESKAERA\nEspedientea: EEE-{_dig(rng, 6)}\nIzena: ").p(a.f, "PERSON").t("\nAbizenak: ").p(a.l + " " + last(pk, rng), "PERSON")
    b.t("\nJaioteguna: ").p(fdate(pk, a.dob_d, rng=rng), "DATE_OF_BIRTH").t("\nHelbidea: ").p(a.addr, "STREET_ADDRESS").t("\nTelefonoa: ").p(a.ph, "PHONE_NUMBER")
    b.t("\nPosta elektronikoa: ").p(a.em, "EMAIL_ADDRESS").t(f"\nPotentzia: {rng.randint(3, 9)},{rng.randint(0, 9)} kWp\nAurrekontua: {rng.randint(4, 15)}.{_dig(rng, 3)},00 €\nKontu zenbakia (IBAN): ").p(iban(rng, "ES"), "IBAN_CODE")
    b.t(f"\nInstalatzailea: Eguzki Sarea Koop. (Gasteizko bulegoa)\nData: {cdate(rng, '{y}/{m:02}/{d:02}')}\n")
    return b.done()


@tpl("is", "email (funeral arrangements)")
def t_is_utfor_email(rng):
    pk = P["IS"]
    a, d, s = Who(pk, rng), Who(pk, rng, 1930, 1960), Who(pk, rng)
    b = B().t("Sæl ").p(a.f, "PERSON").t(",\n\nVið samhryggjumst innilega. Útför ").p(d.full, "PERSON").t(", f. ").p(fdate(pk, d.dob_d, rng=rng), "DATE_OF_BIRTH")
    b.t(" á ").p(town(pk, rng), "LOCATION").t(f", fer fram frá {ch(rng, 'Hallgrímskirkju', 'Akureyrarkirkju', 'Neskirkju')} {cdate(rng, '{d}.{m}.{y}', 0)} kl. 13.\n")
    b.t(f"Kistulagning verður deginum áður. Áætlaður kostnaður er {rng.randint(600, 1500)}.000 kr. (reikningur nr. {_dig(rng, 6)}).\n\nKveðja,\n").p(s.full, "PERSON")
    b.t("\nÚtfararstofa Íslands\n")
    lines, _ = address(pk, rng, multiline=True)
    b.addr_block(lines, sep=", ").t(" | sími ").p(phone(pk, rng, "f"), "PHONE_NUMBER").t(" | ").p(role_email(rng, "utforir.is"), "EMAIL_ADDRESS").t("\n")
    return b.done()


@tpl("is", "CRM note (heat pump)")
def t_is_varmadaela(rng):
    pk = P["IS"]
    c = Who(pk, rng)
    b = B().t(f"Símtal {cdate(rng, '{d}.{m}.{y}')} – ").p(c.full, "PERSON").t(" hringdi vegna varmadælu í sumarbústað. Heimilisfang: ").p(c.addr, "STREET_ADDRESS")
    b.t(". Sími ").p(c.ph, "PHONE_NUMBER").t(", netfang ").p(c.em, "EMAIL_ADDRESS").t(f". Tilboð TB-{_dig(rng, 4)} sent, {rng.randint(900, 2500)}.000 kr. ")
    b.t("Hún er fædd ").p(fdate(pk, c.dob_d, rng=rng), "DATE_OF_BIRTH").t(" og á rétt á styrk frá Orkusjóði. Uppsetning frá Selfossútibúi okkar í vor.\n")
    return b.done()


@tpl("af", "WhatsApp chat export (dog grooming)")
def t_af_grooming_wa(rng):
    pk = P["AF"]
    o, g = Who(pk, rng), Who(pk, rng)
    dog = pet(rng)
    d = cdate(rng, "{y}/{m:02}/{d:02}")
    b = B().t(f"[{d} {hm(rng)}] ").p(o.full, "PERSON").t(f": Goeiemôre! Kan ek vir {dog} 'n afspraak kry vir 'n was en knip? Hy is 'n Jack Russell\n")
    b.t(f"[{d} {hm(rng)}] ").p(g.f, "PERSON").t(f": Hallo! Donderdag om 10:00 is oop. Dit kos R{rng.randint(250, 600)}. Die salon is by Die Boord winkelsentrum\n")
    b.t(f"[{d} {hm(rng)}] ").p(o.full, "PERSON").t(": Dankie! My man ").p(first(pk, rng), "PERSON").t(" sal hom bring. Sy selfoon is ").p(phone(pk, rng, "m"), "PHONE_NUMBER").t("\n")
    b.t(f"[{d} {hm(rng)}] ").p(g.f, "PERSON").t(": Reg so. Stuur asb ook julle adres vir die faktuur\n")
    b.t(f"[{d} {hm(rng)}] ").p(o.full, "PERSON").t(": ").p(o.addr, "STREET_ADDRESS").t("\n")
    return b.done()


@tpl("af", "ticket (letting maintenance)")
def t_af_huur_ticket(rng):
    pk = P["AF"]
    t = Who(pk, rng)
    b = B().t(f"Kaartjie #{_dig(rng, 5)} – Onderhoud\nHuurder: ").p(t.full, "PERSON").t("\nE-pos: ").p(t.em, "EMAIL_ADDRESS").t("\n\n")
    b.t("Die geiser by ons woonstel lek al van Sondag af en die plafon is nat. Adres: ").p(t.addr, "STREET_ADDRESS").t(". Bel my asseblief by ").p(t.ph, "PHONE_NUMBER").t(".\n\n")
    b.t(f"-- interne nota --\nLoodgieter van ons Paarl-kantoor gestuur. Huurkontrak HK/{_dig(rng, 4)}, deposito R{rng.randint(5, 20)} 000 gehou. Eienaar: mev. ").p(last(pk, rng), "PERSON").t("\n")
    return b.done()


@tpl("tl", "SMS thread, Taglish (courier)")
def t_tl_courier_sms(rng):
    pk = P["PH"]
    c, r = Who(pk, rng), Who(pk, rng)
    b = B().t(f"{hm(rng)} LBCX: Hi ").p(c.f, "PERSON").t(f"! Ang parcel mo {ref(rng, 'LX', 10)} ay out for delivery ngayon. COD amount: PHP {rng.randint(300, 4000)}.00\n")
    b.t(f"{hm(rng)} Ako: wala ako sa bahay, pwede po iwan kay ").p(r.f, "PERSON").t(" sa tabi? kapitbahay ko po siya\n")
    b.t(f"{hm(rng)} Rider ").p(first(pk, rng), "PERSON").t(": Sige po ma'am. Paki-confirm address: ").p(c.addr, "STREET_ADDRESS").t("?\n")
    b.t(f"{hm(rng)} Ako: opo tama. pag di kayo makapasok tawag kayo sa ").p(c.ph, "PHONE_NUMBER").t("\n")
    return b.done()


@tpl("tl", "live chat (kennel boarding)")
def t_tl_kennel_chat(rng):
    pk = P["PH"]
    c, ag = Who(pk, rng), Who(pk, rng)
    b = B().t(f"Live chat · Doggo Hotel\n{hm(rng)} ").p(ag.f, "PERSON").t(": Magandang hapon! Paano po kami makakatulong?\n").t(f"{hm(rng)} ").p(c.full, "PERSON")
    b.t(f": Hello, gusto ko po i-book si {pet(rng)} mula Dec 20 hanggang Jan 2, uuwi kami sa ").p(town(P["PH"], rng), "LOCATION").t(" para sa Pasko\n")
    b.t(f"{hm(rng)} ").p(ag.f, "PERSON").t(f": Noted po! PHP {rng.randint(600, 1200)}/gabi. Booking ref DH-{_dig(rng, 5)}. Pwede po ba ang email at mobile?\n")
    b.t(f"{hm(rng)} ").p(c.full, "PERSON").t(": ").p(c.em, "EMAIL_ADDRESS").t(" / ").p(c.ph, "PHONE_NUMBER").t(f"\n{hm(rng)} ").p(ag.f, "PERSON").t(": Salamat po! Kita tayo sa BGC branch.\n")
    return b.done()


@tpl("ms", "email (courier return)")
def t_ms_pemulangan(rng):
    pk = P["MY"]
    c = Who(pk, rng)
    b = B().t("Kepada: ").p(role_email(rng, "poslaju-returns.my"), "EMAIL_ADDRESS").t("\nDaripada: ").p(c.em, "EMAIL_ADDRESS").t(f"\nPerkara: Pemulangan barang – pesanan {ref(rng, 'MY', 9)}\n\n")
    b.t("Tuan/Puan,\n\nSaya ingin memulangkan kasut yang rosak. Sila ambil di alamat berikut:\n").addr_block(c.lines)
    b.t("\n\nNo. telefon: ").p(c.ph, "PHONE_NUMBER").t(f"\nJumlah bayaran balik: RM{rng.randint(40, 400)}.{rng.randint(0, 99):02} (kad berakhir {_dig(rng, 4)})\n\nTerima kasih,\n").p(c.full, "PERSON").t("\n")
    return b.done()


@tpl("sl", "email (heat pump subsidy)")
def t_sl_toplotna(rng):
    pk = P["SI"]
    c, s = Who(pk, rng), Who(pk, rng)
    b = B().t("Spoštovani g. ").p(c.l, "PERSON").t(",\n\nv priponki pošiljamo ponudbo št. PON-" + _dig(rng, 4) + f" za toplotno črpalko zrak-voda ({rng.randint(6, 16)} kW). ")
    b.t("Za vlogo na Eko sklad potrebujemo še vaš datum rojstva in davčno številko. Ogled bo na naslovu ").p(c.addr, "STREET_ADDRESS").t(f" dne {cdate(rng, '{d}. {m}. {y}', 0)}.\n\n")
    b.t("Lep pozdrav,\n").p(s.full, "PERSON").t("\nToplota d.o.o., poslovalnica Celje\nGSM: ").p(s.ph, "PHONE_NUMBER").t("\n\n> Pozdravljeni, zanima me toplotna črpalka. ").p(c.full, "PERSON").t(", ").p(c.ph, "PHONE_NUMBER").t("\n")
    return b.done()


@tpl("sl", "call note (music school)")
def t_sl_glasbena(rng):
    pk = P["SI"]
    m, kid = Who(pk, rng), Who(pk, rng, 2011, 2019)
    b = B().t(f"Zapis klica {cdate(rng, '{d}. {m}. {y}')}: klic starša ").p(m.full, "PERSON").t(" glede učenke ").p(kid.f, "PERSON")
    b.t(f" ({ch(rng, 'klavir', 'violina', 'kitara')}, {rng.randint(1, 6)}. razred). Hči je rojena ").p(fdate(pk, kid.dob_d, rng=rng), "DATE_OF_BIRTH")
    b.t(", potrebujejo potrdilo za tekmovanje TEMSIG. Družina se seli v ").p(town(pk, rng), "LOCATION").t(", nov naslov: ").p(m.addr, "STREET_ADDRESS")
    b.t(". E-pošta ").p(m.em, "EMAIL_ADDRESS").t(f". Šolnina {rng.randint(40, 90)} € / mesec, sklic SI00 {_dig(rng, 8)}.\n")
    return b.done()


@tpl("et", "support chat (parcel app)")
def t_et_chat(rng):
    pk = P["EE"]
    c, ag = Who(pk, rng), Who(pk, rng)
    b = B().t(f"{hm(rng)} ").p(ag.f, "PERSON").t(": Tere! Kuidas saan aidata?\n").t(f"{hm(rng)} ").p(c.full, "PERSON")
    b.t(f": Tere, pakiautomaat Ülemiste keskuses ei avane, kood {_dig(rng, 6)}. Saadetis {ref(rng, 'EE', 10)}\n").t(f"{hm(rng)} ").p(ag.f, "PERSON")
    b.t(": Vabandame! Saadame paki koju. Palun kinnitage aadress ja telefon.\n").t(f"{hm(rng)} ").p(c.full, "PERSON").t(": ").p(c.addr, "STREET_ADDRESS").t(", ").p(c.ph, "PHONE_NUMBER")
    b.t(f"\n{hm(rng)} ").p(ag.f, "PERSON").t(f": Aitäh, kuller toob homme 10–14. Rakenduse versioon {version(rng)} parandab vea.\n")
    return b.done()


@tpl("tr", "WhatsApp chat (courier)")
def t_tr_kargo_wa(rng):
    pk = P["TR"]
    c, k = Who(pk, rng), Who(pk, rng)
    d = cdate(rng, "{d:02}.{m:02}.{y}")
    b = B().t(f"{d} {hm(rng)} - ").p(k.f, "PERSON").t(f" Kurye: Merhaba, {ref(rng, '', 12)} takip numaralı kargonuz için kapıdayım, zil çalışmıyor\n")
    b.t(f"{d} {hm(rng)} - ").p(c.full, "PERSON").t(": Pardon işteyim 🙏 komşum ").p(first(pk, rng), "PERSON").t(" alabilir mi? Adres ").p(c.addr, "STREET_ADDRESS").t("\n")
    b.t(f"{d} {hm(rng)} - ").p(k.f, "PERSON").t(": Olur. Teslim kodu lazım\n")
    b.t(f"{d} {hm(rng)} - ").p(c.full, "PERSON").t(f": {_dig(rng, 4)}. Sorun olursa ").p(c.ph, "PHONE_NUMBER").t("\n")
    return b.done()


@tpl("tr", "form dump (dog hotel)")
def t_tr_kopek_form(rng):
    pk = P["TR"]
    o = Who(pk, rng)
    b = B().t(f"KÖPEK OTELİ KAYIT FORMU  No: {_dig(rng, 5)}\nSahip adı soyadı: ").p(o.full, "PERSON").t("\nDoğum tarihi: ").p(o.dob, "DATE_OF_BIRTH")
    b.t("\nCep tel: ").p(o.ph, "PHONE_NUMBER").t("\nE-posta: ").p(o.em, "EMAIL_ADDRESS").t("\nAdres: ").p(o.addr, "STREET_ADDRESS")
    b.t(f"\nKöpeğin adı: {pet(rng)}  Irk: {ch(rng, 'Golden Retriever', 'Kangal', 'Pomeranian')}  Mikroçip: 900{_dig(rng, 12)}\nGiriş: {cdate(rng, '{d:02}.{m:02}.{y}', 0)}  Ücret: {rng.randint(300, 900)} TL/gün\n")
    b.t("Acil durumda aranacak kişi: ").p(first(pk, rng) + " " + last(pk, rng), "PERSON").t(" ").p(phone(pk, rng), "PHONE_NUMBER").t("\n")
    return b.done()


@tpl("ro", "email (letting)")
def t_ro_chirie(rng):
    pk = P["RO"]
    t, ag = Who(pk, rng), Who(pk, rng)
    b = B().t("Bună ziua, domnule ").p(t.l, "PERSON").t(",\n\nVă confirm vizionarea apartamentului din ").p(t.addr, "STREET_ADDRESS")
    b.t(f" pentru joi, ora 18. Chiria este {rng.randint(300, 900)} EUR/lună, garanția de două chirii. Contract nr. {_dig(rng, 4)}/{cdate(rng, '{y}')}.\n\n")
    b.t("Cu stimă,\n").p(ag.full, "PERSON").t("\nAgenția Imobiliară Carpați, biroul Cluj\nTel: ").p(ag.ph, "PHONE_NUMBER").t("\n").p(ag.em, "EMAIL_ADDRESS").t("\n")
    return b.done()


@tpl("ro", "ticket (funeral services)")
def t_ro_funerare(rng):
    pk = P["RO"]
    c, d = Who(pk, rng), Who(pk, rng, 1930, 1960)
    b = B().t(f"Solicitare #{_dig(rng, 6)} – Servicii funerare\nSolicitant: ").p(c.full, "PERSON").t(", tel. ").p(c.ph, "PHONE_NUMBER").t("\n\n")
    b.t("Bună seara, ruda noastră, ").p(d.full, "PERSON").t(", născut(ă) la ").p(fdate(pk, d.dob_d, rng=rng), "DATE_OF_BIRTH").t(" în ").p(town(pk, rng), "LOCATION")
    b.t(f", a decedat azi-noapte. Dorim înmormântarea la cimitirul Bellu. Pachetul standard de {rng.randint(4, 12)}.000 lei ne convine.\n\n")
    b.t(f"[Notă internă] Dricul de la sediul din Iași, sicriu cod S-{rng.randint(10, 99)}. Certificat de deces nr. {_dig(rng, 6)}.\n")
    return b.done()


@tpl("vi", "Zalo chat (music school)")
def t_vi_zalo(rng):
    pk = P["VN"]
    m, t = Who(pk, rng), Who(pk, rng)
    kid = rng.choice(pk["first"])
    b = B().t(f"{hm(rng)} ").p(m.full, "PERSON").t(": Chào cô ").p(t.f, "PERSON").t(", cho bé ").p(kid, "PERSON").t(" nghỉ buổi học đàn piano thứ Bảy nhé, bé bị sốt ạ\n")
    b.t(f"{hm(rng)} ").p(t.f, "PERSON").t(f": Dạ vâng chị. Em xếp học bù sáng Chủ nhật, phòng 204 Nhạc viện Hoa Sen. Học phí tháng 12 là {rng.randint(8, 30)}00.000 đ ạ\n")
    b.t(f"{hm(rng)} ").p(m.full, "PERSON").t(": Ok cô, chị chuyển khoản rồi. Địa chỉ gửi hoá đơn: ").p(m.addr, "STREET_ADDRESS").t(". SĐT ").p(m.ph, "PHONE_NUMBER").t("\n")
    return b.done()


@tpl("cy", "email (music school, Welsh)")
def t_cy_cerdd(rng):
    pk = P["CY"]
    p_, kid, t = Who(pk, rng), Who(pk, rng, 2010, 2018), Who(pk, rng)
    b = B().t("Annwyl ").p(p_.f, "PERSON").t(",\n\nDiolch am gofrestru ").p(kid.f, "PERSON").t(f" ar gyfer gwersi telyn yn Ysgol Gerdd Ceredigion. Bydd y gwersi ar ddydd Mawrth am {hm(rng)}.\n")
    b.t("Dyddiad geni ar y ffurflen: ").p(fdate(pk, kid.dob_d, rng=rng), "DATE_OF_BIRTH").t(f". Y ffi am y tymor yw £{rng.randint(90, 250)}.\n\nCofion,\n").p(t.full, "PERSON")
    b.t("\nYsgol Gerdd Ceredigion\n")
    lines, _ = address(pk, rng, multiline=True)
    b.addr_block(lines, sep=", ").t("\nFfôn: ").p(phone(pk, rng, "f"), "PHONE_NUMBER").t("\n")
    return b.done()


@tpl("de", "email with quoted reply (funeral)")
def t_de_bestattung(rng):
    pk = P["DE"]
    a, d, s = Who(pk, rng), Who(pk, rng, 1930, 1960), Who(pk, rng)
    b = B().t("Sehr geehrte Frau ").p(a.l, "PERSON").t(",\n\nanbei die Rechnung Nr. RE-" + _dig(rng, 5) + " über " + f"{rng.randint(3, 9)}.{_dig(rng, 3)},00 €" + " für die Trauerfeier. ")
    b.t("Bitte überweisen Sie den Betrag auf unser Konto ").p(iban(rng, "DE"), "IBAN_CODE").t(" (BIC COBADEFFXXX).\n\nMit freundlichen Grüßen\n").p(s.full, "PERSON")
    b.t("\nBestattungshaus Lindner & Söhne\n")
    lines, _ = address(pk, rng, multiline=True)
    b.addr_block(lines).t("\nTel. ").p(phone(pk, rng, "f"), "PHONE_NUMBER").t("\n\nAm " + cdate(rng, "{d:02}.{m:02}.{y}") + " schrieb ").p(a.full, "PERSON").t(":\n")
    b.t("> Meine Mutter ").p(d.full, "PERSON").t(", geb. ").p(fdate(pk, d.dob_d, rng=rng), "DATE_OF_BIRTH").t(" in ").p(town(pk, rng), "LOCATION").t(", soll neben meinem Vater beigesetzt werden.\n> Rückruf bitte unter ").p(a.ph, "PHONE_NUMBER").t("\n")
    return b.done()


@tpl("de", "config + log (German comments)")
def t_de_config(rng):
    b = B().t(f"# Paketstation-Gateway – Konfiguration (Version {version(rng)})\n# ACHTUNG: Schlüssel nicht einchecken!\n[gateway]\nhost = {private_ip(rng)}\nport = 8443\napi_key = ")
    b.p(api_key(rng, rng.choice([0, 1, 5])), "API_KEY").t(f"\nsession_secret_hash = {sha(rng)}\n\n[smtp]\nuser = ").p(role_email(rng, "paketbox.de"), "EMAIL_ADDRESS").t("\npasswort = ").p(password(rng), "PASSWORD")
    b.t(f"\n\n2026-11-{rng.randint(1, 28):02} {hm(rng)}:12 WARN Verbindung von ").p(_ip_public_v4(rng), "IP_ADDRESS").t(f" abgelehnt (Station {ch(rng, 'Köln Hbf', 'Leipzig Süd')}, Fach {rng.randint(1, 80)})\n")
    return b.done()


@tpl("fr", "email (dog boarding)")
def t_fr_pension(rng):
    pk = P["FR"]
    c, s = Who(pk, rng), Who(pk, rng)
    dog = pet(rng)
    b = B().t("Bonjour Madame ").p(c.l, "PERSON").t(",\n\nNous confirmons la réservation de " + dog + f" à la pension canine du {cdate(rng, '{d:02}/{m:02}', 0)} au {cdate(rng, '{d:02}/{m:02}', 0)} (réf. PC-{_dig(rng, 5)}). ")
    b.t(f"L'acompte de {rng.randint(30, 150)} € peut être réglé par virement sur ").p(iban(rng, "FR"), "IBAN_CODE").t(". Merci d'apporter le carnet de vaccination.\n\nCordialement,\n").p(s.f, "PERSON")
    b.t(" – Pension Les Truffes, site de Dijon\n").p(phone(pk, rng, "f"), "PHONE_NUMBER").t("\n\n--- Message d'origine ---\nDe : ").p(c.full, "PERSON").t(" <").p(c.em, "EMAIL_ADDRESS").t(">\nJe pars à ")
    b.p(ch(rng, "Montréal", "Dakar", "Lisbonne", "Marseille"), "LOCATION").t(" pour Noël, mon conjoint ").p(first(pk, rng), "PERSON").t(" déposera le chien. Mon portable : ").p(c.ph, "PHONE_NUMBER").t("\n")
    return b.done()


@tpl("fr", "OCR'd form (tenant file)")
def t_fr_dossier(rng):
    pk = P["FR"]
    c, g = Who(pk, rng, 1965, 2003), Who(pk, rng)
    b = B().t(f"D0SSIER DE LOCATION   n° {_dig(rng, 6)}\nNom : ").p(c.l.upper(), "PERSON").t("   Prénom : ").p(c.f, "PERSON").t("\nNé(e) le : ").p(fdate(pk, c.dob_d, "{d:02}/{m:02}/{y}"), "DATE_OF_BIRTH")
    b.t(" à ").p(town(pk, rng), "LOCATION").t("\nAdresse actuelle : ").p(c.addr, "STREET_ADDRESS").t("\nTél : ").p(c.ph, "PHONE_NUMBER")
    b.t(f"\nRevenus mensuels nets : {rng.randint(1500, 5000)} €   Employeur : {ch(rng, 'Michelin', 'La Poste', 'Decathlon')}\nGarant : ").p(g.full, "PERSON")
    b.t(f"   Lien : {ch(rng, 'père', 'mère', 'oncle')}\nRIB : ").p(iban(rng, "FR"), "IBAN_CODE").t(f"   BIC : BNPAFRPP\nLogement demandé : T2, agence Lille-Centre, loyer {rng.randint(500, 1100)} €\n")
    return b.done()


@tpl("nl", "WhatsApp chat (solar panels)")
def t_nl_zonnepanelen(rng):
    pk = P["NL"]
    c, m = Who(pk, rng), Who(pk, rng)
    d = cdate(rng, "{d:02}-{m:02}-{y}")
    b = B().t(f"{d} {hm(rng)} - ").p(m.f, "PERSON").t(f" (ZonneDak): Goedemorgen! De monteurs komen donderdag voor de {rng.randint(8, 16)} panelen. Omvormer type SE{rng.randint(3, 8)}000H\n")
    b.t(f"{d} {hm(rng)} - ").p(c.full, "PERSON").t(": Top. Adres blijft ").p(c.addr, "STREET_ADDRESS").t(". Aanbetaling gaat van ").p(iban(rng, "NL"), "IBAN_CODE").t("\n")
    b.t(f"{d} {hm(rng)} - ").p(m.f, "PERSON").t(f": Prima, factuur F{_dig(rng, 6)} volgt per mail. Netbeheerder aanvraag {ref(rng, 'NB', 8)}\n")
    b.t(f"{d} {hm(rng)} - ").p(c.full, "PERSON").t(": Mijn partner ").p(first(pk, rng), "PERSON").t(" is thuis, nummer ").p(phone(pk, rng, "m"), "PHONE_NUMBER").t("\n")
    return b.done()


@tpl("it", "ticket (parcel locker)")
def t_it_locker(rng):
    pk = P["IT"]
    c = Who(pk, rng)
    b = B().t(f"Ticket {ref(rng, 'TK-', 6)} · Categoria: Locker\nCliente: ").p(c.full, "PERSON").t(" (").p(c.em, "EMAIL_ADDRESS").t(")\n\n")
    b.t(f"Buongiorno, il locker di {ch(rng, 'Stazione Centrale', 'Esselunga viale Monza', 'Porta Nuova')} non si apre con il codice {_dig(rng, 6)}. Spedizione {ref(rng, 'IT', 12)}. ")
    b.t("Potete riconsegnare a casa? ").p(c.addr, "STREET_ADDRESS").t(", citofono ").p(c.l, "PERSON").t(". Cell. ").p(c.ph, "PHONE_NUMBER").t("\n\n")
    b.t(f"[Nota interna] Locker in manutenzione (firmware {version(rng)}), IP {private_ip(rng)}. Riconsegna programmata.\n")
    return b.done()


@tpl("pl", "form dump (courier return)")
def t_pl_zwrot(rng):
    pk = P["PL"]
    c = Who(pk, rng)
    b = B().t(f"FORMULARZ ZWROTU  nr {ref(rng, 'ZW/', 6)}\nImię: ").p(c.f, "PERSON").t("\nNazwisko: ").p(c.l, "PERSON").t("\nAdres: ").p(c.addr, "STREET_ADDRESS")
    b.t("\nTelefon: ").p(c.ph, "PHONE_NUMBER").t("\nE-mail: ").p(c.em, "EMAIL_ADDRESS").t(f"\nNumer paczki: {_dig(rng, 24)}\nPaczkomat nadania: {ch(rng, 'WAW123M', 'KRA45A', 'GDA08N')}\n")
    b.t("Numer konta do zwrotu: ").p(iban(rng, "PL"), "IBAN_CODE").t(f"\nKwota: {rng.randint(30, 900)},{rng.randint(0, 99):02} zł\nData zakupu: {cdate(rng, '{d:02}.{m:02}.{y}', 30)}\n")
    return b.done()


# ===========================================================================
# Structured tables
# ===========================================================================
_PLACE = ("N/A", "-", "unknown", "n/a", "")


def _build(rows, rng, pk, spec, lo=1938, hi=2008):
    people = [Who(pk, rng, lo, hi) for _ in range(rows)]
    cols = []
    for name, entity, fn, blank, ph in spec:
        vals: list[str | None] = []
        for w in people:
            r = rng.random()
            if r < blank:
                vals.append(None)
            elif ph and r < blank + 0.04:
                vals.append(rng.choice(_PLACE[:4]))
            else:
                v = fn(w, rng)
                assert isinstance(v, str) and v, (name, v)
                vals.append(v)
        cols.append(Column(name=name, entity=entity, values=vals))
    return cols


def _bool(rng, style=0):
    return rng.choice([("true", "false"), ("Y", "N"), ("1", "0"), ("yes", "no")][style])


def _tb_funeral_arrangements(rows, rng):
    pk = P["GB"]
    return _build(rows, rng, pk, [
        ("case_ref", None, lambda w, r: f"FD-{r.randint(2019, 2026)}-{_dig(r, 4)}", 0, False),
        ("deceased_name", "PERSON", lambda w, r: w.full, 0, False),
        ("Date of Birth", "DATE_OF_BIRTH", lambda w, r: fdate(pk, w.dob_d, "{d:02}/{m:02}/{y}"), 0.05, True),
        ("place_of_birth", "LOCATION", lambda w, r: town(pk, r), 0.3, True),
        ("date_of_death", None, lambda w, r: other_date(r, pk, 300, 0), 0, False),
        ("addr1", "STREET_ADDRESS", lambda w, r: w.addr, 0.05, False),
        ("nok_first", "PERSON", lambda w, r: first(pk, r), 0.1, False),
        ("nok_surname", "PERSON", lambda w, r: last(pk, r), 0.1, False),
        ("nok_tel", "PHONE_NUMBER", lambda w, r: phone(pk, r), 0.15, True),
        ("nok_email", "EMAIL_ADDRESS", lambda w, r: email(r, first(pk, r), w.l, pk), 0.35, False),
        ("service_date", None, lambda w, r: other_date(r, pk, 30, 30), 0.1, False),
        ("service_venue", None, lambda w, r: r.choice(["St Mary's Church", "Harrogate Crematorium", "Stonefall Chapel", "St John the Baptist", "Our Lady of Lourdes RC Church"]), 0, False),
        ("coffin_code", None, lambda w, r: f"OV-{r.randint(10, 99)}{r.choice('ABC')}", 0.2, False),
        ("cremation", None, lambda w, r: _bool(r, 1), 0, False),
        ("fee_total_gbp", None, lambda w, r: f"{r.randint(1800, 7400)}.{r.randint(0, 99):02}", 0, False),
        ("deposit_card_last4", None, lambda w, r: _dig(r, 4), 0.4, False),
        ("director_branch", None, lambda w, r: r.choice(["Leeds", "Harrogate", "Ripon", "Knaresborough"]), 0, False),
        ("obituary_published", None, lambda w, r: _bool(r, 0), 0, False),
        ("address_type", None, lambda w, r: r.choice(["home", "care home", "hospital", "hospice"]), 0.1, False),
        ("nok_email_consent", None, lambda w, r: _bool(r, 2), 0.2, False),
        ("created_at", None, lambda w, r: ts(r), 0, False),
    ], 1925, 1965)


def _tb_obituary_notices(rows, rng):
    pk = P["IE"]
    return _build(rows, rng, pk, [
        ("NoticeId", None, lambda w, r: f"RIP{_dig(r, 6)}", 0, False),
        ("DeceasedName", "PERSON", lambda w, r: w.full, 0, False),
        ("Townland", "LOCATION", lambda w, r: town(pk, r), 0.2, False),
        ("BornOn", "DATE_OF_BIRTH", lambda w, r: fdate(pk, w.dob_d, rng=r), 0.45, True),
        ("Publication", None, lambda w, r: r.choice(["Irish Independent", "RIP.ie", "Clare Champion", "Kerryman"]), 0, False),
        ("PublishDate", None, lambda w, r: other_date(r, pk, 60, 0), 0, False),
        ("WordCount", None, lambda w, r: str(r.randint(40, 400)), 0, False),
        ("PriceEUR", None, lambda w, r: f"{r.randint(40, 300)}.00", 0, False),
        ("PaidBy", "PERSON", lambda w, r: f"{last(pk, r)}, {first(pk, r)}", 0.1, False),
        ("PayerPhone", "PHONE_NUMBER", lambda w, r: w.ph, 0.2, True),
        ("PayerIBAN", "IBAN_CODE", lambda w, r: iban(r, "IE"), 0.5, False),
        ("Status", None, lambda w, r: r.choice(["draft", "proofed", "live", "archived"]), 0, False),
        ("ProofHash", None, lambda w, r: sha(r), 0, False),
        ("PhotoFile", None, lambda w, r: f"IMG_{_dig(r, 4)}.jpg", 0.3, False),
        ("FuneralHome", None, lambda w, r: r.choice(["Kennedy's Funeral Home", "O'Brien & Sons Undertakers", "Walsh Funeral Directors"]), 0, False),
        ("ChurchTown", None, lambda w, r: r.choice(["Ennis", "Athlone", "Tralee"]), 0, False),
    ], 1925, 1965)


def _tb_tenants(rows, rng):
    pk = P["NL"]
    return _build(rows, rng, pk, [
        ("contractnummer", None, lambda w, r: f"HC-{_dig(r, 6)}", 0, False),
        ("huurder_voornaam", "PERSON", lambda w, r: w.f, 0, False),
        ("achternaam", "PERSON", lambda w, r: w.l, 0, False),
        ("geboortedatum", "DATE_OF_BIRTH", lambda w, r: fdate(pk, w.dob_d, "{d:02}-{m:02}-{y}"), 0.1, True),
        ("adres", "STREET_ADDRESS", lambda w, r: w.addr, 0, False),
        ("woonplaats_vorige", "LOCATION", lambda w, r: town(pk, r), 0.4, True),
        ("telefoon", "PHONE_NUMBER", lambda w, r: w.ph, 0.1, False),
        ("e-mail", "EMAIL_ADDRESS", lambda w, r: w.em, 0.15, False),
        ("IBAN", "IBAN_CODE", lambda w, r: iban(r, "NL"), 0.2, False),
        ("huurprijs", None, lambda w, r: f"€ {r.randint(700, 2200)},00", 0, False),
        ("borg", None, lambda w, r: f"{r.randint(700, 4400)}", 0, False),
        ("ingangsdatum", None, lambda w, r: other_date(r, pk, 900, 30), 0, False),
        ("kantoor", None, lambda w, r: r.choice(["Utrecht", "Haarlem", "Leiden"]), 0, False),
        ("energielabel", None, lambda w, r: r.choice("ABCDEFG"), 0, False),
        ("huisdier", None, lambda w, r: pet(r), 0.6, False),
        ("sleutels", None, lambda w, r: str(r.randint(1, 4)), 0, False),
        ("iban_geverifieerd", None, lambda w, r: _bool(r, 0), 0, False),
        ("telefoon_type", None, lambda w, r: r.choice(["mobiel", "vast", "werk"]), 0.1, False),
    ], 1950, 2005)


def _tb_maintenance(rows, rng):
    pk = P["AU"]
    return _build(rows, rng, pk, [
        ("requestId", None, lambda w, r: f"MR{_dig(r, 7)}", 0, False),
        ("tenantName", "PERSON", lambda w, r: w.full, 0, False),
        ("propertyAddress", "STREET_ADDRESS", lambda w, r: w.addr, 0, False),
        ("contactPhone", "PHONE_NUMBER", lambda w, r: w.ph, 0.05, False),
        ("reportedAt", None, lambda w, r: ts(r), 0, False),
        ("category", None, lambda w, r: r.choice(["plumbing", "electrical", "appliance", "pest", "garden"]), 0, False),
        ("priority", None, lambda w, r: r.choice(["P1", "P2", "P3"]), 0, False),
        ("contractorCompany", None, lambda w, r: r.choice(["Jim's Plumbing", "Kelly & Sons Electrical", "Mr Sparky", "Dave Smith Handyman Pty Ltd"]), 0.2, False),
        ("tradieFirstName", "PERSON", lambda w, r: first(pk, r), 0.3, False),
        ("quoteAmount", None, lambda w, r: amount(r), 0.3, False),
        ("invoiceNo", None, lambda w, r: f"INV-{_dig(r, 5)}", 0.5, False),
        ("photoUuid", None, lambda w, r: uid(r), 0.4, False),
        ("accessCode", None, lambda w, r: _dig(r, 4), 0.5, False),
        ("gpsLatLng", None, lambda w, r: gps(r), 0.2, False),
        ("status", None, lambda w, r: r.choice(["open", "scheduled", "done"]), 0, False),
        ("depot", None, lambda w, r: r.choice(["Geelong", "Fremantle", "Glenelg"]), 0, False),
    ])


def _tb_music_students(rows, rng):
    pk = P["DE"]
    return _build(rows, rng, pk, [
        ("Schülernummer", None, lambda w, r: f"S{_dig(r, 5)}", 0, False),
        ("Vorname", "PERSON", lambda w, r: w.f, 0, False),
        ("Nachname", "PERSON", lambda w, r: w.l, 0, False),
        ("Geburtsdatum", "DATE_OF_BIRTH", lambda w, r: fdate(pk, w.dob_d, rng=r), 0.05, False),
        ("Instrument", None, lambda w, r: r.choice(["Klavier", "Geige", "Querflöte", "Cello", "Schlagzeug"]), 0, False),
        ("Erziehungsberechtigte", "PERSON", lambda w, r: f"{first(pk, r)} {w.l}", 0.2, False),
        ("Telefon", "PHONE_NUMBER", lambda w, r: w.ph, 0.1, True),
        ("E-Mail", "EMAIL_ADDRESS", lambda w, r: w.em, 0.2, False),
        ("Straße", "STREET_ADDRESS", lambda w, r: w.addr, 0.1, False),
        ("IBAN (Lastschrift)", "IBAN_CODE", lambda w, r: iban(r, "DE"), 0.3, False),
        ("Eintrittsdatum", None, lambda w, r: other_date(r, pk, 1500, 0), 0, False),
        ("Raum", None, lambda w, r: f"R{r.randint(1, 3)}.{r.randint(1, 20):02}", 0, False),
        ("Gebühr", None, lambda w, r: f"{r.randint(40, 120)},00 €", 0, False),
        ("Prüfungsstufe", None, lambda w, r: f"D{r.randint(1, 3)}", 0.5, False),
        ("Notenheft", None, lambda w, r: r.choice(["Bach – Inventionen", "Czerny op. 599", "Suzuki Violin Vol. 2", "Mozart Sonaten KV 545"]), 0.2, False),
        ("Ermäßigung", None, lambda w, r: r.choice(["keine", "Geschwister", "Sozial"]), 0, False),
        ("Zweigstelle", None, lambda w, r: r.choice(["Leipzig", "Dresden", "Kassel"]), 0, False),
        ("geburtsdatum_geprueft", None, lambda w, r: _bool(r, 0), 0, False),
        ("zuletzt_geaendert", None, lambda w, r: ts(r), 0, False),
    ], 2005, 2020)


def _tb_exam_entries(rows, rng):
    pk = P["US"]
    return _build(rows, rng, pk, [
        ("entry_id", None, lambda w, r: f"EX{_dig(r, 6)}", 0, False),
        ("candidate", "PERSON", lambda w, r: w.full, 0, False),
        ("dob", "DATE_OF_BIRTH", lambda w, r: fdate(pk, w.dob_d, "{m:02}/{d:02}/{y}"), 0.1, False),
        ("field_3", "PERSON", lambda w, r: f"{first(pk, r)} {w.l}", 0.2, False),
        ("tel", "PHONE_NUMBER", lambda w, r: w.ph, 0.1, False),
        ("attr2", "EMAIL_ADDRESS", lambda w, r: w.em, 0.25, False),
        ("exam_board", None, lambda w, r: r.choice(["ABRSM", "RCM", "Trinity", "MTNA"]), 0, False),
        ("grade", None, lambda w, r: str(r.randint(1, 8)), 0, False),
        ("session_date", None, lambda w, r: other_date(r, pk, 10, 120), 0, False),
        ("centre", None, lambda w, r: r.choice(["Columbus", "Raleigh", "Albany"]), 0, False),
        ("fee_usd", None, lambda w, r: f"{r.randint(60, 240)}.00", 0, False),
        ("card_number", "CREDIT_CARD", lambda w, r: card(r), 0.4, False),
        ("card_exp", None, lambda w, r: f"{r.randint(1, 12):02}/{r.randint(27, 31)}", 0.4, False),
        ("card_last4", None, lambda w, r: _dig(r, 4), 0.4, False),
        ("accompanist_company", None, lambda w, r: r.choice(["Steinway Piano Gallery", "Sam Ash Music", "Schmitt Music"]), 0.5, False),
        ("score", None, lambda w, r: str(r.randint(90, 150)), 0.3, False),
        ("certificate_no", None, lambda w, r: f"C-{_dig(r, 8)}", 0.3, False),
    ], 2006, 2018)


def _tb_locker_events(rows, rng):
    pk = P["PL"]
    return _build(rows, rng, pk, [
        ("event.id", None, lambda w, r: uid(r), 0, False),
        ("event.ts", None, lambda w, r: ts(r), 0, False),
        ("locker.code", None, lambda w, r: f"{r.choice(['WAW', 'KRA', 'GDA', 'POZ'])}{r.randint(1, 300)}{r.choice('AMN')}", 0, False),
        ("locker.miasto", None, lambda w, r: r.choice(["Warszawa", "Kraków", "Gdańsk"]), 0, False),
        ("odbiorca.imie", "PERSON", lambda w, r: w.f, 0.05, False),
        ("odbiorca.nazwisko", "PERSON", lambda w, r: w.l, 0.05, False),
        ("odbiorca.tel", "PHONE_NUMBER", lambda w, r: w.ph, 0, False),
        ("odbiorca.email", "EMAIL_ADDRESS", lambda w, r: w.em, 0.3, False),
        ("parcel.tracking", None, lambda w, r: _dig(r, 24), 0, False),
        ("parcel.size", None, lambda w, r: r.choice("ABC"), 0, False),
        ("pickup.code", None, lambda w, r: _dig(r, 6), 0, False),
        ("device.imei", None, lambda w, r: imei(r), 0, False),
        ("device.fw", None, lambda w, r: version(r), 0, False),
        ("client.ip", "IP_ADDRESS", lambda w, r: _ip_public_v4(r) if r.random() < 0.8 else _ip_public_v6(r), 0.2, False),
        ("gateway.ip", None, lambda w, r: private_ip(r), 0, False),
        ("parcel.weight_kg", None, lambda w, r: f"{r.uniform(0.1, 25):.2f}", 0, False),
    ])


def _tb_courier_returns(rows, rng):
    pk = P["CAT"]
    return _build(rows, rng, pk, [
        ("Número Devolució", None, lambda w, r: f"DEV-{_dig(r, 7)}", 0, False),
        ("Nom Client", "PERSON", lambda w, r: f"{w.f} {w.l} {last(pk, r)}", 0, False),
        ("Adreça Recollida", "STREET_ADDRESS", lambda w, r: w.addr, 0.1, False),
        ("Població Residència", "LOCATION", lambda w, r: w.town, 0.2, True),
        ("Telèfon", "PHONE_NUMBER", lambda w, r: w.ph, 0.05, False),
        ("Correu", "EMAIL_ADDRESS", lambda w, r: w.em, 0.2, False),
        ("IBAN Reemborsament", "IBAN_CODE", lambda w, r: iban(r, "ES"), 0.35, False),
        ("Comanda", None, lambda w, r: f"{r.randint(100, 999)}-{_dig(r, 7)}-{_dig(r, 7)}", 0, False),
        ("Import", None, lambda w, r: f"{r.randint(5, 400)},{r.randint(0, 99):02} €", 0, False),
        ("Motiu", None, lambda w, r: r.choice(["talla incorrecta", "defectuós", "no m'agrada", "arribat tard"]), 0, False),
        ("Data Recollida", None, lambda w, r: other_date(r, pk, 30, 10), 0, False),
        ("Transportista", None, lambda w, r: r.choice(["SEUR", "Correos Express", "MRW", "GLS"]), 0, False),
        ("Hash Etiqueta", None, lambda w, r: sha(r)[:32], 0, False),
        ("Targeta", None, lambda w, r: masked_card(r), 0.3, False),
        ("Nom Producte", None, lambda w, r: r.choice(["adidas Stan Smith", "Levi's 501", "Tommy Hilfiger polo", "Ray-Ban Wayfarer"]), 0, False),
        ("Punt de Recollida", None, lambda w, r: r.choice(["Estanc Cal Pere", "Papereria Montse", "Bonpreu Vic"]), 0.4, False),
        ("Magatzem", None, lambda w, r: r.choice(["Sabadell", "Vic"]), 0, False),
    ])


def _tb_grooming_owners(rows, rng):
    pk = P["US"]
    return _build(rows, rng, pk, [
        ("CLIENT_ID", None, lambda w, r: f"C{_dig(r, 6)}", 0, False),
        ("OWNER_FIRST", "PERSON", lambda w, r: w.f, 0, False),
        ("OWNER_LAST", "PERSON", lambda w, r: w.l, 0.05, False),
        ("PHONE", "PHONE_NUMBER", lambda w, r: w.ph, 0.05, True),
        ("EMAIL", "EMAIL_ADDRESS", lambda w, r: w.em, 0.2, False),
        ("HOME_ADDR", "STREET_ADDRESS", lambda w, r: w.addr, 0.3, False),
        ("CardOnFile", "CREDIT_CARD", lambda w, r: card(r), 0.5, False),
        ("AutopayAcct", "US_BANK_NUMBER", lambda w, r: us_acct(r), 0.6, False),
        ("RoutingNumber", None, lambda w, r: routing(r), 0.6, False),
        ("DOG_NAME", None, lambda w, r: pet(r), 0, False),
        ("BREED", None, lambda w, r: r.choice(["Goldendoodle", "Shih Tzu", "Labrador", "Bernese", "Cavalier King Charles"]), 0, False),
        ("WEIGHT_LB", None, lambda w, r: str(r.randint(6, 110)), 0, False),
        ("LAST_VISIT", None, lambda w, r: other_date(r, None, 200, 0), 0.1, False),
        ("VaccineExpiry", None, lambda w, r: other_date(r, None, 30, 300), 0.2, False),
        ("CardLast4", None, lambda w, r: _dig(r, 4), 0.5, False),
        ("EmailVerified", None, lambda w, r: _bool(r, 0), 0, False),
        ("PhoneType", None, lambda w, r: r.choice(["mobile", "home", "work"]), 0, False),
        ("SalonLocation", None, lambda w, r: r.choice(["Tucson", "Boise", "Plano"]), 0, False),
        ("MicrochipId", None, lambda w, r: f"985{_dig(r, 12)}", 0.4, False),
    ])


def _tb_kennel_bookings(rows, rng):
    pk = P["FR"]
    return _build(rows, rng, pk, [
        ("id_reservation", None, lambda w, r: f"PC{_dig(r, 6)}", 0, False),
        ("proprietaire", "PERSON", lambda w, r: f"{w.l.upper()} {w.f}", 0, False),
        ("ne_le", "DATE_OF_BIRTH", lambda w, r: fdate(pk, w.dob_d, rng=r), 0.5, True),
        ("tel_portable", "PHONE_NUMBER", lambda w, r: phone(pk, r, "m"), 0.05, False),
        ("courriel", "EMAIL_ADDRESS", lambda w, r: w.em, 0.15, False),
        ("adresse", "STREET_ADDRESS", lambda w, r: w.addr, 0.1, False),
        ("ville_residence", "LOCATION", lambda w, r: w.town, 0.1, False),
        ("col_7", "IBAN_CODE", lambda w, r: iban(r, "FR"), 0.4, False),
        ("nom_du_chien", None, lambda w, r: pet(r), 0, False),
        ("race", None, lambda w, r: r.choice(["Berger australien", "Bouledogue français", "Labrador", "Caniche"]), 0, False),
        ("arrivee", None, lambda w, r: other_date(r, pk, 20, 40), 0, False),
        ("depart", None, lambda w, r: other_date(r, pk, 0, 60), 0, False),
        ("box", None, lambda w, r: f"B{r.randint(1, 40)}", 0, False),
        ("tarif_nuit", None, lambda w, r: f"{r.randint(18, 45)},00", 0, False),
        ("vaccin_ok", None, lambda w, r: r.choice(["oui", "non"]), 0, False),
        ("site", None, lambda w, r: r.choice(["Dijon", "Rennes", "Lille"]), 0, False),
        ("puce", None, lambda w, r: f"250{_dig(r, 12)}", 0.2, False),
        ("code_portail", None, lambda w, r: _dig(r, 4) + r.choice(["A", "B", "#"]), 0.3, False),
        ("carte", None, lambda w, r: masked_card(r), 0.3, False),
        ("statut", None, lambda w, r: r.choice(["confirmée", "annulée", "en attente"]), 0, False),
    ], 1950, 2004)


def _tb_solar_surveys(rows, rng):
    pk = P["US"]
    return _build(rows, rng, pk, [
        ("survey_id", None, lambda w, r: f"SV-{_dig(r, 6)}", 0, False),
        ("HomeownerName", "PERSON", lambda w, r: w.full, 0, False),
        ("ssn", "US_SSN", lambda w, r: ssn(r, r.random() < 0.7), 0.3, False),
        ("Date of Birth", "DATE_OF_BIRTH", lambda w, r: fdate(pk, w.dob_d, rng=r), 0.2, False),
        ("service address", "STREET_ADDRESS", lambda w, r: w.addr, 0, False),
        ("mobile", "PHONE_NUMBER", lambda w, r: w.ph, 0.05, False),
        ("email", "EMAIL_ADDRESS", lambda w, r: w.em, 0.1, False),
        ("bank_acct", "US_BANK_NUMBER", lambda w, r: us_acct(r), 0.45, False),
        ("routing_no", None, lambda w, r: routing(r), 0.45, False),
        ("portal_pwd", "PASSWORD", lambda w, r: password(r), 0.5, False),
        ("password_changed_at", None, lambda w, r: ts(r), 0.5, False),
        ("roof_pitch_deg", None, lambda w, r: str(r.randint(10, 45)), 0, False),
        ("azimuth", None, lambda w, r: str(r.randint(90, 270)), 0, False),
        ("kw_dc", None, lambda w, r: f"{r.uniform(4, 16):.2f}", 0, False),
        ("panel_model", None, lambda w, r: r.choice(["REC Alpha Pure-R 410", "Qcells Q.PEAK DUO 400", "Maxeon 6 AC 420"]), 0, False),
        ("inverter_fw", None, lambda w, r: version(r), 0, False),
        ("site_gps", None, lambda w, r: gps(r), 0, False),
        ("utility_account_no", None, lambda w, r: f"{_dig(r, 4)}-{_dig(r, 5)}-{_dig(r, 1)}", 0.2, False),
        ("surveyor_branch", None, lambda w, r: r.choice(["Tucson", "Raleigh", "Eugene"]), 0, False),
        ("loan_amount", None, lambda w, r: amount(r), 0.3, False),
        ("credit_band", None, lambda w, r: r.choice(["A", "B", "C", "declined"]), 0.3, False),
    ], 1945, 1998)


def _tb_heatpump_app(rows, rng):
    pk = P["SI"]
    return _build(rows, rng, pk, [
        ("user_uuid", None, lambda w, r: uid(r), 0, False),
        ("ime", "PERSON", lambda w, r: w.f, 0, False),
        ("priimek", "PERSON", lambda w, r: w.l, 0.05, False),
        ("e_posta", "EMAIL_ADDRESS", lambda w, r: w.em, 0, False),
        ("geslo", "PASSWORD", lambda w, r: password(r), 0.55, False),
        ("geslo_hash", None, lambda w, r: bcrypt(r), 0, False),
        ("geslo_spremenjeno", None, lambda w, r: other_date(r, pk, 700, 0), 0.2, False),
        ("api_kljuc", "API_KEY", lambda w, r: api_key(r), 0.6, False),
        ("pub_key", None, lambda w, r: pub_key(r), 0.3, False),
        ("zadnji_ip", "IP_ADDRESS", lambda w, r: _ip_public_v4(r) if r.random() < 0.7 else _ip_public_v6(r), 0.1, False),
        ("notranji_ip", None, lambda w, r: private_ip(r), 0, False),
        ("naslov", "STREET_ADDRESS", lambda w, r: w.addr, 0.2, False),
        ("GSM", "PHONE_NUMBER", lambda w, r: w.ph, 0.15, True),
        ("tip_telefona", None, lambda w, r: r.choice(["mobilni", "stacionarni"]), 0, False),
        ("app_verzija", None, lambda w, r: version(r), 0, False),
        ("naprava_serial", None, lambda w, r: f"HP{_alnum(r, 10, string.ascii_uppercase + string.digits)}", 0, False),
        ("session_id", None, lambda w, r: session_id(r), 0.3, False),
        ("email_verified", None, lambda w, r: _bool(r, 0), 0, False),
        ("ustvarjeno", None, lambda w, r: ts(r), 0, False),
    ])


TABLES = {
    "funeral_arrangements": _tb_funeral_arrangements,
    "obituary_notices": _tb_obituary_notices,
    "huurders": _tb_tenants,
    "maintenance_requests": _tb_maintenance,
    "musikschule_schueler": _tb_music_students,
    "exam_entries": _tb_exam_entries,
    "paczkomat_events": _tb_locker_events,
    "devolucions": _tb_courier_returns,
    "grooming_owners": _tb_grooming_owners,
    "pension_reservations": _tb_kennel_bookings,
    "solar_surveys": _tb_solar_surveys,
    "heatpump_app_users": _tb_heatpump_app,
}


# ===========================================================================
# public API + checks
# ===========================================================================
def _luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        tot += x
    return tot % 10 == 0


def _check_value(v, label, region=None):
    if label == "CREDIT_CARD":
        assert _luhn_ok(v), v
    elif label == "US_SSN":
        d = v.replace("-", "")
        assert len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000", v
    elif label == "PHONE_NUMBER" and region:
        assert _pn.is_valid_number(_pn.parse(v, region)), (v, region)


_REGION = {"en-US": "US", "en-GB": "GB", "en-CA": "CA", "en-AU": "AU", "en-IN": "IN", "en-IE": "IE", "en-NZ": "NZ", "en-ZA": "ZA",
           "en-SG": "SG", "en-NG": "NG", "en-KE": "KE", "ca": "ES", "gl": "ES", "eu": "ES", "is": "IS", "af": "ZA", "tl": "PH",
           "ms": "MY", "sl": "SI", "et": "EE", "tr": "TR", "ro": "RO", "vi": "VN", "cy": "GB", "de": "DE", "fr": "FR", "nl": "NL",
           "it": "IT", "pl": "PL", "en": "US"}


def free_text(n: int, seed: int) -> list[Text]:
    out = []
    for i in range(n):
        k = i % len(TEMPLATES)
        rng = random.Random(f"scree-{seed}-{i}")
        t = TEMPLATES[k](rng)
        region = _REGION[_META[k][1]]
        prev = 0
        for a, b_, lab in t.spans:
            v = t.text[a:b_]
            assert a >= prev and v == v.strip() and (v[-1] not in ",;:!?)\"'" or lab in ("PASSWORD", "API_KEY")) and (v[0] not in "(\"'[<" or lab == "PHONE_NUMBER"), (t.text, v)
            _check_value(v, lab, region)
            prev = b_
        out.append(t)
    return out


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out = {}
    for name, fn in TABLES.items():
        rng = random.Random(f"scree-{seed}-{name}")
        cols = fn(rows, rng)
        for c in cols:
            assert len(c.values) == rows and (c.entity is None or c.entity in LABELS)
            if c.entity in ("CREDIT_CARD", "US_SSN"):
                for v in c.values:
                    if v and v not in _PLACE:
                        _check_value(v, c.entity)
        out[name] = cols
    return out
