"""Accuracy split "jetty": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date: helper "jetty", 2026-11-27 (fixed "today" used for every relative date: 2026-11-27).

Independence: written from the author prompt alone (the brief given to helper "jetty", which restated the
label conventions and the exact definitions of LABELS, Text, Column, _luhn, _iban_of, _ip_public_v4 and
_ip_public_v6 imported from accuracy_data), plus `ls bench/` (file names only), plus outputs of Faker
(name providers: first_name_female/first_name_male/last_name) and phonenumbers (parse, is_valid_number,
format_number) run locally. Nothing else in the repository was opened: not accuracy_data.py, not any other
split, not the rules, the scanner package, tests, docs or results. The scanner was never read or run, and
neither was Presidio. No web search.

API
---
free_text(n, seed) -> list[Text]: text i renders TEMPLATES[i % len(TEMPLATES)] with its own
    random.Random(f"jetty-{seed}-{i}-...") stream (the benchmark calls free_text(500, 7)).
structured(rows, seed) -> dict[str, list[Column]]: 12 tables, every column `rows` values long
    (the benchmark calls structured(150, 11)).
TEMPLATES: list of 61 template functions (rng -> Text).
Deterministic: string seeds only (random.Random(str) hashes with SHA-512), each Faker instance re-seeded from
the split's rng before every use, no clock, no set iteration, no hash() of strings. Both calls take ~2-3 s.

Domains: mobile network operator customer care, charity donor management, gym memberships, removals /
moving company, university admissions, car rental (plus generic logs/config of the same companies).

Languages (free text, 61 templates)
-----------------------------------
English 33 (54%): US 8, GB 6, IE 3, AU 3, CA 3, IN 3, NZ 2, SG 2, ZA 1, NG 1, KE 1.
Other 28 (46%, 17 languages): Catalan 2, Icelandic 2, Afrikaans 2, Tagalog/Taglish 2, Malay 2, Estonian 2,
Slovenian 2, Turkish 2, Romanian 2, Vietnamese 1, Lithuanian 1 (11 from the "rarely used" list),
German 2, French 2, Dutch 1, Polish 1, Italian 1, Portuguese 1.
Names, towns, streets, postcodes, phone numbers and date formats follow each text's country (hand-made
town/street/postcode tables per country; Faker names where the locale exists, hand lists for SG, ZA
Afrikaans, PH, MY, Catalan and VN).

Shapes: e-mails with signatures and '>'-quoted replies, forwarded mail, WhatsApp / Teams / Slack / live-chat
exports, SMS threads, tickets with internal notes, CRM and call notes, lower-case speech-to-text transcripts
(en, de), form dumps (key: value, key=value, URL query string, JSON lines, YAML/.env config), nginx and
application logs, OCR'd membership form (OCR noise in the labels, not in the values), tab-separated
spreadsheet rows, notification subjects, two texts without PII (gym notice, maintenance notice).

Value rules: phones generated per country, kept only if phonenumbers.is_valid_number, written national,
international or E.164 (national variants re-parsed and re-validated); cards from _luhn (Visa, MC incl. 2-series,
Amex 4-6-5, Discover), spaced / dashed / plain; SSNs avoid area 000/666/9xx, group 00, serial 0000; IBANs from
_iban_of (DE IE GB ES FR NL IT PT), spaced or not; public IPs from _ip_public_v4/_v6; API keys: Stripe sk_live_,
AWS AKIA..., GitHub ghp_, Slack xoxb-, SendGrid SG., Google AIza, OpenAI sk-proj-; passwords: word+digits+symbol,
random 10-16 chars, passphrases. DOBs are 18-85 years before 2026-11-27, written in local numeric or long
(local month name) formats; other dates are within about a year of it.

Label conventions as applied: PERSON = name as written (full, first only, surname only, upper/lower case,
"Last, First" as two spans, "First L." with the period inside, chat speakers and slack handles like
"jane.doe"); titles (Mr, Dr, Frau, mev., g., sig.ra) outside; names inside brands (Ben & Jerry's, Tim Hortons,
Ralph Lauren, Marks & Spencer, Sainsbury's), streets and schools are not persons; pet names never.
STREET_ADDRESS = whole address incl. flat/unit and postcode+town as one span, multi-line blocks one span,
each '>'-quoted line its own span, bare street lines labelled, business role addresses not invented.
LOCATION = town/country a person lives in, comes from, was born in or moves/travels to (inflected forms such as
"Pärnusse", "Kauną", "Akureyrar" span the whole word; Turkish suffix after the apostrophe stays outside).
Branch, depot, store, office, club and airport locations are not labelled. DATE_OF_BIRTH only for birth dates.
PASSWORD / API_KEY = plaintext secret only. EMAIL_ADDRESS = every address incl. role addresses.
PHONE_NUMBER = every valid number incl. business lines. US_BANK_NUMBER = account only, never routing.
Asserted in code: every span's text equals the inserted value, spans sorted and non-overlapping, no
surrounding whitespace/quotes/brackets/trailing punctuation, phones valid, cards Luhn-valid, SSNs valid.

Look-alikes (never labelled): masked cards / last-4 / expiry / CVV, private IPv4 (10/8, 172.16/12,
192.168/16), version strings, bcrypt and sha256/sha1 hex, UUIDs, order/ticket/booking/claim/quote/tracking
numbers, OTPs, door and locker codes, IMEIs (Luhn-valid 15 digits), SIM ICCIDs (Luhn-valid 19 digits), ABA
routing numbers (checksum-valid), UK sort codes, BIC/SWIFT, Nigerian NUBAN account numbers, GPS coordinates,
amounts, timestamps and non-birth dates, Stripe pk_live_/pk_test_ publishable keys, Twilio AC... SIDs, session
ids, licence and plate numbers, VINs, brand/company names containing person names, pet names, branch towns.

Tables (structured(150, 11)): name - locale - columns (PII / look-alike) - header style
  mno_subscribers              GB  22 (8/14)  snake_case + abbreviations (dob, addr1, portal_pwd, msisdn)
  mno_care_interactions        PH  17 (5/12)  Tagalog spaced Title Case + snake_case, opaque col_7 (e-mail)
  charity_donors               IE  18 (8/10)  PascalCase
  charity_gift_transactions    ZA  17 (5/12)  Afrikaans snake_case / kebab (e-pos)
  gym_members                  MY  19 (8/11)  Malay snake_case (nama_pertama / nama_keluarga split)
  gym_checkins                 TR  15 (3/12)  Turkish snake_case, opaque attr2 (phone)
  removals_jobs                ES  17 (7/10)  Catalan spaced headers with accents/punctuation
  removals_quotes              EE  16 (6/10)  Estonian snake_case, opaque field_3 (destination town)
  admissions_applicants        US  22 (9/13)  camelCase
  admissions_deposits          US  16 (4/12)  UPPER_SNAKE
  car_rentals                  SI  17 (6/11)  Slovenian snake_case
  car_rental_partner_accounts  IS  16 (6/10)  dotted Icelandic (tengilidur.nafn, api.lykill)
  Total 212 columns: 75 PII, 137 look-alike. Blank rate per column drawn from 0-60 %; about 30 % of the
  columns also carry ~3 % placeholders (N/A, -, unknown, n/a, none, ?).

Known limits: US/CA area codes are not matched to the town; postcodes are format-correct but random within a
town's prefix; several Faker names are unusual for the country (Faker's lists); Vietnamese, Malay and Filipino
names come from short hand lists; a few agent names repeat; Icelandic/Estonian/Lithuanian destination towns are
inflected; the split has no non-Latin scripts; free-text templates are short (2-10 lines).
"""

import random
import string
import unicodedata
from datetime import date, datetime, timedelta

import phonenumbers as _pn
from faker import Faker

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = date(2026, 11, 27)
_FMT = string.Formatter()

# ----------------------------------------------------------------------------- locale data
# Each country: Faker locale for names (None: hand lists), towns as (town, postcode-maker, extra),
# streets, mail domains, phone NSN patterns ('#' = random digit) for mobile and landline.


def _pc(pat):
    """Postcode maker from a pattern: '#' digit, 'A' letter, '?' letter-or-digit."""
    def mk(rng):
        out = []
        for ch in pat:
            if ch == "#":
                out.append(str(rng.randint(0, 9)))
            elif ch == "N":
                out.append(str(rng.randint(1, 9)))
            elif ch == "A":
                out.append(rng.choice("ABDEFHJLNPRSTUWXY"))
            elif ch == "?":
                out.append(rng.choice("ACDEFHKNPRTVWXY0123456789"))
            else:
                out.append(ch)
        return "".join(out)
    return mk


_C = {
    "US": dict(fk="en_US", towns=[("Columbus", "OH", "432##"), ("Sacramento", "CA", "958##"), ("Tampa", "FL", "336##"),
                                  ("Denver", "CO", "802##"), ("Raleigh", "NC", "276##"), ("Spokane", "WA", "992##"),
                                  ("Madison", "WI", "537##"), ("Tucson", "AZ", "857##"), ("Albany", "NY", "122##")],
               streets=["Maple Ave", "Oak Street", "W 5th St", "Lincoln Rd", "Cedar Ln", "Pine Ridge Dr", "Elm St",
                        "Sunset Blvd", "N Main St", "Willow Ct"],
               mail=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
               mob=["{a}#######"], land=["{a}#######"], areas=["614", "916", "813", "303", "919", "509", "608", "520", "518"]),
    "CA": dict(fk="en_CA", towns=[("Toronto", "ON", "M#A #A#"), ("Ottawa", "ON", "K#A #A#"), ("Halifax", "NS", "B#A #A#"),
                                  ("Calgary", "AB", "T#A #A#"), ("Winnipeg", "MB", "R#A #A#"), ("Victoria", "BC", "V#A #A#")],
               streets=["Queen St W", "Bank Street", "Spring Garden Rd", "17th Ave SW", "Portage Ave", "Fort Street"],
               mail=["gmail.com", "rogers.com", "shaw.ca", "hotmail.ca", "sympatico.ca"],
               mob=["{a}#######"], land=["{a}#######"], areas=["416", "613", "902", "403", "204", "250"]),
    "GB": dict(fk="en_GB", towns=[("Leeds", "LSN #AA"), ("Bristol", "BSN #AA"), ("Norwich", "NRN #AA"), ("Cardiff", "CF1N #AA"),
                                  ("Sheffield", "SN #AA"), ("Brighton", "BNN #AA"), ("York", "YO1N #AA"), ("Exeter", "EXN #AA")],
               streets=["Harrogate Road", "Gloucester Road", "Unthank Road", "Cathedral Road", "Ecclesall Road",
                        "Ditchling Road", "Bishopthorpe Road", "Pinhoe Road", "Station Road", "Victoria Street"],
               mail=["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"],
               mob=["7[4-59]########"], land=["113#######", "117#######", "1603######", "29########", "114#######"]),
    "IE": dict(fk="en_IE", towns=[("Dublin 6", "D06 ????", "Dublin"), ("Galway", "H91 ????", "Galway"),
                                  ("Cork", "T12 ????", "Cork"), ("Limerick", "V94 ????", "Limerick"),
                                  ("Kilkenny", "R95 ????", "Kilkenny"), ("Sligo", "F91 ????", "Sligo")],
               streets=["Rathgar Road", "Shop Street", "Douglas Road", "O'Connell Avenue", "Parliament Street", "Wine Street"],
               mail=["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie"],
               mob=["8[35-7]#######"], land=["1#######", "91######", "21#######"]),
    "AU": dict(fk="en_AU", towns=[("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Paddington", "QLD", "4064"),
                                  ("Glenelg", "SA", "5045"), ("Subiaco", "WA", "6008"), ("Sandy Bay", "TAS", "7005")],
               streets=["Brunswick St", "King Street", "Given Tce", "Jetty Road", "Rokeby Rd", "Churchill Ave"],
               mail=["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com.au"],
               mob=["4[0-9]#######"], land=["2########", "3########", "7########", "8########"]),
    "IN": dict(fk="en_IN", towns=[("Pune", "4110##", "Maharashtra"), ("Bengaluru", "5600##", "Karnataka"),
                                  ("Chennai", "6000##", "Tamil Nadu"), ("Jaipur", "3020##", "Rajasthan"),
                                  ("Kochi", "6820##", "Kerala"), ("Hyderabad", "5000##", "Telangana")],
               streets=["MG Road", "Koramangala 5th Block", "Anna Salai", "Tonk Road", "Marine Drive", "Banjara Hills Road No 12"],
               mail=["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
               mob=["[6-9]#########"], land=["20########", "80########", "44########"]),
    "NZ": dict(fk="en_NZ", towns=[("Ponsonby, Auckland", "1011"), ("Karori, Wellington", "6012"), ("Riccarton, Christchurch", "8011"),
                                  ("Hamilton East, Hamilton", "3216"), ("Roslyn, Dunedin", "9010")],
               streets=["Jervois Road", "Karori Road", "Riccarton Road", "Grey Street", "Highgate"],
               mail=["gmail.com", "xtra.co.nz", "outlook.co.nz", "slingshot.co.nz"],
               mob=["2[127]#######"], land=["9#######", "4#######", "3#######"]),
    "SG": dict(fk=None, first=["Wei Ling", "Jun Jie", "Siti", "Arjun", "Hui Min", "Kai Xiang", "Nurul", "Priya", "Marcus", "Shu Fen"],
               last=["Tan", "Lim", "Ng", "Wong", "Rahman", "Nair", "Goh", "Chua", "Teo", "Krishnan"],
               towns=[("Singapore", "560###"), ("Singapore", "310###"), ("Singapore", "520###"), ("Singapore", "650###")],
               streets=["Ang Mo Kio Ave 3", "Toa Payoh Lor 1", "Tampines St 21", "Bukit Batok West Ave 6"],
               mail=["gmail.com", "singnet.com.sg", "yahoo.com.sg", "hotmail.com"],
               mob=["[89]#######"], land=["6#######"]),
    "ZA": dict(fk=None, first=["Pieter", "Annelie", "Johan", "Marelize", "Riaan", "Elmarie", "Hendrik", "Carien", "Wikus", "Sunette"],
               last=["van der Merwe", "Botha", "Steyn", "du Plessis", "Nel", "Pretorius", "Venter", "Coetzee", "le Roux", "Joubert"],
               towns=[("Stellenbosch", "7600"), ("Pretoria", "0181"), ("Bloemfontein", "9301"), ("Paarl", "7646"),
                      ("Potchefstroom", "2531"), ("George", "6529")],
               streets=["Kerkstraat", "Dorpstraat", "Voortrekkerweg", "Bosmanstraat", "Eikelaan", "Hoofweg"],
               mail=["gmail.com", "mweb.co.za", "telkomsa.net", "vodamail.co.za"],
               mob=["[67][1-46-9]#######", "8[2-4]#######"], land=["21#######", "12#######", "51#######"]),
    "NG": dict(fk="en_NG", towns=[("Lagos", "Lagos State"), ("Ikeja", "Lagos State"), ("Abuja", "FCT"), ("Ibadan", "Oyo State"),
                                  ("Enugu", "Enugu State"), ("Port Harcourt", "Rivers State")],
               streets=["Admiralty Way", "Allen Avenue", "Aminu Kano Crescent", "Ring Road", "Ogui Road", "Aba Road"],
               mail=["gmail.com", "yahoo.com", "outlook.com"],
               mob=["80[3-9]#######", "81[0-8]#######", "70[3-8]#######", "90[3-6]#######"], land=["1#######"]),
    "KE": dict(fk="en_KE", towns=[("Nairobi", "00100"), ("Mombasa", "80100"), ("Kisumu", "40100"), ("Nakuru", "20100"), ("Eldoret", "30100")],
               streets=["Ngong Road", "Moi Avenue", "Oginga Odinga Street", "Kenyatta Avenue", "Uganda Road"],
               mail=["gmail.com", "yahoo.com", "outlook.com"],
               mob=["7[0-29]#######", "11[0-5]######"], land=["20#######"]),
    "PH": dict(fk=None, first=["Maria Cristina", "Jose", "Angelica", "Mark Anthony", "Rowena", "Jericho", "Kristine", "Paolo", "Lovely", "Ramon"],
               last=["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Garcia", "Aquino", "Pascual", "Soriano"],
               towns=[("Quezon City", "11##", "Metro Manila", "Brgy. Teachers Village"), ("Makati City", "12##", "Metro Manila", "Brgy. Poblacion"),
                      ("Cebu City", "6000", "Cebu", "Brgy. Lahug"), ("Davao City", "8000", "Davao del Sur", "Brgy. Buhangin"),
                      ("Iloilo City", "5000", "Iloilo", "Brgy. Jaro")],
               streets=["Maginhawa St.", "Kalayaan Ave.", "Gorordo Ave.", "J.P. Laurel Ave.", "Lopez Jaena St."],
               mail=["gmail.com", "yahoo.com.ph", "outlook.com"],
               mob=["9[1-9]########"], land=["2########"]),
    "MY": dict(fk=None, first=["Nurul Aina", "Muhammad Hafiz", "Siti Aisyah", "Ahmad Faizal", "Lim Wei", "Kavitha", "Amirul", "Farah", "Tan Mei Ling", "Hakim"],
               last=["binti Ismail", "bin Abdullah", "binti Rahman", "bin Yusof", "Chong", "a/p Subramaniam", "Hassan", "Osman", "Wong", "Ibrahim"],
               towns=[("Kuala Lumpur", "50###", "Wilayah Persekutuan"), ("Petaling Jaya", "46###", "Selangor"), ("Johor Bahru", "80###", "Johor"),
                      ("George Town", "10###", "Pulau Pinang"), ("Ipoh", "30###", "Perak"), ("Kota Bharu", "15###", "Kelantan")],
               streets=["Jalan Ampang", "Jalan SS 2/24", "Jalan Tebrau", "Lebuh Chulia", "Jalan Sultan Idris Shah", "Jalan Kebun Sultan"],
               mail=["gmail.com", "yahoo.com.my", "hotmail.my"],
               mob=["1[2-46-9]#######", "11########"], land=["3########"]),
    "ES": dict(fk=None, first=["Jordi", "Montserrat", "Marc", "Núria", "Pau", "Laia", "Oriol", "Mercè", "Arnau", "Meritxell"],
               last=["Puig", "Vila", "Soler", "Ferrer", "Casals", "Roig", "Serra", "Pujol", "Torrent", "Bosch"],
               towns=[("Barcelona", "080##"), ("Girona", "170##"), ("Lleida", "250##"), ("Tarragona", "430##"), ("Sabadell", "082##"), ("Vic", "08500")],
               streets=["Carrer de Mallorca", "Carrer Major", "Passeig de Gràcia", "Carrer de la Rutlla", "Rambla Nova", "Carrer del Carme"],
               mail=["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
               mob=["6[0-9]#######", "7[1-4]#######"], land=["93#######", "972######"]),
    "IS": dict(fk="is_IS", towns=[("Reykjavík", "101"), ("Reykjavík", "105"), ("Kópavogur", "200"), ("Hafnarfjörður", "220"),
                                  ("Akureyri", "600"), ("Selfoss", "800")],
               streets=["Laugavegur", "Hringbraut", "Hamraborg", "Strandgata", "Hafnarstræti", "Austurvegur"],
               mail=["gmail.com", "simnet.is", "internet.is", "visir.is"],
               mob=["[678]######"], land=["5######", "4######"]),
    "EE": dict(fk="et_EE", towns=[("Tallinn", "10###"), ("Tartu", "50###"), ("Pärnu", "80###"), ("Narva", "20###"), ("Viljandi", "71###")],
               streets=["Tartu mnt", "Pärnu mnt", "Rüütli tn", "Riia tn", "Narva mnt", "Vabaduse pst"],
               mail=["gmail.com", "hot.ee", "mail.ee", "online.ee"],
               mob=["5#######", "5######"], land=["6######", "7######"]),
    "SI": dict(fk="sl_SI", towns=[("Ljubljana", "1000"), ("Maribor", "2000"), ("Celje", "3000"), ("Kranj", "4000"), ("Koper", "6000"), ("Novo mesto", "8000")],
               streets=["Slovenska cesta", "Partizanska cesta", "Prešernova ulica", "Koroška cesta", "Pristaniška ulica", "Glavni trg"],
               mail=["gmail.com", "siol.net", "t-2.net", "amis.net"],
               mob=["[34]1######", "40######", "51######", "70######"], land=["1#######", "2#######"]),
    "TR": dict(fk="tr_TR", towns=[("Kadıköy/İstanbul", "34710"), ("Çankaya/Ankara", "06690"), ("Konak/İzmir", "35250"),
                                  ("Nilüfer/Bursa", "16110"), ("Muratpaşa/Antalya", "07100")],
               streets=["Moda Cad.", "Atatürk Blv.", "Kıbrıs Şehitleri Cad.", "Fatih Sultan Mehmet Blv.", "Işıklar Cad."],
               mail=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
               mob=["5[0-5]########"], land=["212#######", "216#######", "312#######"]),
    "RO": dict(fk="ro_RO", towns=[("București", "0#####"), ("Cluj-Napoca", "400###"), ("Iași", "700###"), ("Timișoara", "300###"),
                                  ("Brașov", "500###"), ("Constanța", "900###")],
               streets=["Str. Mihai Eminescu", "Bd. Unirii", "Calea Dorobanților", "Str. Republicii", "Str. Lungă", "Bd. Tomis"],
               mail=["gmail.com", "yahoo.com", "yahoo.ro", "outlook.com"],
               mob=["7[2-8]#######"], land=["21#######", "264######"]),
    "VN": dict(fk=None, first=["Minh Anh", "Thu Trang", "Quốc Bảo", "Hoàng Nam", "Ngọc Lan", "Đức Huy", "Thanh Hương", "Văn Tùng", "Bảo Ngọc", "Gia Huy"],
               last=["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Huỳnh"],
               towns=[("TP. Hồ Chí Minh", "Quận 3", "Phường Võ Thị Sáu"), ("Hà Nội", "Quận Đống Đa", "Phường Láng Hạ"),
                                  ("Đà Nẵng", "Quận Hải Châu", "Phường Thạch Thang"), ("Cần Thơ", "Quận Ninh Kiều", "Phường An Hòa")],
               streets=["Đường Nguyễn Đình Chiểu", "Phố Láng Hạ", "Đường Bạch Đằng", "Đường Trần Hưng Đạo", "Đường 30 Tháng 4"],
               mail=["gmail.com", "yahoo.com.vn", "outlook.com"],
               mob=["9[0-46-9]#######", "3[2-9]#######", "8[1-9]#######"], land=["28########", "24########"]),
    "LT": dict(fk="lt_LT", towns=[("Vilnius", "LT-0####"), ("Kaunas", "LT-4####"), ("Klaipėda", "LT-9####"), ("Šiauliai", "LT-7####")],
               streets=["Gedimino pr.", "Laisvės al.", "Taikos pr.", "Vilniaus g.", "Tilžės g."],
               mail=["gmail.com", "one.lt", "inbox.lt", "yahoo.com"],
               mob=["6#######"], land=["5#######"]),
    "DE": dict(fk="de_DE", towns=[("Leipzig", "041##"), ("Freiburg im Breisgau", "791##"), ("Münster", "481##"), ("Kassel", "341##"),
                                  ("Rostock", "180##"), ("Augsburg", "861##")],
               streets=["Karl-Liebknecht-Straße", "Wiesenweg", "Lindenstraße", "Am Markt", "Bahnhofstraße", "Gartenstraße"],
               mail=["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
               mob=["15[1-79]########", "16[023]#######", "17[0-9]#######"], land=["341#######", "761#######", "251#######"]),
    "FR": dict(fk="fr_FR", towns=[("Lyon", "6900#"), ("Nantes", "44000"), ("Toulouse", "31000"), ("Lille", "59000"), ("Rennes", "35000"),
                                  ("Montpellier", "34000")],
               streets=["rue de la République", "boulevard Victor Hugo", "avenue Jean Jaurès", "rue Nationale", "rue de Brest", "place de la Comédie"],
               mail=["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"],
               mob=["[67]########"], land=["[1-5]########"]),
    "NL": dict(fk="nl_NL", towns=[("Utrecht", "35## AA"), ("Groningen", "97## AA"), ("Haarlem", "20## AA"), ("Eindhoven", "56## AA"), ("Zwolle", "80## AA")],
               streets=["Oudegracht", "Herestraat", "Grote Houtstraat", "Stratumseind", "Diezerstraat"],
               mail=["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"],
               mob=["6[1-5]#######"], land=["30#######", "50#######"]),
    "PL": dict(fk="pl_PL", towns=[("Kraków", "3#-###"), ("Wrocław", "5#-###"), ("Gdańsk", "80-###"), ("Poznań", "6#-###"), ("Łódź", "9#-###")],
               streets=["ul. Długa", "ul. Świdnicka", "ul. Piotrkowska", "ul. Półwiejska", "al. Grunwaldzka"],
               mail=["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl"],
               mob=["5[013]#######", "6[069]#######", "7[2389]#######", "88#######"], land=["12#######", "22#######"]),
    "IT": dict(fk="it_IT", towns=[("Bologna", "401##", "BO"), ("Torino", "101##", "TO"), ("Bari", "701##", "BA"), ("Verona", "371##", "VR"),
                                  ("Firenze", "501##", "FI")],
               streets=["Via dell'Indipendenza", "Corso Vittorio Emanuele II", "Via Sparano", "Via Mazzini", "Via dei Servi"],
               mail=["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
               mob=["3[2-9]########", "3[2-9]#######"], land=["051#######", "011#######"]),
    "PT": dict(fk="pt_PT", towns=[("Lisboa", "1###-###"), ("Porto", "4###-###"), ("Braga", "47##-###"), ("Coimbra", "30##-###"), ("Faro", "800#-###")],
               streets=["Rua Augusta", "Rua de Santa Catarina", "Avenida da Liberdade", "Rua do Souto", "Rua Ferreira Borges"],
               mail=["sapo.pt", "gmail.com", "hotmail.com", "clix.pt"],
               mob=["9[1236]#######"], land=["21#######", "22#######"]),
}

_FAKERS = {}


def _faker(loc):
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


_FOLD = {"ð": "d", "þ": "th", "æ": "ae", "ø": "o", "ß": "ss", "ł": "l", "đ": "d", "ı": "i", "œ": "oe", "Ð": "D", "Þ": "Th",
         "Æ": "Ae", "Ø": "O", "Ł": "L", "Đ": "D", "İ": "I"}


def _ascii(s):
    s = "".join(_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum()))


def _pattern(rng, pat, **kw):
    for k, v in kw.items():
        pat = pat.replace("{" + k + "}", v)
    out, i = [], 0
    while i < len(pat):
        ch = pat[i]
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "[":
            j = pat.index("]", i)
            cls, opts = pat[i + 1:j], []
            k = 0
            while k < len(cls):
                if k + 2 < len(cls) and cls[k + 1] == "-":
                    opts.extend(str(d) for d in range(int(cls[k]), int(cls[k + 2]) + 1))
                    k += 3
                else:
                    opts.append(cls[k])
                    k += 1
            out.append(rng.choice(opts))
            i = j
        else:
            out.append(ch)
        i += 1
    return "".join(out)


_PF = _pn.PhoneNumberFormat


def _phone_num(rng, cc, kind="mob"):
    c = _C[cc]
    for _ in range(500):
        pat = rng.choice(c[kind])
        nsn = _pattern(rng, pat, a=rng.choice(c.get("areas", ["0"])))
        num = _pn.parse("+%d%s" % (_pn.country_code_for_region(cc), nsn))
        if _pn.is_valid_number(num):
            return num
    raise RuntimeError("no valid phone for " + cc)


def _fmt_phone(rng, cc, num, style=None):
    style = style or rng.choice(["nat", "nat", "intl", "e164"])
    if style == "e164":
        s = _pn.format_number(num, _PF.E164)
    elif style == "intl":
        s = _pn.format_number(num, _PF.INTERNATIONAL)
    else:
        s = _pn.format_number(num, _PF.NATIONAL)
        nsn = _pn.national_significant_number(num)
        if cc == "IN":
            s = nsn[:5] + " " + nsn[5:]
        elif cc == "LT":
            s = "8 " + nsn[:3] + " " + nsn[3:]
        elif cc in ("US", "CA") and rng.random() < 0.4:
            s = rng.choice(["%s-%s-%s", "%s.%s.%s"]) % (nsn[:3], nsn[3:6], nsn[6:])
    chk = _pn.parse(s, cc)
    assert _pn.is_valid_number(chk) and chk.national_number == num.national_number, (cc, s)
    return s


def phone(rng, cc, kind="mob", style=None):
    return _fmt_phone(rng, cc, _phone_num(rng, cc, kind), style)


# ----------------------------------------------------------------------------- dates
_MON = {
    "en": "January February March April May June July August September October November December".split(),
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre".split(),
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember".split(),
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre".split(),
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split(),
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember".split(),
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember".split(),
    "sl": "januar februar marec april maj junij julij avgust september oktober november december".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
}


def _dob(rng):
    return TODAY - timedelta(days=rng.randint(18 * 365 + 5, 85 * 365))


def fdate(rng, cc, d, style=None):
    """Date as written in country cc; style 'num' or 'long' (default random)."""
    style = style or rng.choice(["num", "num", "long"])
    D, M, Y = d.day, d.month, d.year
    if style == "iso":
        return d.isoformat()
    if style == "long":
        L = {"US": ("en", "{m} {d}, {y}"), "CA": ("en", "{m} {d}, {y}"), "PH": ("tl", "{m} {d}, {y}"),
             "ES": ("ca", "{d} de {m} de {y}"), "ZA": ("af", "{d} {m} {y}"), "MY": ("ms", "{d} {m} {y}"),
             "IS": ("is", "{d}. {m} {y}"), "EE": ("et", "{d}. {m} {y}"), "SI": ("sl", "{d}. {m} {y}"),
             "TR": ("tr", "{d} {m} {y}"), "RO": ("ro", "{d} {m} {y}"), "DE": ("de", "{d}. {m} {y}"),
             "FR": ("fr", "{d} {m} {y}"), "LT": ("lt", "{y} m. {m} {d} d."), "PT": ("pt", "{d} de {m} de {y}"),
             "VN": ("vi", "ngày {d} tháng {mn} năm {y}")}.get(cc, ("en", "{d} {m} {y}"))
        lang, f = L
        if lang == "vi":
            return f.format(d=D, mn=M, y=Y)
        mon = _MON[lang][M - 1]
        if cc == "ES" and mon[0] in "ao":
            f = "{d} d'{m} de {y}"
        return f.format(d=D, m=mon, y=Y)
    if cc in ("US", "PH"):
        return rng.choice(["%02d/%02d/%d", "%d/%d/%d"]) % (M, D, Y)
    if cc == "CA":
        return d.isoformat()
    if cc in ("LT",):
        return d.isoformat()
    if cc == "ZA":
        return rng.choice(["%d/%02d/%02d" % (Y, M, D), "%02d/%02d/%d" % (D, M, Y)])
    if cc in ("IS", "EE", "TR", "RO", "DE", "PL"):
        return "%02d.%02d.%d" % (D, M, Y)
    if cc == "SI":
        return "%d. %d. %d" % (D, M, Y)
    if cc == "NL":
        return "%02d-%02d-%d" % (D, M, Y)
    if cc == "IN":
        return rng.choice(["%02d/%02d/%d", "%02d-%02d-%d"]) % (D, M, Y)
    return "%02d/%02d/%d" % (D, M, Y)


def near_date(rng, cc, back=400, fwd=60, style="num"):
    d = TODAY + timedelta(days=rng.randint(-back, fwd))
    return fdate(rng, cc, d, style)


# ----------------------------------------------------------------------------- people
class Person:
    pass


def person(rng, cc, gender=None):
    c = _C[cc]
    p = Person()
    p.cc = cc
    if c.get("fk"):
        fk = _faker(c["fk"])
        fk.seed_instance(rng.getrandbits(32))
        g = gender or rng.choice("FM")
        p.first = fk.first_name_female() if g == "F" else fk.first_name_male()
        p.last = fk.last_name()
    else:
        p.first, p.last = rng.choice(c["first"]), rng.choice(c["last"])
    if cc == "VN":
        p.full = p.last + " " + p.first
    elif cc == "MY" and (p.last.startswith(("bin", "binti", "a/p"))):
        p.full = p.first + " " + p.last
    else:
        p.full = p.first + " " + p.last
    p.gender = rng.choice("FM")
    p.dob = _dob(rng)
    p.phone_num = _phone_num(rng, cc)
    p.phone = _fmt_phone(rng, cc, p.phone_num)
    t = rng.choice(c["towns"])
    p.town_rec = t
    p.town = t[0].split(", ")[-1].split("/")[-1] if cc not in ("IE",) else t[2]
    if cc == "VN":
        p.town = t[0]
    p.street = rng.choice(c["streets"])
    p.no = str(rng.randint(1, 240))
    p.lines = _addr_lines(rng, cc, p)
    p.addr = ", ".join(p.lines)
    fa, la = _ascii(p.first.split()[0]).lower(), _ascii(p.last.split()[-1]).lower()
    local = rng.choice(["%s.%s" % (fa, la), "%s%s" % (fa, la), "%s.%s%d" % (fa[0], la, rng.randint(1, 99)),
                        "%s_%s" % (fa, la), "%s%d" % (fa, rng.randint(70, 2009))])
    p.email = local + "@" + rng.choice(c["mail"])
    return p


def _addr_lines(rng, cc, p):
    t, st, no = p.town_rec, p.street, p.no
    pc = _pc(t[1])(rng) if len(t) > 1 else ""
    if cc == "US":
        pc = _pc(t[2])(rng)
        l1 = "%s %s" % (no * 1 if rng.random() < 0.5 else str(rng.randint(100, 9899)), st)
        return [l1 + (", Apt %d%s" % (rng.randint(1, 30), rng.choice("ABCD")) if rng.random() < 0.3 else ""),
                "%s, %s %s" % (t[0], t[1], pc)]
    if cc == "CA":
        pc = _pc(t[2])(rng)
        return ["%s %s" % (no, st), "%s, %s %s" % (t[0], t[1], pc)]
    if cc == "GB":
        first = ("Flat %d, " % rng.randint(1, 12)) if rng.random() < 0.3 else ""
        return [first + "%s %s" % (no, st), t[0], pc]
    if cc == "IE":
        return ["%s %s" % (no, st), t[0], pc]
    if cc == "AU":
        return ["%s %s" % (("%d/" % rng.randint(1, 12) if rng.random() < 0.3 else "") + no, st), "%s %s %s" % (t[0], t[1], t[2])]
    if cc == "IN":
        return ["Flat %d%02d, %s" % (rng.randint(1, 9), rng.randint(1, 12), st), "%s - %s" % (t[0], pc), t[2]]
    if cc == "NZ":
        sub, city = t[0].split(", ")
        return ["%s %s" % (no, st), sub, "%s %s" % (city, t[1])]
    if cc == "SG":
        return ["Blk %d %s" % (rng.randint(100, 699), st), "#%02d-%d" % (rng.randint(2, 20), rng.randint(10, 400)), "Singapore %s" % pc]
    if cc == "ZA":
        return ["%s %s" % (st, no), t[0], pc]
    if cc == "NG":
        return ["%s %s" % (no, st), t[0], t[1]]
    if cc == "KE":
        return ["%s, House %s" % (st, no), "%s %s" % (t[0], t[1])]
    if cc == "PH":
        return ["%s %s" % (no, st), t[3], "%s %s" % (t[0], pc)]
    if cc == "MY":
        return ["No. %s, %s" % (no, st), "%s %s" % (pc, t[0]), t[2]]
    if cc == "ES":
        return ["%s, %s, %dr %da" % (st, no, rng.randint(1, 6), rng.randint(1, 4)), "%s %s" % (pc, t[0])]
    if cc == "FR":
        return ["%s %s" % (no, st), "%s %s" % (pc, t[0])]
    if cc == "IT":
        return ["%s %s" % (st, no), "%s %s %s" % (pc, t[0], t[2])]
    if cc == "PT":
        return ["%s, %s, %d.º %s" % (st, no, rng.randint(1, 6), rng.choice(["Esq", "Dto"])), "%s %s" % (pc, t[0])]
    if cc == "RO":
        return ["%s nr. %s, bl. %s, ap. %d" % (st, no, rng.choice("ABCDE") + str(rng.randint(1, 9)), rng.randint(1, 60)), "%s %s" % (t[0], pc)]
    if cc == "TR":
        return ["%s No: %s D: %d" % (st, no, rng.randint(1, 20)), "%s %s" % (pc, t[0])]
    if cc == "VN":
        return ["Số %s %s" % (no, st), "%s, %s, %s" % (t[2], t[1], t[0])]
    if cc == "EE":
        return ["%s %s-%d" % (st, no, rng.randint(1, 40)), "%s %s" % (pc, t[0])]
    if cc == "LT":
        return ["%s %s-%d" % (st, no, rng.randint(1, 40)), "%s %s" % (pc, t[0])]
    # DE NL PL SI IS
    return ["%s %s" % (st, no), "%s %s" % (pc, t[0])]


def card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "amex":
        n = _luhn(rng, rng.choice(["34", "37"]), 15)
        return n if rng.random() < 0.4 else "%s %s %s" % (n[:4], n[4:10], n[10:])
    n = _luhn(rng, {"visa": "4", "mc": rng.choice(["51", "53", "55", "2221"]), "disc": "6011"}[kind], 16)
    return rng.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4))])


def ssn(rng, sep="-"):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%s%02d%s%04d" % (a, sep, rng.randint(1, 99), sep, rng.randint(1, 9999))


def iban(rng, cc, spaced=None):
    s = _iban_of(rng, cc)
    if spaced is None:
        spaced = rng.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def us_acct(rng):
    return "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(8, 12))).lstrip("0") or "48213307"


def routing(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)


_WORDS = ["Sunflower", "Kettle", "Harbour", "Maple", "Tiger", "Pepper", "Rocket", "Velvet", "Falcon", "Lemon", "Copper", "Otter"]


def password(rng):
    a = rng.random()
    if a < 0.35:
        return rng.choice(_WORDS) + str(rng.randint(1, 2026)) + rng.choice("!#$%*?")
    if a < 0.7:
        al = string.ascii_letters + string.digits + "!#$%&*+-=?@^_"
        while True:
            s = "".join(rng.choice(al) for _ in range(rng.randint(10, 16)))
            if any(c.isdigit() for c in s) and any(c.isupper() for c in s):
                return s
    return "%s-%s-%s%d" % (rng.choice(_WORDS).lower(), rng.choice(_WORDS).lower(), rng.choice(_WORDS).lower(), rng.randint(1, 99))


def _rs(rng, n, al=string.ascii_letters + string.digits):
    return "".join(rng.choice(al) for _ in range(n))


def api_key(rng, kind=None):
    kind = kind or rng.choice(["sk", "aws", "ghp", "xoxb", "sg", "goog", "oai"])
    return {"sk": lambda: "sk_live_" + _rs(rng, 24),
            "aws": lambda: "AKIA" + _rs(rng, 16, string.ascii_uppercase + "234567"),
            "ghp": lambda: "ghp_" + _rs(rng, 36),
            "xoxb": lambda: "xoxb-%d-%d-%s" % (rng.randint(10**10, 10**11), rng.randint(10**12, 10**13), _rs(rng, 24)),
            "sg": lambda: "SG.%s.%s" % (_rs(rng, 22, string.ascii_letters + string.digits + "_-"), _rs(rng, 43, string.ascii_letters + string.digits + "_-")),
            "goog": lambda: "AIza" + _rs(rng, 35, string.ascii_letters + string.digits + "_-"),
            "oai": lambda: "sk-proj-" + _rs(rng, 40, string.ascii_letters + string.digits + "_-")}[kind]()


# ----------------------------------------------------------------------------- look-alikes (never labelled)
def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid(rng):
    h = hexs(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def bcrypt(rng):
    return "$2b$12$" + _rs(rng, 53, string.ascii_letters + string.digits + "./")


def priv_ip(rng):
    return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                       "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)),
                       "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))])


def version(rng):
    return "%d.%d.%d" % (rng.randint(1, 14), rng.randint(0, 30), rng.randint(0, 99))


def masked_card(rng):
    l4 = "%04d" % rng.randint(0, 9999)
    return rng.choice(["**** **** **** " + l4, "XXXX-XXXX-XXXX-" + l4, "ending " + l4, "•••• " + l4, "4" + "*" * 11 + l4])


def expiry(rng):
    return "%02d/%02d" % (rng.randint(1, 12), rng.randint(27, 31))


def imei(rng):
    return _luhn(rng, rng.choice(["35", "86", "01"]), 15)


def iccid(rng):
    return _luhn(rng, "8944", 19)


def ref(rng, prefix, n=6, al=string.digits):
    return prefix + _rs(rng, n, al)


def money(rng, sym="£"):
    return "%s%d.%02d" % (sym, rng.randint(5, 2400), rng.randint(0, 99))


def gps(rng):
    return "%.5f, %.5f" % (rng.uniform(-45, 60), rng.uniform(-120, 150))


def ts(rng, fmt="iso"):
    d = TODAY - timedelta(days=rng.randint(0, 30), seconds=rng.randint(0, 86399))
    dt = datetime(d.year, d.month, d.day) + timedelta(seconds=rng.randint(0, 86399))
    if fmt == "iso":
        return dt.strftime("%Y-%m-%dT%H:%M:%S") + "Z"
    if fmt == "clf":
        return dt.strftime("%d/%b/%Y:%H:%M:%S +0000")
    return dt.strftime(fmt)


_PETS = ["Biscuit", "Luna", "Max", "Bella", "Milo", "Coco", "Rex", "Poppy", "Simba", "Nala"]
_BRANDS = ["Marks & Spencer", "Ben & Jerry's", "Tim Hortons", "Johnson & Johnson", "Wendy's", "McDonald's", "Dell", "Ford",
           "Sainsbury's", "Ralph Lauren", "Dr. Martens", "Mrs. Fields"]


# ----------------------------------------------------------------------------- text builder
def P(v):
    return (v, "PERSON")


def EM(v):
    return (v, "EMAIL_ADDRESS")


def PH(v):
    return (v, "PHONE_NUMBER")


def CC(v):
    return (v, "CREDIT_CARD")


def SSN(v):
    return (v, "US_SSN")


def BANK(v):
    return (v, "US_BANK_NUMBER")


def IBAN(v):
    return (v, "IBAN_CODE")


def IP(v):
    return (v, "IP_ADDRESS")


def AD(v):
    return (v, "STREET_ADDRESS")


def LOC(v):
    return (v, "LOCATION")


def DOB(v):
    return (v, "DATE_OF_BIRTH")


def PW(v):
    return (v, "PASSWORD")


def KEY(v):
    return (v, "API_KEY")


def _luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        x = int(ch)
        if alt:
            x = x * 2 - 9 if x > 4 else x * 2
        s += x
        alt = not alt
    return s % 10 == 0


def _check_value(v, label, cc):
    assert v and v == v.strip() and v[-1] not in ".,;:!?)\"'»]>" or (label == "PERSON" and v.endswith(".")) or label == "PASSWORD", (v, label)
    assert v[0] not in "\"'«([<" or label in ("PASSWORD", "PHONE_NUMBER"), (v, label)
    if label == "PHONE_NUMBER":
        assert _pn.is_valid_number(_pn.parse(v, cc)), (v, cc)
    elif label == "CREDIT_CARD":
        d = v.replace(" ", "").replace("-", "")
        assert d.isdigit() and _luhn_ok(d), v
    elif label == "US_SSN":
        d = v.replace("-", "").replace(" ", "")
        a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
        assert len(d) == 9 and 0 < a < 900 and a != 666 and g and s, v


class _B:
    def __init__(self, cc):
        self.cc = cc
        self.buf, self.spans, self.vals, self.n = [], [], [], 0

    def f(self, fmt, **kw):
        for lit, field, _spec, _conv in _FMT.parse(fmt):
            self.add(lit)
            if field is not None:
                v = kw[field]
                if isinstance(v, tuple):
                    self.add(v[0], v[1], v[2] if len(v) > 2 else None)
                else:
                    self.add(str(v))
        return self

    def add(self, s, label=None, cc=None):
        if label:
            _check_value(s, label, cc or self.cc)
            self.spans.append((self.n, self.n + len(s), label))
            self.vals.append(s)
        self.buf.append(s)
        self.n += len(s)

    def text(self):
        t = "".join(self.buf)
        last = -1
        for (s, e, lab), v in zip(self.spans, self.vals):
            assert lab in LABELS and s >= last and e > s and t[s:e] == v, (s, e, lab)
            last = e
        return Text(t, list(self.spans))



# ----------------------------------------------------------------------------- templates: English
def _t_us_support_mail(rng):
    b, p = _B("US"), person(rng, "US")
    agent = person(rng, "US")
    b.f("Subject: Re: Order #{o} never arrived\n\nHi {fn},\n\nThanks for getting back to me. The tracking number {trk} still says "
        "\"label created\". I paid with my card {mc} ({brand} exp {exp}) on {d}. Can you resend to my new place?\n\n{addr}\n\n"
        "Thanks,\n{full}\n{ph}\n\nOn {d2}, {afn} from {shop} Support <{sup}> wrote:\n> Hi, could you confirm the shipping address "
        "on file? Please don't send full card numbers by email.\n",
        o=ref(rng, "", 7), fn=P(agent.first), trk=ref(rng, "1Z", 16, string.ascii_uppercase + string.digits), mc=masked_card(rng),
        brand=rng.choice(["Visa", "Mastercard"]), exp=expiry(rng), d=near_date(rng, "US", 40, 0), addr=AD("\n".join(p.lines)),
        full=P(p.full), ph=PH(p.phone), d2=near_date(rng, "US", 20, 0, "long"), afn=P(agent.first), shop=rng.choice(["Ben & Jerry's", "Ralph Lauren", "Wendy's"]),
        sup=EM("support@" + rng.choice(["shopwave.com", "homegoodsdirect.com", "cartly.us"])))
    return b.text()


def _t_us_call_note(rng):
    b, p = _B("US"), person(rng, "US", "F")
    b.f("CALL NOTE {t} | agent {ag}\nCaller verified as {full} (DOB {dob}, SSN {ssn}). Wants direct deposit changed for "
        "refund. New acct {acct}, routing {rt} ({bank}). Old acct ending {l4} closed. Callback {ph}. Claim #{cl}. "
        "Told her ETA 5-7 business days. {amt} pending.",
        t=ts(rng, "%m/%d/%Y %I:%M %p"), ag=rng.choice(["kfranklin", "agent_2231", "jm-ops"]), full=P(p.full),
        dob=DOB(fdate(rng, "US", p.dob)), ssn=SSN(ssn(rng, rng.choice(["-", "-", " "]))), acct=BANK(us_acct(rng)), rt=routing(rng),
        bank=rng.choice(["Chase", "Wells Fargo", "Navy Federal", "Ally"]), l4="%04d" % rng.randint(0, 9999),
        ph=PH(p.phone), cl=ref(rng, "CLM-", 8), amt=money(rng, "$"))
    return b.text()


def _t_us_nginx(rng):
    b = _B("US")
    lines = []
    for i in range(rng.randint(3, 5)):
        pub = rng.random() < 0.6
        ip = _ip_public_v4(rng) if pub else priv_ip(rng)
        path = rng.choice(["/api/v2/users/%s" % uuid(rng), "/static/app.%s.js" % hexs(rng, 8), "/health", "/login",
                           "/account/reset?token=%s" % hexs(rng, 24)])
        lines.append((ip, pub, path))
    for ip, pub, path in lines:
        b.f('{ip} - - [{t}] "GET {path} HTTP/1.1" {st} {sz} "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Chrome/{v}"\n',
            ip=IP(ip) if pub else ip, t=ts(rng, "clf"), path=path, st=rng.choice([200, 200, 302, 404]), sz=rng.randint(120, 90000),
            v=version(rng))
    em = person(rng, "US").email
    b.f('{ip} - - [{t}] "POST /newsletter/subscribe?email={em} HTTP/1.1" 201 43 "-" "curl/{v}"\n', ip=IP(_ip_public_v6(rng)),
        t=ts(rng, "clf"), em=EM(em), v=version(rng))
    return b.text()


def _t_us_livechat(rng):
    b, p = _B("US"), person(rng, "US")
    ag = rng.choice(["Tasha", "Derek", "Marisol", "Kevin"])
    t0 = rng.randint(8, 20)
    b.f("Live chat transcript - {site}\n[{h}:02] {ag}: Hi! You're chatting with {ag2}. How can I help?\n[{h}:03] {cu}: hi my payment keeps "
        "failing\n[{h}:03] {cu2}: card is {cc} exp {exp} cvv {cvv}\n[{h}:04] {ag3}: Please don't share full card details here, "
        "I've redacted it on our side. Is your billing zip still {zip}?\n[{h}:05] {cu3}: yes\n",
        site=rng.choice(["rentwise.com", "stayfit.com", "bloomboxes.com"]), h=t0, ag=P(ag), ag2=P(ag), cu=P(p.full), cu2=P(p.first),
        cc=CC(card(rng)), exp=expiry(rng), cvv="%03d" % rng.randint(0, 999), ag3=P(ag), zip=p.lines[-1][-5:], cu3=P(p.first))
    return b.text()


def _t_us_config(rng):
    b = _B("US")
    b.f("# payments-service {v} -- DO NOT COMMIT\nSTRIPE_SECRET_KEY={sk}\nSTRIPE_PUBLISHABLE_KEY=pk_live_{pk}\nDB_HOST={ip}\n"
        "DB_USER=app_rw\nDB_PASSWORD={pw}\nTWILIO_ACCOUNT_SID=AC{sid}\nSESSION_SECRET_HASH={h}\nREQUEST_ID={u}\n",
        v=version(rng), sk=KEY(api_key(rng, "sk")), pk=_rs(rng, 24), ip=priv_ip(rng), pw=PW(password(rng)), sid=hexs(rng, 32),
        h=hexs(rng, 64), u=uuid(rng))
    return b.text()


def _t_us_jsonl(rng):
    b = _B("US")
    for _ in range(rng.randint(2, 3)):
        p = person(rng, "US")
        b.f('{{"id": "{u}", "first_name": "{fn}", "last_name": "{ln}", "email": "{em}", "phone": "{ph}", "dob": "{dob}", '
            '"ssn": "{ssn}", "address": "{ad}", "created": "{t}", "email_verified": {ev}}}\n',
            u=uuid(rng), fn=P(p.first), ln=P(p.last), em=EM(p.email), ph=PH(p.phone), dob=DOB(p.dob.isoformat()),
            ssn=SSN(ssn(rng)), ad=AD(p.addr), t=ts(rng), ev=rng.choice(["true", "false"]))
    return b.text()


def _t_us_transcript(rng):
    b, p = _B("US"), person(rng, "US")
    d = p.dob
    b.f("[auto-transcript] agent: thank you for calling {brand} wireless this is {ag} can i get your name please caller: yeah it's "
        "{full} agent: and your date of birth caller: {dob} agent: thanks and the best number to reach you caller: {ph} um "
        "that's my cell agent: ok i see the account ending in {l4} caller: my dog {pet} chewed the phone lol\n",
        brand=rng.choice(["bluewave", "northline", "skyreach"]), ag=P(rng.choice(["jamal", "brittany", "carlos"])),
        full=P(p.full.lower()), dob=DOB("%s %d %d" % (_MON["en"][d.month - 1].lower(), d.day, d.year)),
        ph=PH(_pn.national_significant_number(p.phone_num)), l4="%04d" % rng.randint(0, 9999), pet=rng.choice(_PETS).lower())
    return b.text()


def _t_us_sms(rng):
    b, p = _B("US"), person(rng, "US")
    drv = person(rng, "US")
    b.f("SMS thread {num}\n{drv} ({dph}): Hi this is {dfn} with {co} Movers, on our way. ETA 40 min\n{cu}: ok gate code is {code}#, "
        "unit {u} at {ad}\n{dfn2}: copy. total is {amt}, we take card or cash\n{cu2}: sounds good. my wife {wife} will be there "
        "{wph}\n",
        num=PH(p.phone), drv=P(drv.full), dph=PH(drv.phone), dfn=P(drv.first), co=rng.choice(["Two Men and a Truck", "Allied", "Bekins"]),
        cu=P(p.first), code="%04d" % rng.randint(0, 9999), u=rng.randint(1, 40), ad=AD(p.lines[0].split(",")[0]), amt=money(rng, "$"),
        dfn2=P(drv.first), cu2=P(p.first), wife=P(person(rng, "US").first), wph=PH(phone(rng, "US")))
    return b.text()


def _t_gb_quoted(rng):
    b, p = _B("GB"), person(rng, "GB")
    b.f("Hi {fn},\n\nYes that's right, please update it. Also my new mobile is {ph}.\n\nCheers,\n{sig}\n\n"
        "-----Original Message-----\nFrom: {co} Customer Care <{em}>\nSent: {d}\n\n> Dear {t} {ln},\n> We have your address as:\n",
        fn=P(rng.choice(["Sophie", "Callum", "Priya"])), ph=PH(p.phone), sig=P(p.first), co=rng.choice(["Northgate Mobile", "BrightPhone"]),
        em=EM("care@" + rng.choice(["northgatemobile.co.uk", "brightphone.co.uk"])), d=near_date(rng, "GB", 10, 0, "long"),
        t=rng.choice(["Mr", "Mrs", "Ms"]), ln=P(p.last))
    for line in p.lines:
        b.f("> {ql}\n", ql=AD(line))
    b.f("> Please reply to confirm. Ref {r}\n", r=ref(rng, "NGM-", 8))
    return b.text()


def _t_gb_ticket(rng):
    b, p = _B("GB"), person(rng, "GB")
    b.f("Ticket #{tk} [Direct Debit amendment]\nCustomer: {full}  DOB: {dob}\nNew bank details: IBAN {ib} (sort code {sc}, "
        "BIC {bic})\nAddress on file: {ad}\n--- internal note ({ag}) ---\nChecked against Experian, matches. Customer mentioned they "
        "are moving to {town} in the spring. Do NOT send the card to the old address. Last 4 on card: {l4}.\n",
        tk=rng.randint(100000, 999999), full=P(p.full), dob=DOB(fdate(rng, "GB", p.dob)), ib=IBAN(iban(rng, "GB")),
        sc="%02d-%02d-%02d" % (rng.randint(10, 99), rng.randint(0, 99), rng.randint(0, 99)), bic=rng.choice(["BARCGB22", "NWBKGB2L", "LOYDGB21"]),
        ad=AD(p.addr), ag=P(rng.choice(["Gemma", "Raj", "Oliver"])), town=LOC(rng.choice(["Glasgow", "Canterbury", "Bath", "Harrogate"])),
        l4="%04d" % rng.randint(0, 9999))
    return b.text()


def _t_gb_whatsapp(rng):
    b = _B("GB")
    a, c = person(rng, "GB"), person(rng, "GB")
    d = near_date(rng, "GB", 60, 0)
    b.f("[{d}, 09:14:03] {a}: Morning! Did the van people confirm?\n[{d}, 09:15:40] {c}: Yeah Friday 8am. Sending you the "
        "new address now\n[{d}, 09:15:52] {c}: {ad}\n[{d}, 09:16:10] {a}: Amazing. Is {pet} coming in the car with you?\n"
        "[{d}, 09:17:01] {c}: Ha yes. Mum's flying in from {loc} on Sat btw\n[{d}, 09:17:30] {a}: Call me on {ph} if anything goes wrong\n",
        d=d, a=P(a.first), c=P(c.first + " " + c.last[0] + "."), ad=AD(c.addr), pet=rng.choice(_PETS),
        loc=LOC(rng.choice(["Malaga", "Dublin", "Lanzarote", "Cape Town", "Toronto"])), ph=PH(a.phone))
    return b.text()


def _t_gb_nopii(rng):
    b = _B("GB")
    b.f("Your class at our {br} club on {d} has been moved to Studio {s}. Booking ref {r}. Bring a towel - {brand} shower gel "
        "now on sale at reception, {amt}. Door code for the changing rooms is {code}. App version {v} fixes the QR check-in.\n",
        br=rng.choice(["Leeds", "Croydon", "Reading", "Milton Keynes"]), d=near_date(rng, "GB", 0, 30, "long"), s=rng.randint(1, 4),
        r=ref(rng, "BK", 7, string.ascii_uppercase + string.digits), brand=rng.choice(["Marks & Spencer", "Sainsbury's"]), amt=money(rng),
        code=rng.randint(1000, 9999), v=version(rng))
    return b.text()


def _t_gb_removals(rng):
    b, p = _B("GB"), person(rng, "GB")
    dest = person(rng, "GB")
    b.f("REMOVALS QUOTE {r}\nClient: {t} {full} | Tel (home) {land} | Mob {mob}\nMoving from:\n{a1}\nMoving to:\n{a2}\n"
        "Survey by {sv} from our {dep} depot. 3-bed semi, piano, dog ({pet}) stays with neighbour. Quote {amt} + VAT. "
        "Storage unit {u} at our {dep} site.\n",
        r=ref(rng, "Q-", 6), t=rng.choice(["Mr", "Mrs", "Dr"]), full=P(p.full), land=PH(phone(rng, "GB", "land")), mob=PH(p.phone),
        a1=AD("\n".join(p.lines)), a2=AD("\n".join(dest.lines)), sv=P(rng.choice(["Dave", "Kerry", "Tom"])),
        dep=rng.choice(["Swindon", "Wakefield", "Ipswich"]), pet=rng.choice(_PETS), amt=money(rng), u=rng.randint(10, 300))
    return b.text()


def _t_gb_applog(rng):
    b = _B("GB")
    u = person(rng, "GB")
    b.f("{t} WARN  auth.LoginController - failed login user={em} pass={pw} ip={ip}\n{t2} DEBUG auth.PasswordStore - stored hash "
        "{bc}\n{t3} INFO  auth.LoginController - login ok user={em2} ip={ip2} session={sid}\n",
        t=ts(rng), em=EM(u.email), pw=PW(password(rng)), ip=IP(_ip_public_v4(rng)), t2=ts(rng), bc=bcrypt(rng), t3=ts(rng),
        em2=EM(u.email), ip2=priv_ip(rng), sid=hexs(rng, 32))
    return b.text()


def _t_ie_forward(rng):
    b, p = _B("IE"), person(rng, "IE")
    fw = person(rng, "IE")
    b.f("---------- Forwarded message ---------\nFrom: {full} <{em}>\nDate: {d}\nSubject: standing order\nTo: {role}\n\n"
        "Hello,\nPlease set up my monthly gift of {amt} from IBAN {ib}. My address is {ad}. Phone {ph}.\nMany thanks, {fn}\n\n"
        "{fw}: can you action this one? Donor ID {did}.\n",
        full=P(p.full), em=EM(p.email), d=near_date(rng, "IE", 15, 0, "long"), role=EM(rng.choice(["donations@", "info@"]) + "hopeforkids.ie"),
        amt=money(rng, "€"), ib=IBAN(iban(rng, "IE")), ad=AD(p.addr), ph=PH(p.phone), fn=P(p.first), fw=P(fw.first), did=ref(rng, "D", 6))
    return b.text()


def _t_ie_teams(rng):
    b = _B("IE")
    a, c = person(rng, "IE"), person(rng, "IE")
    b.f("{a}  {h}:{m}\nAre you around next week? {c_} is off.\n\n{c}  {h}:{m2}\nNo, I'm flying to {loc} Tuesday to see my sister. "
        "Back the 14th. Ring me on {ph} if the Galway office needs anything.\n\n{a}  {h}:{m3}\nGrand, thanks\n",
        a=P(a.full), h=rng.randint(9, 17), m=rng.randint(10, 29), c_=P(rng.choice(["Siobhán", "Ciarán", "Aoife"])), c=P(c.full),
        m2=rng.randint(30, 45), loc=LOC(rng.choice(["Boston", "Lisbon", "Perth", "Vancouver"])), ph=PH(c.phone), m3=rng.randint(46, 59))
    return b.text()


def _t_ie_donor(rng):
    b, p = _B("IE"), person(rng, "IE")
    b.f("Donor call {d} - spoke to {full} (born {dob}), lives in {town}. Regular gift via card {mc}, wants to increase to "
        "{amt}/month. Confirmed address {ad}. Interested in the {ev} event at our Cork office. Prefers email {em}.\n",
        d=near_date(rng, "IE", 30, 0), full=P(p.full), dob=DOB(fdate(rng, "IE", p.dob, "long")), town=LOC(p.town), mc=masked_card(rng),
        amt=money(rng, "€"), ad=AD(p.addr), ev=rng.choice(["Darkness into Light", "Christmas Swim"]), em=EM(p.email))
    return b.text()


def _t_au_slack(rng):
    b = _B("AU")
    a, c = person(rng, "AU"), person(rng, "AU")
    b.f("#deploys\n{a} {h}:0{m} AM\nfyi the staging build {v} is out. someone pasted the github token in the runbook: {k}\n"
        "{c} {h}:1{m} AM\nrotated it :+1: new one's in vault. also the old aws key {ak} is dead\n{a2} {h}:2{m} AM\n"
        "cheers. commit {sha} fixes the cron on {ip}\n",
        a=P(a.first.lower() + "." + a.last.lower()), h=rng.randint(8, 11), m=rng.randint(0, 9), v=version(rng),
        k=KEY(api_key(rng, "ghp")), c=P(c.first), ak=KEY(api_key(rng, "aws")), a2=P(a.first.lower() + "." + a.last.lower()),
        sha=hexs(rng, 40), ip=priv_ip(rng))
    return b.text()


def _t_au_rental(rng):
    b, p = _B("AU"), person(rng, "AU")
    b.f("Booking {bk} - Hertz Melbourne Airport\nMain driver: {ln}, {fn}  DOB {dob}\nLicence no. {lic} (VIC)\nMobile: {ph}\n"
        "Home: {ad}\nCard on file {mc}, bond {amt} pre-auth. Pick-up {d} 10:30, drop-off Sydney Domestic. Additional driver: "
        "{ad2}. Rego {rego}.\n",
        bk=ref(rng, "", 9), ln=P(p.last.upper()), fn=P(p.first), dob=DOB(fdate(rng, "AU", p.dob)), lic=ref(rng, "", 9),
        ph=PH(p.phone), ad=AD(p.addr), mc=masked_card(rng), amt=money(rng, "$"), d=near_date(rng, "AU", 0, 40),
        ad2=P(person(rng, "AU").full), rego=ref(rng, "1", 5, string.ascii_uppercase + string.digits))
    return b.text()


def _t_au_ocr(rng):
    b, p = _B("AU"), person(rng, "AU")
    b.f("MEMBERSH1P APPLlCATION - FITNESS FlRST\nSurnarne: {ln}     Given narnes: {fn}\nDate of Birth: {dob}\nResidentia1 "
        "Address: {ad}\nPh0ne: {ph}    Emai1: {em}\nEmergency c0ntact: {ec} ({ecp})\nMember No. {mn}   Signed {d}\n",
        ln=P(p.last.upper()), fn=P(p.first.upper()), dob=DOB(fdate(rng, "AU", p.dob)), ad=AD(p.addr), ph=PH(p.phone), em=EM(p.email),
        ec=P(person(rng, "AU").full), ecp=PH(phone(rng, "AU")), mn=ref(rng, "", 8), d=near_date(rng, "AU", 100, 0))
    return b.text()


def _t_ca_admissions(rng):
    b, p = _B("CA"), person(rng, "CA")
    b.f("Dear {fn},\n\nThank you for applying to the Faculty of Science (application {app}). Our records show:\n"
        "  Name: {full}\n  Date of birth: {dob}\n  Mailing address: {ad}\n  Phone: {ph}\n  Student number: {sn}\n\n"
        "Please upload your transcript by {d}. Questions? {role} or {off}.\n\nOffice of the Registrar\n",
        fn=P(p.first), app=ref(rng, "APP", 7), full=P(p.full), dob=DOB(p.dob.isoformat()), ad=AD(p.addr), ph=PH(p.phone),
        sn=ref(rng, "", 9), d=near_date(rng, "CA", 0, 60, "long"), role=EM("admissions@" + rng.choice(["utoronto.ca", "dal.ca", "umanitoba.ca"])),
        off=PH(phone(rng, "CA", "land")))
    return b.text()


def _t_ca_logfmt(rng):
    b, p = _B("CA"), person(rng, "CA")
    b.f("ts={t} level=info msg=\"profile updated\" user_id={uid} first_name={fn} last_name={ln} email={em} phone={ph} "
        "city={city} postal_code_verified=true client_ip={ip} app_version={v} req={u}\n",
        t=ts(rng), uid=rng.randint(10000, 99999), fn=P(p.first), ln=P(p.last), em=EM(p.email),
        ph=PH(_pn.format_number(p.phone_num, _PF.E164)), city=LOC(p.town), ip=IP(_ip_public_v4(rng)), v=version(rng), u=uuid(rng))
    return b.text()


def _t_ca_notif(rng):
    b, p = _B("CA"), person(rng, "CA")
    b.f("[Enterprise] {fn}, your reservation {r} at Toronto Pearson (YYZ) is confirmed for {d}\n[Tim Hortons] Your order #{o} is "
        "ready for pickup\n[Rogers] {amt} bill for account ending {l4} is due {d2}\n",
        fn=P(p.first), r=ref(rng, "", 10), d=near_date(rng, "CA", 0, 30, "long"), o=rng.randint(100, 999), amt=money(rng, "$"),
        l4="%04d" % rng.randint(0, 9999), d2=near_date(rng, "CA", 0, 30, "long"))
    return b.text()


def _t_in_sms(rng):
    b, p = _B("IN"), person(rng, "IN")
    b.f("VM-HDFCBK: {otp} is your OTP for txn of Rs.{amt} at AMAZON on card XX{l4}. Valid 10 mins. Do not share.\n"
        "JX-JIOINF: Dear {fn}, your Jio number {ph} recharge of Rs.{r} successful. Plan valid till {d}. Txn ID {tx}.\n",
        otp=rng.randint(100000, 999999), amt="%d.00" % rng.randint(100, 9000), l4="%04d" % rng.randint(0, 9999), fn=P(p.first),
        ph=PH(_pn.national_significant_number(p.phone_num)), r=rng.choice([239, 299, 666, 719]), d=near_date(rng, "IN", 0, 84),
        tx=ref(rng, "BR000", 8, string.ascii_uppercase + string.digits))
    return b.text()


def _t_in_mno(rng):
    b, p = _B("IN"), person(rng, "IN")
    b.f("Care ticket {tk} | SIM swap request\nCust name: {full}\nRMN: {ph}  Alt no: {alt}\nAddress: {ad}\nDOB: {dob}\nOld SIM ICCID "
        "{icc}, handset IMEI {imei}. Store: Airtel Express, Koramangala. KYC done by {ag}. Cust travelling to {loc} next week, "
        "needs roaming.\n",
        tk=ref(rng, "", 10), full=P(p.full), ph=PH(p.phone), alt=PH(phone(rng, "IN", style="intl")), ad=AD(p.addr),
        dob=DOB(fdate(rng, "IN", p.dob)), icc=iccid(rng), imei=imei(rng), ag=P(person(rng, "IN").first),
        loc=LOC(rng.choice(["Dubai", "Singapore", "London", "Kathmandu"])))
    return b.text()


def _t_in_sheet(rng):
    b = _B("IN")
    b.f("Sr\tName\tEmail\tMobile\tCity\tDOB\tFee Paid\n")
    for i in range(rng.randint(2, 4)):
        p = person(rng, "IN")
        b.f("{i}\t{n}\t{em}\t{ph}\t{c}\t{dob}\t{amt}\n", i=i + 1, n=P(p.full), em=EM(p.email), ph=PH(p.phone), c=LOC(p.town),
            dob=DOB(fdate(rng, "IN", p.dob, "num")), amt="₹%d" % rng.randint(500, 25000))
    return b.text()


def _t_nz_gym(rng):
    b, p = _B("NZ"), person(rng, "NZ")
    b.f("Kia ora {fn},\n\nWelcome to {gym}! Here's what we have on file - reply if anything's wrong:\n\nName: {full}\nDate of birth: "
        "{dob}\nAddress: {ad}\nMobile: {ph}\nMembership: {plan}, {amt} per fortnight by card {mc}\nHome club: {club}\n\n"
        "Ngā mihi,\n{staff}\nMembership team | {role} | {off}\n",
        fn=P(p.first), gym=rng.choice(["Les Mills", "CityFitness", "Jetts"]), full=P(p.full), dob=DOB(fdate(rng, "NZ", p.dob)),
        ad=AD(p.addr), ph=PH(p.phone), plan=rng.choice(["Anytime", "Off-peak"]), amt=money(rng, "$"), mc=masked_card(rng),
        club=rng.choice(["Britomart", "Newmarket", "Taranaki Street"]), staff=P(person(rng, "NZ").first),
        role=EM("members@" + rng.choice(["citygym.co.nz", "fitclub.nz"])), off=PH(phone(rng, "NZ", "land")))
    return b.text()


def _t_nz_nopii(rng):
    b = _B("NZ")
    b.f("Scheduled maintenance {d} 01:00-03:00 NZDT. Hosts {i1} and {i2} will reboot onto kernel {v}. Checksums: {h}. Ticket "
        "{tk}. Depot GPS {g}. Contact the on-call engineer via PagerDuty, not by phone.\n",
        d=near_date(rng, "NZ", 0, 20), i1=priv_ip(rng), i2=priv_ip(rng), v=version(rng), h=hexs(rng, 64), tk=ref(rng, "CHG", 7),
        g=gps(rng))
    return b.text()


def _t_sg_chat(rng):
    b, p = _B("SG"), person(rng, "SG")
    ag = rng.choice(["Farhan", "Michelle", "Kelvin"])
    b.f("{ag}: Hi, thanks for contacting {co}. May I have your registered mobile?\n{cu}: {ph}\n{ag2}: Thanks {fn}. Delivery "
        "address still {ad}?\n{cu2}: ya same. lift lobby B\n{ag3}: Noted, movers arrive {d} between 9-11am. Quote {r}, {amt} "
        "incl GST.\n",
        ag=P(ag), co=rng.choice(["ShiftSG Movers", "Lalamove"]), cu=P(p.full), ph=PH(p.phone), ag2=P(ag), fn=P(p.first),
        ad=AD(" ".join(p.lines)), cu2=P(p.full), ag3=P(ag), d=near_date(rng, "SG", 0, 20), r=ref(rng, "SG-", 6), amt=money(rng, "S$"))
    return b.text()


def _t_sg_json(rng):
    b, p = _B("SG"), person(rng, "SG")
    b.f('{{"level":"error","ts":"{t}","svc":"signup","msg":"duplicate account","email":"{em}","mobile":"{ph}","ip":"{ip}",'
        '"geo":"{g}","ua":"okhttp/{v}","trace_id":"{tr}"}}\n',
        t=ts(rng), em=EM(p.email), ph=PH(_pn.format_number(p.phone_num, _PF.E164)), ip=IP(_ip_public_v6(rng)), g=gps(rng),
        v=version(rng), tr=hexs(rng, 32))
    return b.text()


def _t_za_ticket(rng):
    b, p = _B("ZA"), person(rng, "ZA")
    b.f("Ticket {tk}: Card declined at Woolworths\nCustomer {full} called from {ph}. Card {cc} blocked after 3 wrong PINs. "
        "New card to be couriered to {ad}. Customer is flying to {loc} on {d}, asked for travel notice. Branch: Canal Walk.\n",
        tk=ref(rng, "ZA", 7), full=P(p.full), ph=PH(p.phone), cc=CC(card(rng)), ad=AD(p.addr),
        loc=LOC(rng.choice(["Windhoek", "Mauritius", "London", "Perth"])), d=near_date(rng, "ZA", 0, 30))
    return b.text()


def _t_ng_sms(rng):
    b, p = _B("NG"), person(rng, "NG")
    b.f("From {co}: Dear {full}, your move to {ad} is booked for {d}. Driver {drv} ({dph}) will call. Pay {amt} to acct "
        "{acct} (GTBank), ref {r}.\nReply from {ph}: Pls tell driver to call my brother {bro} on {bph}, I'll be in {loc}.\n",
        co=rng.choice(["SwiftMove NG", "Gokada Logistics"]), full=P(p.full), ad=AD(p.addr), d=near_date(rng, "NG", 0, 20),
        drv=P(person(rng, "NG").first), dph=PH(phone(rng, "NG")), amt="N%d,000" % rng.randint(50, 900), acct="%010d" % rng.randint(0, 10**10 - 1),
        r=ref(rng, "MV", 6), ph=PH(p.phone), bro=P(person(rng, "NG").first), bph=PH(phone(rng, "NG")), loc=LOC(rng.choice(["Abuja", "Kano", "Accra"])))
    return b.text()


def _t_ke_chat(rng):
    b, p = _B("KE"), person(rng, "KE")
    ag = rng.choice(["Wanjiru", "Otieno", "Achieng"])
    b.f("Agent {ag}: Habari, welcome to {co} support. How can I help?\nCustomer {cu}: I paid for my data bundle but nothing. "
        "M-Pesa code {code}, {amt}\nAgent {ag2}: Pole sana. Which number did you pay from?\nCustomer {cu2}: {ph}\n"
        "Agent {ag3}: Thank you {fn}, reversed. Bundle now active.\n",
        ag=P(ag), co=rng.choice(["Safaricom", "Airtel Kenya"]), cu=P(p.full),
        code=ref(rng, "S", 9, string.ascii_uppercase + string.digits), amt="KSh %d" % rng.randint(50, 3000), ag2=P(ag),
        cu2=P(p.full), ph=PH(p.phone), ag3=P(ag), fn=P(p.first))
    return b.text()


# ----------------------------------------------------------------------------- templates: other languages
def _t_ca_mail(rng):  # Catalan
    b, p = _B("ES"), person(rng, "ES", "F")
    b.f("Assumpte: Canvi de domiciliació\n\nBon dia,\n\nSóc {full}, sòcia número {soci} del gimnàs. Us demano que a partir del mes "
        "que ve carregueu la quota al compte {ib}. La meva adreça nova és {ad}.\nData de naixement: {dob}. Telèfon: {ph}.\n\n"
        "Moltes gràcies,\n{fn}\n\nEnviat des del meu iPhone\n",
        full=P(p.full), soci=rng.randint(1000, 9999), ib=IBAN(iban(rng, "ES")), ad=AD(p.addr), dob=DOB(fdate(rng, "ES", p.dob)),
        ph=PH(p.phone), fn=P(p.first))
    return b.text()


def _t_ca_whatsapp(rng):  # Catalan
    b = _B("ES")
    a, c = person(rng, "ES"), person(rng, "ES")
    d = near_date(rng, "ES", 30, 0)
    b.f("{d} 21:02 - {a}: Ei! Ja teniu data per la mudança?\n{d} 21:05 - {c}: Sí, dissabte. Ens n'anem a viure a {loc} 😅\n"
        "{d} 21:05 - {c}: La nova adreça: {ad}\n{d} 21:07 - {a}: Quina passada! Si us cal ajuda truca'm al {ph}\n"
        "{d} 21:08 - {c}: Gràcies!! El gat {pet} ja està estressat\n",
        d=d, a=P(a.first), c=P(c.first + " " + c.last), loc=LOC(rng.choice(["Girona", "Manresa", "Reus", "Olot"])), ad=AD(c.addr),
        ph=PH(a.phone), pet=rng.choice(_PETS))
    return b.text()


def _t_is_ticket(rng):  # Icelandic
    b, p = _B("IS"), person(rng, "IS")
    b.f("Mál #{tk} - Flutningur á farsímanúmeri\nViðskiptavinur: {full}\nFæðingardagur: {dob}\nHeimilisfang: {ad}\nSími: {ph}\n"
        "Netfang: {em}\nAthugasemd ({ag}): Viðskiptavinur flytur til {loc} í janúar og vill halda númerinu. SIM kort {icc}.\n",
        tk=rng.randint(10000, 99999), full=P(p.full), dob=DOB(fdate(rng, "IS", p.dob)), ad=AD(p.addr), ph=PH(p.phone), em=EM(p.email),
        ag=P(person(rng, "IS").first), loc=LOC(rng.choice(["Akureyrar", "Kaupmannahafnar", "Ísafjarðar", "Egilsstaða"])), icc=iccid(rng))
    return b.text()


def _t_is_sms(rng):  # Icelandic
    b, p = _B("IS"), person(rng, "IS")
    drv = person(rng, "IS").first
    b.f("Hæ {fn}, þetta er {drv} frá {co}. Við komum á morgun kl. 9 að {ad}. Hurðarkóði? Kv. {drv2}, s. {dph}\n"
        "> Takk! Kóðinn er {code}. Hundurinn {pet} verður heima.\n",
        fn=P(p.first), drv=P(drv), co=rng.choice(["Flutningaþjónustan", "Sendibílar Reykjavíkur"]),
        ad=AD(p.lines[0]), drv2=P(drv), dph=PH(phone(rng, "IS")), code=rng.randint(1000, 9999), pet=rng.choice(_PETS))
    return b.text()


def _t_af_mail(rng):  # Afrikaans
    b, p = _B("ZA"), person(rng, "ZA")
    b.f("Goeiemiddag,\n\nEk wil graag my maandelikse skenking aan die {ch} verhoog na {amt}. My besonderhede:\nVan: {ln}\n"
        "Voorname: {fn}\nGeboortedatum: {dob}\nAdres: {ad}\nSelfoon: {ph}\nE-pos: {em}\n\nVriendelike groete\n{full}\n",
        ch=rng.choice(["Kankervereniging", "SPCA", "Kinderhuis"]), amt="R%d" % rng.randint(100, 2000), ln=P(p.last), fn=P(p.first),
        dob=DOB(fdate(rng, "ZA", p.dob, "long")), ad=AD(p.addr), ph=PH(p.phone), em=EM(p.email), full=P(p.full))
    return b.text()


def _t_af_note(rng):  # Afrikaans
    b, p = _B("ZA"), person(rng, "ZA")
    b.f("Oproepnota {d}: {t} {ln} skuif van {a} na {loc} einde van die maand. Vra kwotasie vir 2-slaapkamer huis. Nuwe adres: {ad}. "
        "Kontak by {ph} of werk {wph}. Ons Kaapstad-depot sal dit hanteer. Verwysing {r}.\n",
        d=near_date(rng, "ZA", 10, 0), t=rng.choice(["mnr.", "mev.", "dr."]), ln=P(p.last), a=LOC(p.town),
        loc=LOC(rng.choice(["Hermanus", "Worcester", "Knysna", "Upington"])), ad=AD(p.addr), ph=PH(p.phone), wph=PH(phone(rng, "ZA", "land")),
        r=ref(rng, "KW", 6))
    return b.text()


def _t_tl_chat(rng):  # Tagalog / Taglish
    b, p = _B("PH"), person(rng, "PH")
    ag = rng.choice(["Jessa", "Rommel", "Aileen"])
    b.f("{ag}: Magandang hapon po! Ako si {ag2} ng {co}. Paano ko po kayo matutulungan?\n{cu}: hi po, di pa dumating yung load ko "
        "sa number ko {ph}\n{ag3}: Pasensya na po. Pwede po ba makuha ang full name at birthday ninyo for verification?\n"
        "{cu2}: {full}, {dob}\n{ag4}: Salamat po Ma'am/Sir {fn}. Reference no. {r}, na-credit na po. GCash ref {gc}.\n",
        ag=P(ag), ag2=P(ag), co=rng.choice(["Globe", "Smart", "DITO"]), cu=P(p.full), ph=PH(p.phone), ag3=P(ag), cu2=P(p.first),
        full=P(p.full), dob=DOB(fdate(rng, "PH", p.dob, "long")), ag4=P(ag), fn=P(p.first), r=ref(rng, "", 10),
        gc=ref(rng, "", 13))
    return b.text()


def _t_tl_sms(rng):  # Tagalog
    b, p = _B("PH"), person(rng, "PH")
    b.f("Hi {fn}! Paalala: ang iyong rental car ({car}) ay i-pick up sa {br} branch sa {d}. Dalhin ang lisensya. Para sa tanong, "
        "tumawag sa {hot}.\nReply: Ok po. Pakihatid na lang sa bahay namin, {ad}. Salamat! - {full}\n",
        fn=P(p.first), car=rng.choice(["Toyota Vios", "Mitsubishi Xpander"]), br=rng.choice(["NAIA Terminal 3", "Mactan", "Ortigas"]),
        d=near_date(rng, "PH", 0, 14, "long"), hot=PH(phone(rng, "PH", "land")), ad=AD(p.addr), full=P(p.full))
    return b.text()


def _t_ms_mail(rng):  # Malay
    b, p = _B("MY"), person(rng, "MY")
    b.f("Kepada pihak {gym},\n\nSaya ingin membatalkan keahlian saya (no. ahli {mn}). Butiran saya:\nNama: {full}\n"
        "Tarikh lahir: {dob}\nAlamat: {ad}\nNo. telefon: {ph}\n\nSila hentikan potongan kad {mc} mulai bulan depan. Saya akan "
        "berpindah ke {loc}.\n\nTerima kasih,\n{fn}\n",
        gym=rng.choice(["Celebrity Fitness", "Anytime Fitness Bangsar"]), mn=ref(rng, "M", 7), full=P(p.full),
        dob=DOB(fdate(rng, "MY", p.dob)), ad=AD(p.addr), ph=PH(p.phone), mc=masked_card(rng),
        loc=LOC(rng.choice(["Kuching", "Melaka", "Kota Kinabalu", "Seremban"])), fn=P(p.first))
    return b.text()


def _t_ms_form(rng):  # Malay
    b, p = _B("MY"), person(rng, "MY")
    b.f("nama_penuh: {full}\nemel: {em}\ntelefon_bimbit: {ph}\nalamat_surat: {ad}\nbandar_asal: {town}\nkata_laluan: {pw}\n"
        "kod_promo: {promo}\nversi_aplikasi: {v}\ncawangan: Mid Valley\n",
        full=P(p.full), em=EM(p.email), ph=PH(p.phone), ad=AD(p.addr), town=LOC(p.town), pw=PW(password(rng)),
        promo=ref(rng, "RAYA", 4, string.ascii_uppercase + string.digits), v=version(rng))
    return b.text()


def _t_et_ticket(rng):  # Estonian
    b, p = _B("EE"), person(rng, "EE")
    b.f("Pöördumine nr {tk}\nKlient: {full}\nSünniaeg: {dob}\nAadress: {ad}\nTelefon: {ph}\nE-post: {em}\n\nKlient soovib "
        "kolida oma treeningud Tartu klubisse, kuna kolib {loc}. Kaardi viimased numbrid {l4}. Sisemärkus ({ag}): lepingu "
        "number {lep}, võlgnevus {amt}.\n",
        tk=rng.randint(100000, 999999), full=P(p.full), dob=DOB(fdate(rng, "EE", p.dob)), ad=AD(p.addr), ph=PH(p.phone), em=EM(p.email),
        loc=LOC(rng.choice(["Tartusse", "Pärnusse", "Soome", "Rootsi"])), l4="%04d" % rng.randint(0, 9999), ag=P(person(rng, "EE").first),
        lep=ref(rng, "LEP-", 6), amt="%d,%02d €" % (rng.randint(10, 300), rng.randint(0, 99)))
    return b.text()


def _t_et_config(rng):  # Estonian
    b = _B("EE")
    b.f("# Kolimisteenuse API seadistus (versioon {v})\n# NB! ära pane seda giti\napi:\n  base_url: https://api.kolimine.ee/v2\n"
        "  key: {k}\n  public_key: pk_test_{pk}\ndb:\n  host: {ip}\n  user: kolija\n  parool: {pw}\n  parool_hash: {h}\n",
        v=version(rng), k=KEY(api_key(rng, rng.choice(["sg", "goog", "oai"]))), pk=_rs(rng, 24), ip=priv_ip(rng), pw=PW(password(rng)),
        h=hexs(rng, 64))
    return b.text()


def _t_sl_mail(rng):  # Slovenian
    b, p = _B("SI"), person(rng, "SI")
    b.f("Spoštovani,\n\nv zvezi z rezervacijo {r} (prevzem na letališču Brnik, {d}) vam pošiljam podatke voznika:\n"
        "Ime in priimek: {full}\nDatum rojstva: {dob}\nNaslov: {ad}\nGSM: {ph}\nŠtevilka kartice: {cc}\n\nLep pozdrav,\n{fn}\n",
        r=ref(rng, "SI", 8, string.ascii_uppercase + string.digits), d=near_date(rng, "SI", 0, 40), full=P(p.full),
        dob=DOB(fdate(rng, "SI", p.dob)), ad=AD(p.addr), ph=PH(p.phone), cc=CC(card(rng)), fn=P(p.first))
    return b.text()


def _t_sl_note(rng):  # Slovenian
    b, p = _B("SI"), person(rng, "SI", "M")
    b.f("Zapis klica {d}: g. {ln} je poklical glede donacije za {ch}. Živi v kraju {loc}, rojen {dob}. Želi potrdilo na e-naslov "
        "{em}. Tel. {ph}. Znesek {amt}, transakcija {tx}. Predal sodelavki {ag}.\n",
        d=near_date(rng, "SI", 10, 0), ln=P(p.last), ch=rng.choice(["Rdeči križ", "Karitas", "Unicef"]), loc=LOC(p.town),
        dob=DOB(fdate(rng, "SI", p.dob, "long")), em=EM(p.email), ph=PH(p.phone), amt="%d,00 EUR" % rng.randint(10, 500),
        tx=uuid(rng), ag=P(person(rng, "SI").first))
    return b.text()


def _t_tr_chat(rng):  # Turkish
    b, p = _B("TR"), person(rng, "TR")
    ag = person(rng, "TR").first
    lc = rng.choice([("İzmir", "'e"), ("Ankara", "'ya"), ("Almanya", "'ya"), ("Eskişehir", "'e")])
    b.f("{ag}: Merhaba, {co} müşteri hizmetlerine hoş geldiniz. Size nasıl yardımcı olabilirim?\n{cu}: Merhaba, faturamda "
        "fazla ücret var. Hattım {ph}\n{ag2}: Kimlik doğrulaması için doğum tarihinizi alabilir miyim?\n{cu2}: {dob}\n"
        "{ag3}: Teşekkürler {fn} Hanım/Bey. Adresiniz {ad} olarak görünüyor, doğru mu?\n{cu3}: Evet. Ama gelecek ay {loc}{suf} "
        "taşınıyorum.\n",
        ag=P(ag), co=rng.choice(["Turkcell", "Türk Telekom", "Vodafone"]), cu=P(p.full), ph=PH(p.phone), ag2=P(ag), cu2=P(p.first),
        dob=DOB(fdate(rng, "TR", p.dob)), ag3=P(ag), fn=P(p.first), ad=AD(p.addr), cu3=P(p.first),
        loc=LOC(lc[0]), suf=lc[1])
    return b.text()


def _t_tr_form(rng):  # Turkish
    b, p = _B("TR"), person(rng, "TR")
    b.f("ad={fn}&soyad={ln}&eposta={em}&cep={ph}&dogum_tarihi={dob}&sifre={pw}&kampanya={kp}&ip={ip}&tarayici=Firefox/{v}\n",
        fn=P(p.first), ln=P(p.last), em=EM(p.email), ph=PH(_pn.format_number(p.phone_num, _PF.E164)), dob=DOB(p.dob.isoformat()),
        pw=PW(password(rng).replace("&", "x").replace("=", "x")), kp=ref(rng, "YAZ", 4), ip=IP(_ip_public_v4(rng)), v=version(rng))
    return b.text()


def _t_ro_mail(rng):  # Romanian
    b, p = _B("RO"), person(rng, "RO")
    b.f("Stimată doamnă/Stimate domn,\n\nVă trimit dosarul de admitere pentru programul de licență. Date personale:\n"
        "Nume: {ln}\nPrenume: {fn}\nData nașterii: {dob}\nLocul nașterii: {loc}\nDomiciliu: {ad}\nTelefon: {ph}\nE-mail: {em}\n\n"
        "Număr dosar: {nd}. Taxa de {amt} lei a fost achitată.\n\nCu stimă,\n{full}\n",
        ln=P(p.last), fn=P(p.first), dob=DOB(fdate(rng, "RO", p.dob)), loc=LOC(rng.choice(["Sibiu", "Craiova", "Chișinău", "Suceava"])),
        ad=AD(p.addr), ph=PH(p.phone), em=EM(p.email), nd=ref(rng, "ADM-2026-", 5), amt=rng.choice([150, 200, 250]), full=P(p.full))
    return b.text()


def _t_ro_sms(rng):  # Romanian
    b, p = _B("RO"), person(rng, "RO")
    b.f("{co}: Bună {fn}, rezervarea {r} este confirmată. Ridicare: Aeroport Otopeni, {d}, 10:00. Garanție blocată pe cardul "
        "{mc}. Întrebări: {hot}\n{fn2} ({ph}): Mulțumesc! Vin cu zborul din {loc}.\n",
        co=rng.choice(["Autonom", "Klass Wagen"]), fn=P(p.first), r=ref(rng, "", 8), d=near_date(rng, "RO", 0, 30),
        mc=masked_card(rng), hot=PH(phone(rng, "RO", "land")), fn2=P(p.first), ph=PH(p.phone),
        loc=LOC(rng.choice(["Londra", "Madrid", "Torino", "Dublin"])))
    return b.text()


def _t_vi_ticket(rng):  # Vietnamese
    b, p = _B("VN"), person(rng, "VN")
    b.f("Phiếu hỗ trợ #{tk}\nKhách hàng: {full}\nNgày sinh: {dob}\nSố điện thoại: {ph}\nĐịa chỉ: {ad}\nNội dung: Khách báo mất "
        "sim, yêu cầu khóa thuê bao. IMEI máy {imei}. Khách đang công tác tại {loc}. Nhân viên xử lý: {ag}.\n",
        tk=rng.randint(100000, 999999), full=P(p.full), dob=DOB(fdate(rng, "VN", p.dob)), ph=PH(p.phone), ad=AD(p.addr),
        imei=imei(rng), loc=LOC(rng.choice(["Đà Lạt", "Hải Phòng", "Nha Trang", "Huế"])), ag=P(person(rng, "VN").full))
    return b.text()


def _t_lt_mail(rng):  # Lithuanian
    b, p = _B("LT"), person(rng, "LT")
    b.f("Laba diena,\n\nnoriu užsisakyti perkraustymo paslaugą {d}. Perkraustome iš {ad} į {loc}. Mano telefonas {ph}, "
        "el. paštas {em}. Turime katę {pet}.\n\nPagarbiai\n{full}\n",
        d=near_date(rng, "LT", 0, 40), ad=AD(p.addr), loc=LOC(rng.choice(["Kauną", "Klaipėdą", "Panevėžį", "Alytų"])), ph=PH(p.phone),
        em=EM(p.email), pet=rng.choice(_PETS), full=P(p.full))
    return b.text()


def _t_de_ticket(rng):  # German
    b, p = _B("DE"), person(rng, "DE", "F")
    b.f("Ticket {tk} | Kündigung Mobilfunkvertrag\nKundin: Frau {full}, geb. {dob}\nAnschrift: {ad}\nRufnummer: {ph}\n"
        "Bankverbindung: IBAN {ib}, BIC {bic}\nInterne Notiz ({ag}): Kundin zieht nach {loc}, Kündigung zum {d} bestätigt. "
        "Gerät (IMEI {imei}) bleibt bei Kundin.\n",
        tk=ref(rng, "DE-", 7), full=P(p.full), dob=DOB(fdate(rng, "DE", p.dob)), ad=AD(p.addr), ph=PH(p.phone), ib=IBAN(iban(rng, "DE")),
        bic=rng.choice(["COBADEFFXXX", "DEUTDEFF", "GENODEF1S04"]), ag=P(person(rng, "DE").first),
        loc=LOC(rng.choice(["Wien", "Hamburg", "Zürich", "Dresden"])), d=near_date(rng, "DE", 0, 60), imei=imei(rng))
    return b.text()


def _t_de_transcript(rng):  # German, lower-case speech-to-text
    b, p = _B("DE"), person(rng, "DE")
    d = p.dob
    b.f("[transkript] mitarbeiter: autovermietung {co} guten tag mein name ist {ag} kunde: ja hallo hier ist {full} ich wollte "
        "meine buchung ändern mitarbeiter: gern wie ist ihr geburtsdatum kunde: {dob} mitarbeiter: danke und ihre handynummer "
        "kunde: {ph} mitarbeiter: die buchungsnummer ist {r} richtig\n",
        co=rng.choice(["sixt", "europcar"]), ag=P(person(rng, "DE").first.lower()), full=P(p.full.lower()),
        dob=DOB("%d. %s %d" % (d.day, _MON["de"][d.month - 1].lower(), d.year)),
        ph=PH(_pn.format_number(p.phone_num, _PF.NATIONAL).replace(" ", "")), r=ref(rng, "", 9))
    return b.text()


def _t_fr_mail(rng):  # French
    b, p = _B("FR"), person(rng, "FR")
    b.f("Objet : Reçu fiscal 2026\n\nBonjour,\n\nJe n'ai pas reçu mon reçu fiscal pour mes dons à {ch}. Mes coordonnées :\n"
        "{full}\n{ad}\nTél. : {ph}\nNé(e) le {dob}\nPrélèvement sur IBAN {ib}\n\nCordialement,\n{fn}\n\nLe {d}, {role} a écrit :\n"
        "> Merci pour votre don de {amt} (référence {r}).\n",
        ch=rng.choice(["la Croix-Rouge", "Emmaüs", "la SPA"]), full=P(p.full), ad=AD("\n".join(p.lines)), ph=PH(p.phone),
        dob=DOB(fdate(rng, "FR", p.dob)), ib=IBAN(iban(rng, "FR")), fn=P(p.first), d=near_date(rng, "FR", 60, 0, "long"),
        role=EM("dons@" + rng.choice(["association-aide.fr", "solidarite.org"])), amt="%d,00 €" % rng.randint(10, 500), r=ref(rng, "RF", 8))
    return b.text()


def _t_fr_chat(rng):  # French
    b, p = _B("FR"), person(rng, "FR")
    ag = rng.choice(["Camille", "Julien", "Inès"])
    b.f("[{h}:12] {ag} (conseiller) : Bonjour, je suis {ag2}, que puis-je faire pour vous ?\n[{h}:13] {cu} : bjr je veux résilier "
        "mon abonnement salle de sport, je déménage à {loc}\n[{h}:14] {ag3} (conseiller) : Bien noté. Pouvez-vous confirmer votre "
        "numéro ?\n[{h}:14] {cu2} : {ph}\n[{h}:15] {ag4} (conseiller) : Merci, résiliation enregistrée (dossier {r}).\n",
        h=rng.randint(9, 19), ag=P(ag), ag2=P(ag), cu=P(p.full), loc=LOC(rng.choice(["Bordeaux", "Marseille", "Bruxelles", "Genève"])),
        ag3=P(ag), cu2=P(p.full), ph=PH(p.phone), ag4=P(ag), r=ref(rng, "RES", 7))
    return b.text()


def _t_nl_form(rng):  # Dutch
    b, p = _B("NL"), person(rng, "NL")
    b.f("Voornaam: {fn}\nAchternaam: {ln}\nGeboortedatum: {dob}\nAdres: {st}\nWoonplaats sinds: {yr}\n"
        "Telefoon: {ph}\nE-mail: {em}\nIBAN: {ib}\nAkkoord voorwaarden: ja\nVestiging: Utrecht Centraal\nLidnummer: {ln_}\n",
        fn=P(p.first), ln=P(p.last), dob=DOB(fdate(rng, "NL", p.dob)), st=AD(p.addr), yr=rng.randint(1995, 2025), ph=PH(p.phone),
        em=EM(p.email), ib=IBAN(iban(rng, "NL")), ln_=ref(rng, "", 8))
    return b.text()


def _t_pl_sms(rng):  # Polish
    b, p = _B("PL"), person(rng, "PL")
    b.f("{co}: {fn}, dziękujemy za wpłatę {amt} zł na zbiórkę. Potwierdzenie wysłaliśmy na {em}. Nr transakcji {tx}.\n"
        "{co2}: Twoja przeprowadzka z {ad} zaplanowana na {d}. Kierowca: {drv}, tel. {dph}. Kod odbioru {code}.\n",
        co=rng.choice(["Caritas", "WOŚP", "PCK"]), fn=P(p.first), amt=rng.randint(20, 500), em=EM(p.email), tx=ref(rng, "", 12),
        co2=rng.choice(["PrzeprowadzkiPro", "Move24"]), ad=AD(p.addr), d=near_date(rng, "PL", 0, 30), drv=P(person(rng, "PL").full),
        dph=PH(phone(rng, "PL")), code=rng.randint(1000, 9999))
    return b.text()


def _t_it_note(rng):  # Italian
    b, p = _B("IT"), person(rng, "IT", "F")
    b.f("Nota CRM {d} - {ag}: la sig.ra {full} (nata il {dob} a {loc}) chiede il trasloco da {ad} a {dest}. Preventivo {amt} €, "
        "acconto via bonifico su IBAN {ib}. Cell. {ph}. Gatto di nome {pet}. Pratica {r}.\n",
        d=near_date(rng, "IT", 10, 0), ag=P(person(rng, "IT").first), full=P(p.full), dob=DOB(fdate(rng, "IT", p.dob)),
        loc=LOC(rng.choice(["Palermo", "Napoli", "Lecce", "Cagliari"])), ad=AD(p.addr), dest=LOC(rng.choice(["Milano", "Trento", "Padova"])), amt=rng.randint(400, 4000),
        ib=IBAN(iban(rng, "IT")), ph=PH(p.phone), pet=rng.choice(_PETS), r=ref(rng, "TR-", 6))
    return b.text()


def _t_pt_mail(rng):  # Portuguese
    b, p = _B("PT"), person(rng, "PT")
    b.f("Boa tarde,\n\nVenho por este meio pedir a alteração da morada de faturação do meu tarifário móvel ({num}).\n"
        "Nova morada: {ad}\nData de nascimento: {dob}\nIBAN para débito direto: {ib}\n\nCumprimentos,\n{full}\n{em}\n",
        num=PH(p.phone), ad=AD(p.addr), dob=DOB(fdate(rng, "PT", p.dob)), ib=IBAN(iban(rng, "PT")), full=P(p.full), em=EM(p.email))
    return b.text()


TEMPLATES = [
    # English (33): US 8, GB 6, IE 3, AU 3, CA 3, IN 3, NZ 2, SG 2, ZA 1, NG 1, KE 1
    _t_us_support_mail, _t_us_call_note, _t_us_nginx, _t_us_livechat, _t_us_config, _t_us_jsonl, _t_us_transcript, _t_us_sms,
    _t_gb_quoted, _t_gb_ticket, _t_gb_whatsapp, _t_gb_nopii, _t_gb_removals, _t_gb_applog,
    _t_ie_forward, _t_ie_teams, _t_ie_donor, _t_au_slack, _t_au_rental, _t_au_ocr,
    _t_ca_admissions, _t_ca_logfmt, _t_ca_notif, _t_in_sms, _t_in_mno, _t_in_sheet,
    _t_nz_gym, _t_nz_nopii, _t_sg_chat, _t_sg_json, _t_za_ticket, _t_ng_sms, _t_ke_chat,
    # other languages (28): ca 2, is 2, af 2, tl 2, ms 2, et 2, sl 2, tr 2, ro 2, vi 1, lt 1, de 2, fr 2, nl 1, pl 1, it 1, pt 1
    _t_ca_mail, _t_ca_whatsapp, _t_is_ticket, _t_is_sms, _t_af_mail, _t_af_note, _t_tl_chat, _t_tl_sms,
    _t_ms_mail, _t_ms_form, _t_et_ticket, _t_et_config, _t_sl_mail, _t_sl_note, _t_tr_chat, _t_tr_form,
    _t_ro_mail, _t_ro_sms, _t_vi_ticket, _t_lt_mail, _t_de_ticket, _t_de_transcript, _t_fr_mail, _t_fr_chat,
    _t_nl_form, _t_pl_sms, _t_it_note, _t_pt_mail,
]


def free_text(n: int, seed: int) -> list:
    rng = random.Random(f"jetty-{seed}")
    out = []
    for i in range(n):
        t = TEMPLATES[i % len(TEMPLATES)](random.Random(f"jetty-{seed}-{i}-{rng.random()}"))
        for s, e, lab in t.spans:
            assert t.text[s:e].strip() == t.text[s:e]
        out.append(t)
    return out


# ----------------------------------------------------------------------------- structured tables
def _e164(p):
    return _pn.format_number(p.phone_num, _PF.E164)


def _bool(rng):
    return rng.choice(["true", "false", "TRUE", "1", "0", "yes"])


def _tbl_mno_subscribers():
    return "GB", [
        ("subscriber_id", None, lambda r, p: ref(r, "SUB", 8)),
        ("first_name", "PERSON", lambda r, p: p.first),
        ("surname", "PERSON", lambda r, p: p.last),
        ("msisdn", "PHONE_NUMBER", lambda r, p: _e164(p)),
        ("alt_contact_no", "PHONE_NUMBER", lambda r, p: phone(r, "GB", "land", "nat")),
        ("email", "EMAIL_ADDRESS", lambda r, p: p.email),
        ("email_verified", None, lambda r, p: _bool(r)),
        ("dob", "DATE_OF_BIRTH", lambda r, p: fdate(r, "GB", p.dob, "num")),
        ("dob_verified", None, lambda r, p: _bool(r)),
        ("addr1", "STREET_ADDRESS", lambda r, p: p.addr),
        ("address_type", None, lambda r, p: r.choice(["billing", "delivery", "home"])),
        ("portal_pwd", "PASSWORD", lambda r, p: password(r)),
        ("password_changed_at", None, lambda r, p: ts(r)),
        ("phone_type", None, lambda r, p: r.choice(["mobile", "landline", "MOBILE", "work"])),
        ("imei", None, lambda r, p: imei(r)),
        ("iccid", None, lambda r, p: iccid(r)),
        ("handset_model", None, lambda r, p: r.choice(["Samsung Galaxy A54", "iPhone 15", "Pixel 8a", "Nokia G22"])),
        ("tariff_code", None, lambda r, p: ref(r, "TRF-", 4, string.ascii_uppercase + string.digits)),
        ("name_of_plan", None, lambda r, p: r.choice(["Unlimited Max", "SIM Only 30GB", "Family Share", "Pay As You Go"])),
        ("contract_end", None, lambda r, p: near_date(r, "GB", 0, 700)),
        ("monthly_fee_gbp", None, lambda r, p: "%d.%02d" % (r.randint(8, 70), r.randint(0, 99))),
        ("last_login_ip", None, lambda r, p: priv_ip(r)),
    ]


def _tbl_care_interactions():
    return "PH", [
        ("ticket_no", None, lambda r, p: ref(r, "INC", 9)),
        ("Petsa", None, lambda r, p: ts(r, "%m/%d/%Y %H:%M")),
        ("Pangalan ng Customer", "PERSON", lambda r, p: p.full),
        ("Numero", "PHONE_NUMBER", lambda r, p: p.phone),
        ("col_7", "EMAIL_ADDRESS", lambda r, p: p.email),
        ("Tirahan", "STREET_ADDRESS", lambda r, p: p.addr),
        ("Agent", "PERSON", lambda r, p: r.choice(["Jessa", "Rommel", "Aileen", "Mark", "Joy"])),
        ("agent_id", None, lambda r, p: ref(r, "AG", 5)),
        ("Kategorya", None, lambda r, p: r.choice(["Load", "Billing", "SIM Replacement", "Roaming"])),
        ("sim_serial", None, lambda r, p: iccid(r)),
        ("device_imei", None, lambda r, p: imei(r)),
        ("load_amount", None, lambda r, p: "PHP %d.00" % r.choice([50, 99, 299, 599, 999])),
        ("gcash_ref_no", None, lambda r, p: ref(r, "", 13)),
        ("Status", None, lambda r, p: r.choice(["Resolved", "Open", "Escalated"])),
        ("channel", None, lambda r, p: r.choice(["chat", "hotline", "store", "FB Messenger"])),
        ("store_branch", None, lambda r, p: r.choice(["SM Megamall", "Ayala Center Cebu", "Robinsons Iloilo"])),
        ("duration_sec", None, lambda r, p: str(r.randint(30, 2400))),
    ]


def _tbl_donors():
    return "IE", [
        ("DonorRef", None, lambda r, p: ref(r, "D", 6)),
        ("Title", None, lambda r, p: r.choice(["Mr", "Ms", "Mrs", "Dr", ""])),
        ("Forename", "PERSON", lambda r, p: p.first),
        ("Surname", "PERSON", lambda r, p: p.last),
        ("EmailAddress", "EMAIL_ADDRESS", lambda r, p: p.email),
        ("EmailOptIn", None, lambda r, p: _bool(r)),
        ("PhoneHome", "PHONE_NUMBER", lambda r, p: phone(r, "IE", "land", "nat")),
        ("PostalAddress", "STREET_ADDRESS", lambda r, p: p.addr),
        ("Town", "LOCATION", lambda r, p: p.town),
        ("DateOfBirth", "DATE_OF_BIRTH", lambda r, p: fdate(r, "IE", p.dob, "num")),
        ("MandateIBAN", "IBAN_CODE", lambda r, p: iban(r, "IE")),
        ("MandateRef", None, lambda r, p: ref(r, "HFK-MND-", 7)),
        ("CardLast4", None, lambda r, p: "%04d" % r.randint(0, 9999)),
        ("FirstGiftDate", None, lambda r, p: near_date(r, "IE", 3000, 0)),
        ("TotalGivenEUR", None, lambda r, p: "%d.%02d" % (r.randint(5, 9000), r.randint(0, 99))),
        ("Campaign", None, lambda r, p: r.choice(["XMAS26", "DIL-2026", "Spring Appeal", "Tap2Donate"])),
        ("CharityShop", None, lambda r, p: r.choice(["Athlone", "Tralee", "Naas", "Dundalk"])),
        ("PreferredChannel", None, lambda r, p: r.choice(["post", "email", "SMS", "phone"])),
    ]


def _tbl_gift_transactions():
    return "ZA", [
        ("transaksie_id", None, lambda r, p: uuid(r)),
        ("datum", None, lambda r, p: ts(r, "%Y/%m/%d %H:%M")),
        ("skenker_naam", "PERSON", lambda r, p: p.full),
        ("selfoon", "PHONE_NUMBER", lambda r, p: p.phone),
        ("e-pos", "EMAIL_ADDRESS", lambda r, p: p.email),
        ("kaartnommer", "CREDIT_CARD", lambda r, p: card(r)),
        ("kaart_vervaldatum", None, lambda r, p: expiry(r)),
        ("kaart_laaste4", None, lambda r, p: masked_card(r)),
        ("bedrag", None, lambda r, p: "R %d,%02d" % (r.randint(20, 5000), r.randint(0, 99))),
        ("ip_adres", "IP_ADDRESS", lambda r, p: _ip_public_v4(r)),
        ("ip_intern", None, lambda r, p: priv_ip(r)),
        ("veldtog", None, lambda r, p: r.choice(["Winterdrag", "Kos vir Kinders", "Mandela Day"])),
        ("kwitansie_nr", None, lambda r, p: ref(r, "KW", 8)),
        ("betaalmetode", None, lambda r, p: r.choice(["kaart", "EFT", "SnapScan", "debietorder"])),
        ("status", None, lambda r, p: r.choice(["geslaag", "misluk", "hangende"])),
        ("winkel", None, lambda r, p: r.choice(["Stellenbosch", "Bellville", "Hatfield"])),
        ("sha256", None, lambda r, p: hexs(r, 64)),
    ]


def _tbl_gym_members():
    return "MY", [
        ("no_ahli", None, lambda r, p: ref(r, "M", 7)),
        ("nama_pertama", "PERSON", lambda r, p: p.first),
        ("nama_keluarga", "PERSON", lambda r, p: p.last),
        ("tarikh_lahir", "DATE_OF_BIRTH", lambda r, p: fdate(r, "MY", p.dob, "num")),
        ("no_tel", "PHONE_NUMBER", lambda r, p: p.phone),
        ("jenis_telefon", None, lambda r, p: r.choice(["bimbit", "rumah", "pejabat"])),
        ("emel", "EMAIL_ADDRESS", lambda r, p: p.email),
        ("emel_disahkan", None, lambda r, p: _bool(r)),
        ("alamat", "STREET_ADDRESS", lambda r, p: p.addr),
        ("bandar", "LOCATION", lambda r, p: p.town),
        ("kata_laluan", "PASSWORD", lambda r, p: password(r)),
        ("kata_laluan_dikemaskini", None, lambda r, p: near_date(r, "MY", 500, 0)),
        ("pelan", None, lambda r, p: r.choice(["Premium", "Off-Peak", "Pelajar"])),
        ("yuran_bulanan", None, lambda r, p: "RM%d.00" % r.randint(69, 299)),
        ("kad_akhir4", None, lambda r, p: "%04d" % r.randint(0, 9999)),
        ("cawangan", None, lambda r, p: r.choice(["Mid Valley", "Sunway Pyramid", "Bangsar", "Gurney"])),
        ("tarikh_daftar", None, lambda r, p: near_date(r, "MY", 1500, 0)),
        ("kod_loker", None, lambda r, p: "%04d" % r.randint(0, 9999)),
        ("versi_app", None, lambda r, p: version(r)),
    ]


def _tbl_gym_checkins():
    return "TR", [
        ("giris_zamani", None, lambda r, p: ts(r, "%d.%m.%Y %H:%M")),
        ("uye_adi", "PERSON", lambda r, p: p.full),
        ("attr2", "PHONE_NUMBER", lambda r, p: p.phone),
        ("istemci_ip", "IP_ADDRESS", lambda r, p: _ip_public_v4(r) if r.random() < 0.7 else _ip_public_v6(r)),
        ("salon_sube", None, lambda r, p: r.choice(["Kadıköy", "Çankaya", "Alsancak", "Nilüfer"])),
        ("kapi_kodu", None, lambda r, p: "%06d" % r.randint(0, 999999)),
        ("cihaz_id", None, lambda r, p: uuid(r)),
        ("uygulama_surumu", None, lambda r, p: version(r)),
        ("rezervasyon_no", None, lambda r, p: ref(r, "RZ", 7)),
        ("ders_adi", None, lambda r, p: r.choice(["Pilates", "Spinning", "Crossfit", "Yoga"])),
        ("sure_dk", None, lambda r, p: str(r.randint(20, 120))),
        ("kart_son4", None, lambda r, p: "**** %04d" % r.randint(0, 9999)),
        ("durum", None, lambda r, p: r.choice(["giriş", "çıkış", "reddedildi"])),
        ("qr_hash", None, lambda r, p: hexs(r, 64)),
        ("konum", None, lambda r, p: gps(r)),
    ]


def _tbl_removal_jobs():
    return "ES", [
        ("num_pressupost", None, lambda r, p: ref(r, "PR-", 6)),
        ("Nom", "PERSON", lambda r, p: p.first),
        ("Cognoms", "PERSON", lambda r, p: p.last),
        ("Telèfon", "PHONE_NUMBER", lambda r, p: p.phone),
        ("Correu electrònic", "EMAIL_ADDRESS", lambda r, p: p.email),
        ("Adreça origen", "STREET_ADDRESS", lambda r, p: p.addr),
        ("Població destí", "LOCATION", lambda r, p: r.choice(["Girona", "Manresa", "Reus", "Olot", "Figueres", "Terrassa"])),
        ("IBAN", "IBAN_CODE", lambda r, p: iban(r, "ES")),
        ("Tipus d'adreça", None, lambda r, p: r.choice(["pis", "casa", "local"])),
        ("Data mudança", None, lambda r, p: near_date(r, "ES", 30, 90)),
        ("Import (€)", None, lambda r, p: "%d,%02d" % (r.randint(200, 4000), r.randint(0, 99))),
        ("Volum m3", None, lambda r, p: str(r.randint(5, 80))),
        ("Ascensor", None, lambda r, p: r.choice(["sí", "no"])),
        ("Magatzem", None, lambda r, p: r.choice(["Sabadell", "Granollers", "Mataró"])),
        ("Matrícula camió", None, lambda r, p: "%04d %s" % (r.randint(0, 9999), _rs(r, 3, "BCDFGHJKLMNPRSTVWXYZ"))),
        ("Mascota", None, lambda r, p: r.choice(_PETS + ["-", "cap"])),
        ("Estat", None, lambda r, p: r.choice(["confirmat", "pendent", "cancel·lat"])),
    ]


def _tbl_removal_quotes():
    return "EE", [
        ("pakkumise_nr", None, lambda r, p: ref(r, "PK", 6)),
        ("kuupäev", None, lambda r, p: near_date(r, "EE", 60, 0)),
        ("eesnimi", "PERSON", lambda r, p: p.first),
        ("perenimi", "PERSON", lambda r, p: p.last),
        ("telefon", "PHONE_NUMBER", lambda r, p: p.phone),
        ("e_post", "EMAIL_ADDRESS", lambda r, p: p.email),
        ("aadress", "STREET_ADDRESS", lambda r, p: p.addr),
        ("aadressi_tüüp", None, lambda r, p: r.choice(["korter", "maja", "kontor"])),
        ("field_3", "LOCATION", lambda r, p: r.choice(["Tartu", "Pärnu", "Helsingi", "Viljandi", "Rakvere"])),
        ("summa_eur", None, lambda r, p: "%d,%02d" % (r.randint(150, 3000), r.randint(0, 99))),
        ("maht_m3", None, lambda r, p: str(r.randint(3, 60))),
        ("ladu", None, lambda r, p: r.choice(["Tallinn", "Tartu", "Jõhvi"])),
        ("auto_nr", None, lambda r, p: "%03d %s" % (r.randint(0, 999), _rs(r, 3, "ABCDEFHKLMNPRSTX"))),
        ("lift", None, lambda r, p: r.choice(["jah", "ei"])),
        ("km", None, lambda r, p: str(r.randint(2, 400))),
        ("staatus", None, lambda r, p: r.choice(["uus", "saadetud", "kinnitatud"])),
    ]


def _tbl_admissions_applicants():
    return "US", [
        ("ApplicationID", None, lambda r, p: ref(r, "APP", 7)),
        ("applicantFirstName", "PERSON", lambda r, p: p.first),
        ("applicantLastName", "PERSON", lambda r, p: p.last),
        ("dateOfBirth", "DATE_OF_BIRTH", lambda r, p: fdate(r, "US", p.dob, "num")),
        ("ssn", "US_SSN", lambda r, p: ssn(r)),
        ("ssnLast4", None, lambda r, p: "***-**-%04d" % r.randint(1, 9999)),
        ("emailAddress", "EMAIL_ADDRESS", lambda r, p: p.email),
        ("emailVerified", None, lambda r, p: _bool(r)),
        ("cellPhone", "PHONE_NUMBER", lambda r, p: p.phone),
        ("phoneType", None, lambda r, p: r.choice(["cell", "home", "work"])),
        ("homeAddress", "STREET_ADDRESS", lambda r, p: p.addr),
        ("hometown", "LOCATION", lambda r, p: p.town),
        ("portalPassword", "PASSWORD", lambda r, p: password(r)),
        ("studentId", None, lambda r, p: ref(r, "", 9)),
        ("nameOfHighSchool", None, lambda r, p: r.choice(["Lincoln High School", "Thomas Jefferson HS", "George Washington Academy", "Roosevelt High"])),
        ("ceebCode", None, lambda r, p: ref(r, "", 6)),
        ("gpa", None, lambda r, p: "%.2f" % r.uniform(2.0, 4.0)),
        ("satScore", None, lambda r, p: str(r.randint(900, 1600))),
        ("intendedMajor", None, lambda r, p: r.choice(["Biology", "Computer Science", "History", "Nursing"])),
        ("decision", None, lambda r, p: r.choice(["admit", "deny", "waitlist", "pending"])),
        ("decisionDate", None, lambda r, p: near_date(r, "US", 100, 60)),
        ("feeWaiver", None, lambda r, p: _bool(r)),
    ]


def _tbl_admissions_deposits():
    return "US", [
        ("TXN_ID", None, lambda r, p: ref(r, "TX", 10)),
        ("STUDENT_ID", None, lambda r, p: ref(r, "", 9)),
        ("PAYER_NAME", "PERSON", lambda r, p: p.full.upper() if r.random() < 0.3 else p.full),
        ("ACCT_NO", "US_BANK_NUMBER", lambda r, p: us_acct(r)),
        ("ROUTING_NO", None, lambda r, p: routing(r)),
        ("ACH_TRACE", None, lambda r, p: ref(r, "", 15)),
        ("CARD_NUMBER", "CREDIT_CARD", lambda r, p: card(r)),
        ("CARD_EXP", None, lambda r, p: expiry(r)),
        ("CVV_MATCH", None, lambda r, p: r.choice(["Y", "N", "M"])),
        ("CARD_LAST4", None, lambda r, p: "%04d" % r.randint(0, 9999)),
        ("AMOUNT_USD", None, lambda r, p: "%d.00" % r.choice([250, 300, 500, 750])),
        ("TXN_TS", None, lambda r, p: ts(r)),
        ("CLIENT_IP", "IP_ADDRESS", lambda r, p: _ip_public_v4(r)),
        ("TERM", None, lambda r, p: r.choice(["FA27", "SP27", "SU27"])),
        ("STATUS", None, lambda r, p: r.choice(["SETTLED", "PENDING", "RETURNED"])),
        ("BILLING_ZIP_MATCH", None, lambda r, p: _bool(r)),
    ]


def _tbl_car_rentals():
    return "SI", [
        ("st_rezervacije", None, lambda r, p: ref(r, "SI", 8, string.ascii_uppercase + string.digits)),
        ("ime", "PERSON", lambda r, p: p.first),
        ("priimek", "PERSON", lambda r, p: p.last),
        ("datum_rojstva", "DATE_OF_BIRTH", lambda r, p: fdate(r, "SI", p.dob, "num")),
        ("gsm", "PHONE_NUMBER", lambda r, p: p.phone),
        ("naslov", "STREET_ADDRESS", lambda r, p: p.addr),
        ("stevilka_kartice", "CREDIT_CARD", lambda r, p: card(r)),
        ("kartica_zadnje4", None, lambda r, p: masked_card(r)),
        ("poslovalnica", None, lambda r, p: r.choice(["Letališče Brnik", "Maribor center", "Koper luka"])),
        ("prevzem", None, lambda r, p: ts(r, "%d. %m. %Y %H:%M")),
        ("vracilo", None, lambda r, p: near_date(r, "SI", 0, 30)),
        ("registrska", None, lambda r, p: "LJ %s-%03d" % (_rs(r, 2, "ABCDEFHJKLMNPRSTUVZ"), r.randint(0, 999))),
        ("vin", None, lambda r, p: _rs(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")),
        ("km_stanje", None, lambda r, p: str(r.randint(1000, 150000))),
        ("znesek", None, lambda r, p: "%d,%02d EUR" % (r.randint(40, 2000), r.randint(0, 99))),
        ("zavarovanje", None, lambda r, p: r.choice(["CDW", "SCDW", "brez"])),
        ("gps_lokacija", None, lambda r, p: gps(r)),
    ]


def _tbl_rental_partners():
    return "IS", [
        ("fyrirtaeki", None, lambda r, p: r.choice(["Hertz Ísland", "Blue Car Rental", "Lotus Car Rental", "Sigurðsson ehf."])),
        ("tengilidur.nafn", "PERSON", lambda r, p: p.full),
        ("tengilidur.netfang", "EMAIL_ADDRESS", lambda r, p: p.email if r.random() < 0.6 else r.choice(["bokun@", "info@", "api@"]) + r.choice(["bilaleiga.is", "carrental.is"])),
        ("tengilidur.simi", "PHONE_NUMBER", lambda r, p: p.phone),
        ("api.lykill", "API_KEY", lambda r, p: api_key(r)),
        ("api.publishable", None, lambda r, p: "pk_live_" + _rs(r, 24)),
        ("api.account_sid", None, lambda r, p: "AC" + hexs(r, 32)),
        ("api.webhook_secret_sha256", None, lambda r, p: hexs(r, 64)),
        ("api.version", None, lambda r, p: version(r)),
        ("innskraning.lykilord", "PASSWORD", lambda r, p: password(r)),
        ("innskraning.lykilord_hash", None, lambda r, p: bcrypt(r)),
        ("ip.leyft", "IP_ADDRESS", lambda r, p: _ip_public_v4(r)),
        ("ip.sandbox", None, lambda r, p: priv_ip(r)),
        ("stofnad", None, lambda r, p: ts(r)),
        ("rate_limit", None, lambda r, p: str(r.choice([60, 120, 600, 1000]))),
        ("stada", None, lambda r, p: r.choice(["virkur", "óvirkur", "prófun"])),
    ]


_TABLES = [("mno_subscribers", _tbl_mno_subscribers), ("mno_care_interactions", _tbl_care_interactions),
           ("charity_donors", _tbl_donors), ("charity_gift_transactions", _tbl_gift_transactions),
           ("gym_members", _tbl_gym_members), ("gym_checkins", _tbl_gym_checkins),
           ("removals_jobs", _tbl_removal_jobs), ("removals_quotes", _tbl_removal_quotes),
           ("admissions_applicants", _tbl_admissions_applicants), ("admissions_deposits", _tbl_admissions_deposits),
           ("car_rentals", _tbl_car_rentals), ("car_rental_partner_accounts", _tbl_rental_partners)]
_PLACEHOLDERS = ["N/A", "-", "unknown", "n/a", "none", "?"]


def structured(rows: int, seed: int) -> dict:
    out = {}
    for ti, (tname, fn) in enumerate(_TABLES):
        cc, spec = fn()
        trng = random.Random(f"jetty-{seed}-table-{tname}")
        people = [person(trng, cc) for _ in range(rows)]
        cols = []
        for ci, (header, ent, gen) in enumerate(spec):
            crng = random.Random(f"jetty-{seed}-{tname}-{ci}")
            blank = crng.choice([0.0, 0.0, 0.02, 0.05, 0.1, 0.2, 0.35, 0.6])
            ph_rate = 0.03 if crng.random() < 0.3 else 0.0
            ph_tok = crng.choice(_PLACEHOLDERS)
            vals = []
            for p in people:
                v = gen(crng, p)
                if ent:
                    _check_value(v, ent, cc)
                x = crng.random()
                if x < blank:
                    v = None
                elif x < blank + ph_rate:
                    v = ph_tok
                vals.append(v)
            cols.append(Column(header, ent, vals))
        out[tname] = cols
    return out
