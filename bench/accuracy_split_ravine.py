"""Accuracy split "ravine": labelled free text and structured tables for the PII-scanner benchmark.

Data card
=========
Author / date: helper "ravine", 2026-11-28 (fixed "today" used for all generated dates).

Independence: written from the author prompt only.  What was read: that prompt (which gives the exact
definitions imported from bench/accuracy_data.py -- that file itself was not opened), the output of
`ls bench/`, the list of Faker locales (faker.config.AVAILABLE_LOCALES) and phonenumbers example numbers
(example_number_for_type) for the regions used.  No other repository file (rules/, pii_audit/, tests/,
docs/, README*, SPEC*, other splits, results, notes, accuracy.py) was read.  The scanner and Presidio were
never read or run.  Faker is not used at run time: names, streets, towns and postcodes come from small
hand-written per-country pools below; phone numbers come from phonenumbers.

API: free_text(n, seed) -> list[Text] (text i renders TEMPLATES[i % len(TEMPLATES)]); structured(rows, seed)
-> dict[table name, list[Column]]; TEMPLATES (58 entries of (language, countries, template)).  Each text /
row draws from its own random.Random seeded with a string ("ravine-{seed}-text-{i}", "ravine-{seed}-{table}-
row-{i}"), blanks from "ravine-{seed}-{table}-{header}-blank"; no clock, no set iteration, no hash(); output is
byte-identical across processes and PYTHONHASHSEED values.  free_text(500, 7) + structured(150, 11) take
well under a second.

Domains (tables): caravan and holiday park, exam-preparation tutoring, public library with e-book loans,
blood-donation centre, ski and snowboard rental, notary's office (two tables each).  Free texts are general
CRM / support / messaging material (shops, lettings, payments, deliveries, bookings, clinics, ski school,
notary appointment, caravan hire).

Languages (58 templates; 31 English = 53%, 27 non-English = 47%):
  English 31, written as from US 11, GB 7, CA 6, AU 5, IN 3, NZ 3, IE 2, ZA 1 (a template may be drawn
  for one of several countries, so these are country slots, not templates);
  German 2, Dutch 2, French 2, Portuguese (PT) 2, Catalan 2, Icelandic 2, Afrikaans 2, Tagalog 2, Malay 2,
  Turkish 2, Romanian 2, Slovenian 2, Estonian 1, Lithuanian 1, Welsh 1 (15 languages; 11 from the
  "barely used" list: Catalan, Icelandic, Afrikaans, Tagalog, Malay, Turkish, Romanian, Slovenian,
  Estonian, Lithuanian, Welsh).
  Names, streets, towns, postcodes (pattern per town), phone numbers (generated per region and checked with
  phonenumbers.is_valid_number and region_code_for_number) and date formats (numeric and spelled-out months
  in the text's language) follow each text's country.  Icelandic and Lithuanian surnames agree with the
  first name's gender.

Shapes: e-mails with signatures and '>'-quoted replies, a forwarded mail, WhatsApp / Slack / Teams /
live-chat / Messenger-style exports, SMS threads, tickets with internal notes, CRM and call notes, a
lower-case speech-to-text call transcript, form dumps (key: value, key=value; JSON lines), application logs
(key=value, ERROR/INFO), nginx access log, a .env config snippet, an OCR'd upper-case application form,
tab-separated spreadsheet rows, notification subjects / bank and OTP SMS, an e-mail signature block, and two
texts with no PII at all (release notes, incident report).

Value rules: cards are Luhn-valid (_luhn; Visa/Mastercard 16, Amex 15) written spaced, dashed or plain;
SSNs avoid area 000/666/9xx, group 00, serial 0000; US account numbers 8-12 digits; IBANs from _iban_of
(GB, IE, DE, NL, FR, PT, ES), spaced or not; public IPs from _ip_public_v4/_ip_public_v6; passwords are
plaintext (word+symbol+year, random 14 chars, passphrases) and never end with punctuation; API keys are
secret-shaped (sk_live_, ghp_, xoxb-, SG., AIza); birth dates 1941-2008 (students 2007-2013); other dates
2025-01-01..2026-11-28.

Label conventions as applied: PERSON = names as written (full, first only, surname only, UPPER, lower,
"Last, First", "First L." with the period inside); chat speakers labelled; titles (Dr., Mr) outside;
company / school / park / farm / book names that contain person names are not labelled; pet names not
labelled.  STREET_ADDRESS = street line with postcode and town as one span, a multi-line block as one span,
each '>'-quoted line its own span, bare street lines and business addresses in signatures labelled.
LOCATION = town / country where a person lives, was born, moves or travels to; branch, depot, shop, clinic
and office towns are not.  DATE_OF_BIRTH = birth dates only.  PHONE_NUMBER = every valid number, business
lines included (national, international, E.164, digits only).  EMAIL_ADDRESS = every address, role
addresses included.  Spans exclude quotes, brackets and trailing punctuation (a national number may begin
with its bracketed area code) and never overlap; _make_text asserts that every span's text equals the
inserted value, that spans do not overlap, that no span starts or ends with a quote / bracket /
punctuation, and that every phone span is a valid number.

Look-alikes (never labelled): masked cards ("**** **** **** 1234", "453201******1234", "•••• 1234"), card
last-4, expiry, CVV, SSN last-4, private IPv4 (10/8, 172.16/12, 192.168/16, CIDR), version strings,
bcrypt / argon2id / SHA-256 / SHA-1 hex, UUIDs, session ids, publishable keys (pk_live_), order / ticket /
booking / tracking / claim / policy / member numbers, OTPs, door / gate codes, IMEIs (Luhn-valid 15
digits), ABA routing numbers (valid checksum) alone, BICs, GPS coordinates, amounts, timestamps, non-birth
dates, company names built from surnames, pet names, branch / depot / office towns.

Tables (structured(rows, seed); columns PII / look-alike; 236 columns: 82 PII, 154 look-alike):
  park_seasonal_residents  GB  21: 8/13  snake_case, abbreviations (tel, dob, home_addr1), opaque col_7
  slagboom_passages        NL  18: 5/13  Dutch camelCase, opaque field_3 (e-mail)
  tutoring_students        IE  20: 8/12  PascalCase
  tutor_invoices           US  20: 6/14  UPPER_SNAKE, opaque attr2 (phone)
  lugejad                  EE  19: 8/11  Estonian snake_case / hyphenated
  ebook_loans              CA  19: 4/15  dotted (patron.name, client.ip, integration.secret)
  bagiscilar               TR  20: 7/13  Turkish spaced Title Case
  donor_appointments       ZA  19: 6/13  spaced Title Case, D.O.B., opaque col_9 (person)
  izposoja_smuci           SI  20: 7/13  Slovenian snake_case, GSM
  cautions_location        FR  19: 6/13  French spaced headers
  escriptures              ES  19: 8/11  Catalan spaced headers
  verificacoes_identidade  PT  22: 9/13  Portuguese snake_case
  PII columns include first-name-only and surname-only columns, names under opaque / foreign headers, towns,
  local-format birth dates, national-format phones, plaintext passwords, API keys, US account numbers, SSNs,
  IBANs (spaced and unspaced), public IPv4/IPv6, card numbers, street addresses.  Look-alike columns include
  PII-sounding headers without PII (email_verified, phone_type, PasswordChangedAt, card_last4, DobVerified,
  dob_verificado, address_type, name_of_park, Telefon Tipi) and PII-looking values (hashes, UUIDs, routing
  numbers, masked cards, private IPs, versions, refs, amounts, timestamps, pet names, branch towns, book and
  school titles with names).  Blank (None) rates 0-60% per column; a few columns carry placeholders
  (N/A, -, unknown), which keep the column's entity.

Known limits: name / street / town pools are small (about 12 first names, 12 surnames, 5-8 towns, 4-7
streets per country), so values repeat across texts; postcodes follow each town's pattern but are not
checked against real postal data; some non-English texts are short and the grammar around inserted names
is kept simple (no case inflection of names or towns); US/CA numbers are any valid NANP number of the
region, not matched to the town's area code; a person's gender is not tracked outside Icelandic and
Lithuanian, so texts avoid gendered titles; ski return timestamps are not forced after the issue
timestamp; English ZA appears in one template only (Afrikaans adds two more ZA texts).
"""

from __future__ import annotations

import random
import unicodedata
import uuid as _uuid
from datetime import date, timedelta

import phonenumbers
from phonenumbers import PhoneNumber, PhoneNumberFormat, PhoneNumberType

try:
    from accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn
except ImportError:
    from .accuracy_data import LABELS, Column, Text, _iban_of, _ip_public_v4, _ip_public_v6, _luhn

__all__ = ["TEMPLATES", "free_text", "structured"]

TODAY = date(2026, 11, 28)

# ---------------------------------------------------------------------------------------------
# Country profiles.  towns: (town, postcode pattern, state/province).  '#' digit, '?' letter.
# ---------------------------------------------------------------------------------------------
_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
_MONTHS = {
    "en": _EN_MONTHS,
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "ca": ["de gener", "de febrer", "de març", "d'abril", "de maig", "de juny", "de juliol", "d'agost",
           "de setembre", "d'octubre", "de novembre", "de desembre"],
    "is": ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
           "nóvember", "desember"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"],
    "sl": ["januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober",
           "november", "december"],
    "et": ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
           "november", "detsember"],
    "tl": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
           "Nobyembre", "Disyembre"],
    "ms": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober",
           "November", "Disember"],
    "af": ["Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September",
           "Oktober", "November", "Desember"],
    "cy": ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
           "Tachwedd", "Rhagfyr"],
    "lt": None,
}


def _prof(region, lang, first, last, towns, streets, l2, dfmt, lfmt, mail, tld, suffix, cur, gps, iban=None,
          **kw):
    d = dict(region=region, lang=lang, first=first, last=last, towns=towns, streets=streets, l2=l2, dfmt=dfmt,
             lfmt=lfmt, mail=mail, tld=tld, suffix=suffix, cur=cur, gps=gps, iban=iban)
    d.update(kw)
    return d


_S = str.split
P = {
    "US": _prof("US", "en",
                _S("James Maria Tyler Ashley DeShawn Jennifer Carlos Emily Kevin Brianna Michael Linh"),
                ["Johnson", "Garcia", "Miller", "Nguyen", "Robinson", "Hernandez", "Walker", "O'Brien", "Kowalski",
                 "Washington", "Thompson", "Reyes"],
                [("Columbus", "432##", "OH"), ("Tucson", "857##", "AZ"), ("Raleigh", "276##", "NC"),
                 ("Spokane", "992##", "WA"), ("Albany", "122##", "NY"), ("Madison", "537##", "WI"),
                 ("Boise", "837##", "ID"), ("Savannah", "314##", "GA")],
                ["{n} Maple Ave", "{n} Oak Street", "{n} Lincoln Blvd", "{n} Cedar Ln, Apt {u}", "{n} W 3rd St",
                 "{n} Highland Dr", "{n} Elm Ct, Unit {u}"],
                "{town}, {st} {pc}", "{mm}/{dd}/{Y}", "{M} {d}, {Y}",
                ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"], "com",
                ["Home Services", "& Sons", "Outfitters", "Family Dental"], ("$", "", ".", ","), (39.5, -98.3)),
    "CA": _prof("CA", "en", _S("Liam Olivia Noah Emma Ethan Jacob Ava Raj Mei Logan Sarah Owen"),
                ["Tremblay", "MacDonald", "Wilson", "Chen", "Singh", "Campbell", "Roy", "Anderson", "Fraser",
                 "Gagnon", "Lee", "Martin"],
                [("Halifax", "B3H #?#", "NS"), ("Calgary", "T2P #?#", "AB"), ("Ottawa", "K2P #?#", "ON"),
                 ("Victoria", "V8W #?#", "BC"), ("Saskatoon", "S7K #?#", "SK"), ("Winnipeg", "R3C #?#", "MB")],
                ["{n} Queen St W", "{n} Jasper Ave", "{n} Oak Bay Ave", "{u}-{n} Portage Ave",
                 "{n} Spring Garden Rd", "{n} 17 Ave SW"],
                "{town}, {st} {pc}", "{Y}-{mm}-{dd}", "{M} {d}, {Y}", ["gmail.com", "shaw.ca", "rogers.com"], "ca",
                ["Hardware", "Outfitters", "Cottage Rentals"], ("$", "", ".", ","), (49.0, -100.0)),
    "GB": _prof("GB", "en", _S("Oliver Amelia Harry Chloe Jack Sophie Mohammed Priya Callum Ellie George Hannah"),
                _S("Smith Taylor Hughes Patel Wright Khan Davies Clarke Robinson Walsh Turner Bennett"),
                [("Leeds", "LS# #??", ""), ("Bristol", "BS# #??", ""), ("Norwich", "NR# #??", ""),
                 ("Exeter", "EX# #??", ""), ("York", "YO## #??", ""), ("Derby", "DE## #??", "")],
                ["{n} Victoria Road", "{n} Church Lane", "Flat {u}, {n} Mill Street", "{n} Beech Grove",
                 "{n} Station Road", "{n} Kingsway"],
                "{town} {pc}", "{dd}/{mm}/{Y}", "{d} {M} {Y}", ["gmail.com", "hotmail.co.uk", "btinternet.com"],
                "co.uk", ["& Co Ltd", "Lettings", "Holiday Parks Ltd"], ("£", "", ".", ","), (52.8, -1.5),
                iban="GB"),
    "IE": _prof("IE", "en", ["Seán", "Aoife", "Conor", "Niamh", "Cian", "Siobhán", "Darragh", "Ciara", "Oisín",
                             "Róisín", "Patrick", "Saoirse"],
                ["Murphy", "O'Sullivan", "Kelly", "Byrne", "Walsh", "Ó Briain", "McCarthy", "Doyle", "Gallagher",
                 "Brennan", "Fitzgerald", "Nolan"],
                [("Dublin 6", "D06 ?#?#", ""), ("Cork", "T12 ?#?#", ""), ("Galway", "H91 ?#?#", ""),
                 ("Limerick", "V94 ?#?#", ""), ("Kilkenny", "R95 ?#?#", ""), ("Sligo", "F91 ?#?#", "")],
                ["{n} Main Street", "{n} Church Road", "{n} Sandford Road", "Apt {u}, {n} Patrick Street",
                 "{n} Father Griffin Road"],
                "{town}, {pc}", "{dd}/{mm}/{Y}", "{d} {M} {Y}", ["gmail.com", "eircom.net", "hotmail.com"], "ie",
                ["& Sons", "Motors", "Grinds"], ("€", "", ".", ","), (53.3, -7.7), iban="IE"),
    "AU": _prof("AU", "en", _S("Jack Charlotte Lachlan Mia Cooper Isla Jayden Zoe Riley Grace Tom Sienna"),
                ["Nguyen", "Smith", "Kelly", "Brown", "Papadopoulos", "O'Connor", "Wilson", "Ryan", "Jones",
                 "Murphy", "Tran", "Harris"],
                [("Brunswick", "3056", "VIC"), ("Newtown", "2042", "NSW"), ("Fremantle", "6160", "WA"),
                 ("Toowong", "4066", "QLD"), ("Glenelg", "5045", "SA"), ("Sandy Bay", "7005", "TAS")],
                ["{n} Sydney Road", "{u}/{n} King Street", "{n} Hay Street", "{n} Coronation Drive",
                 "{n} Jetty Road"],
                "{town} {st} {pc}", "{dd}/{mm}/{Y}", "{d} {M} {Y}", ["gmail.com", "bigpond.com", "outlook.com.au"],
                "com.au", ["Plumbing", "Caravans Pty Ltd"], ("$", "", ".", ","), (-27.0, 133.0)),
    "NZ": _prof("NZ", "en", _S("Aroha Liam Mere Oliver Tama Ruby Wiremu Olivia Hemi Amelia James Ngaio"),
                _S("Smith Ngata Williams Parata Wilson Tipene Taylor Walker Horomona Anderson Kereama Brown"),
                [("Hamilton", "32##", ""), ("Dunedin", "9016", ""), ("Nelson", "7010", ""), ("Tauranga", "3110", ""),
                 ("Wellington", "6011", ""), ("Christchurch", "8011", "")],
                ["{n} Karangahape Road", "{n} Cuba Street", "{n} Colombo Street", "{n} Trafalgar Street",
                 "{n} Devonport Road"],
                "{town} {pc}", "{dd}/{mm}/{Y}", "{d} {M} {Y}", ["gmail.com", "xtra.co.nz"], "co.nz",
                ["Motors", "Builders"], ("$", "", ".", ","), (-41.0, 174.0)),
    "IN": _prof("IN", "en", _S("Aarav Priya Rohan Ananya Vikram Sneha Arjun Kavya Rahul Deepika Siddharth Meera"),
                _S("Sharma Iyer Reddy Nair Gupta Kulkarni Singh Menon Desai Chatterjee Joshi Rao"),
                [("Pune", "4110##", "Maharashtra"), ("Bengaluru", "5600##", "Karnataka"),
                 ("Chennai", "6000##", "Tamil Nadu"), ("Jaipur", "3020##", "Rajasthan"), ("Kochi", "6820##", "Kerala"),
                 ("Lucknow", "2260##", "Uttar Pradesh")],
                ["Flat {u}, Sai Residency, MG Road", "{n}, 12th Main, HSR Layout", "{n}/{u} Anna Salai",
                 "Flat {u}, Green Park Apartments, FC Road", "{n}, Linking Road"],
                "{town} - {pc}", "{dd}/{mm}/{Y}", "{d} {M} {Y}", ["gmail.com", "rediffmail.com", "yahoo.co.in"],
                "in", ["Enterprises", "Realty Pvt Ltd"], ("₹", "", ".", ","), (21.0, 78.0)),
    "ZA": _prof("ZA", "en", _S("Thabo Lerato Sipho Naledi Jason Ayesha Kagiso Michelle Bongani Zanele Ruan Megan"),
                ["Nkosi", "Dlamini", "Mokoena", "Naidoo", "Botha", "Smith", "Khumalo", "van der Merwe", "Pillay",
                 "Ndlovu", "Adams", "Jacobs"],
                [("Durban", "4001", ""), ("Pretoria", "0181", ""), ("Bloemfontein", "9301", ""),
                 ("Gqeberha", "6001", ""), ("Johannesburg", "2196", ""), ("Cape Town", "8001", "")],
                ["{n} Long Street", "{n} Jan Smuts Avenue", "{n} Florida Road", "{n} Voortrekker Road",
                 "Unit {u}, {n} Main Road"],
                "{town}, {pc}", "{Y}/{mm}/{dd}", "{d} {M} {Y}", ["gmail.com", "mweb.co.za", "telkomsa.net"], "co.za",
                ["Trading", "Motors (Pty) Ltd"], ("R", "", ".", " "), (-29.0, 25.0)),
    "AF": _prof("ZA", "af", _S("Johan Annelie Pieter Marike Francois Elmarie Hennie Karin Wynand Carla Jaco Riana"),
                ["van der Merwe", "Botha", "du Plessis", "Pretorius", "Joubert", "Nel", "van Wyk", "Steyn", "Venter",
                 "Coetzee", "Fourie", "Kruger"],
                [("Stellenbosch", "7600", ""), ("Paarl", "7646", ""), ("Potchefstroom", "2531", ""),
                 ("George", "6529", ""), ("Worcester", "6850", ""), ("Bloemfontein", "9301", "")],
                ["{n} Kerkstraat", "{n} Dorpstraat", "{n} Rivierweg", "{n} Andringastraat", "{n} Voortrekkerweg"],
                "{town}, {pc}", "{Y}/{mm}/{dd}", "{d} {M} {Y}", ["gmail.com", "mweb.co.za", "telkomsa.net"], "co.za",
                ["Boerdery", "Motors (Edms) Bpk"], ("R", "", ",", " "), (-33.0, 19.5)),
    "DE": _prof("DE", "de", _S("Lukas Anna Jonas Lea Felix Marie Maximilian Sophie Paul Hannah Tobias Katharina"),
                _S("Müller Schmidt Schneider Fischer Weber Wagner Becker Hoffmann Schäfer Koch Richter Klein"),
                [("Leipzig", "041##", ""), ("Freiburg im Breisgau", "791##", ""), ("Bremen", "281##", ""),
                 ("Kassel", "341##", ""), ("Münster", "481##", ""), ("Regensburg", "930##", "")],
                ["Lindenstraße {n}", "Hauptstraße {n}a", "Bahnhofstraße {n}", "Am Markt {n}", "Goethestraße {n}"],
                "{pc} {town}", "{dd}.{mm}.{Y}", "{d}. {M} {Y}", ["web.de", "gmx.de", "t-online.de"], "de",
                ["GmbH", "& Söhne KG"], ("", " €", ",", "."), (51.0, 10.0), iban="DE"),
    "NL": _prof("NL", "nl", _S("Daan Emma Sem Julia Lucas Sanne Bram Lotte Thijs Fleur Jeroen Anouk"),
                ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
                 "Bos", "van Dijk", "Vermeulen"],
                [("Utrecht", "35## ??", ""), ("Groningen", "97## ??", ""), ("Haarlem", "20## ??", ""),
                 ("Eindhoven", "56## ??", ""), ("Zwolle", "80## ??", ""), ("Leiden", "23## ??", "")],
                ["Kerkstraat {n}", "Dorpsweg {n}", "Oudegracht {n}-bis", "Lindenlaan {n}", "Molenstraat {n} II"],
                "{pc} {town}", "{dd}-{mm}-{Y}", "{d} {M} {Y}", ["ziggo.nl", "kpnmail.nl", "gmail.com"], "nl",
                ["B.V.", "Campers B.V."], ("€ ", "", ",", "."), (52.2, 5.5), iban="NL"),
    "FR": _prof("FR", "fr", _S("Lucas Camille Hugo Chloé Théo Manon Louis Léa Nathan Inès Julien Margaux"),
                _S("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Garnier"),
                [("Lyon", "6900#", ""), ("Nantes", "440##", ""), ("Rennes", "350##", ""), ("Toulouse", "310##", ""),
                 ("Lille", "590##", ""), ("Grenoble", "380##", "")],
                ["{n} rue des Lilas", "{n} avenue Jean Jaurès", "{n} boulevard Voltaire", "{n} rue de la République",
                 "{n} chemin des Vignes"],
                "{pc} {town}", "{dd}/{mm}/{Y}", "{d} {M} {Y}", ["orange.fr", "free.fr", "laposte.net"], "fr",
                ["SARL", "& Fils"], ("", " €", ",", " "), (46.5, 2.5), iban="FR"),
    "PT": _prof("PT", "pt", _S("João Maria Tiago Inês Rui Beatriz Miguel Carolina Duarte Mariana Pedro Leonor"),
                ["Silva", "Santos", "Ferreira", "Costa Pereira", "Oliveira", "Costa", "Rodrigues", "Martins",
                 "Sousa", "Fernandes", "Gonçalves", "Carvalho"],
                [("Lisboa", "1###-###", ""), ("Porto", "4###-###", ""), ("Braga", "47##-###", ""),
                 ("Coimbra", "30##-###", ""), ("Faro", "80##-###", ""), ("Aveiro", "38##-###", "")],
                ["Rua das Flores, {n}", "Avenida da Liberdade, {n}, {u}º Esq", "Rua de Santa Catarina, {n}",
                 "Travessa do Carmo, {n}", "Rua Direita, {n}, {u}º Dto"],
                "{pc} {town}", "{dd}/{mm}/{Y}", "{d} de {M} de {Y}", ["sapo.pt", "gmail.com"], "pt",
                ["Lda", "& Filhos Lda"], ("", " €", ",", "."), (39.6, -8.0), iban="PT"),
    "ES": _prof("ES", "ca", _S("Jordi Montserrat Pau Núria Marc Laia Oriol Mireia Arnau Carla Xavier Meritxell"),
                ["Puig", "Ferrer", "Vila", "Serra", "Soler", "Puig i Ferrer", "Font", "Roca", "Casals", "Vidal",
                 "Sala", "Bosch"],
                [("Barcelona", "080##", ""), ("Girona", "170##", ""), ("Lleida", "250##", ""),
                 ("Tarragona", "430##", ""), ("Sabadell", "082##", ""), ("Vic", "085##", "")],
                ["Carrer de Mallorca, {n}, {u}r 2a", "Carrer Major, {n}", "Passeig de Gràcia, {n}",
                 "Rambla de Catalunya, {n}, {u}r 1a", "Carrer del Sol, {n}"],
                "{pc} {town}", "{dd}/{mm}/{Y}", "{d} {M} de {Y}", ["gmail.com", "yahoo.es", "telefonica.net"],
                "cat", ["i Associats", "Notaris"], ("", " €", ",", "."), (41.6, 1.8), iban="ES"),
    "IS": _prof("IS", "is", None, None,
                [("Reykjavík", "10#", ""), ("Akureyri", "60#", ""), ("Hafnarfjörður", "22#", ""),
                 ("Kópavogur", "20#", ""), ("Selfoss", "800", ""), ("Ísafjörður", "400", "")],
                ["Laugavegur {n}", "Hringbraut {n}", "Skólavörðustígur {n}", "Hafnarstræti {n}", "Lindargata {n}"],
                "{pc} {town}", "{dd}.{mm}.{Y}", "{d}. {M} {Y}", ["simnet.is", "internet.is", "gmail.com"], "is",
                ["ehf", "og synir ehf"], ("", " kr", ",", "."), (64.5, -19.0),
                first_f=_S("Sigríður Guðrún Anna Kristín Helga Þórunn"),
                first_m=_S("Jón Gunnar Ólafur Einar Sigurður Stefán"),
                last_g=[("Jónsson", "Jónsdóttir"), ("Gunnarsson", "Gunnarsdóttir"), ("Ólafsson", "Ólafsdóttir"),
                        ("Einarsson", "Einarsdóttir"), ("Sigurðsson", "Sigurðardóttir"),
                        ("Magnússon", "Magnúsdóttir")]),
    "TR": _prof("TR", "tr", _S("Emre Elif Mehmet Zeynep Burak Ayşe Can Merve Oğuz Selin Murat Deniz"),
                _S("Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Koç Kurt"),
                [("İstanbul", "347##", ""), ("Ankara", "066##", ""), ("İzmir", "352##", ""), ("Bursa", "161##", ""),
                 ("Antalya", "070##", ""), ("Eskişehir", "260##", "")],
                ["Atatürk Cad. No: {n}", "Bağdat Cad. No: {n} D: {u}", "Cumhuriyet Mah. Gül Sk. No: {n}",
                 "İnönü Bulvarı No: {n}"],
                "{pc} {town}", "{dd}.{mm}.{Y}", "{d} {M} {Y}", ["gmail.com", "hotmail.com", "yandex.com.tr"],
                "com.tr", ["Ltd. Şti", "Ticaret A.Ş"], ("", " TL", ",", "."), (39.0, 35.0)),
    "RO": _prof("RO", "ro", _S("Andrei Ioana Mihai Elena Alexandru Maria Vlad Andreea Radu Cristina Bogdan Ana"),
                _S("Popescu Ionescu Popa Dumitrescu Stan Stoica Gheorghe Rusu Munteanu Constantinescu Marin Tudor"),
                [("Cluj-Napoca", "4000##", ""), ("Iași", "7000##", ""), ("Timișoara", "3000##", ""),
                 ("Brașov", "5000##", ""), ("Sibiu", "5500##", ""), ("Constanța", "9000##", "")],
                ["Str. Mihai Eminescu nr. {n}", "Bd. Unirii nr. {n}, ap. {u}", "Str. Florilor nr. {n}",
                 "Calea Victoriei nr. {n}", "Str. Republicii nr. {n}, ap. {u}"],
                "{pc} {town}", "{dd}.{mm}.{Y}", "{d} {M} {Y}", ["yahoo.ro", "gmail.com"], "ro",
                ["SRL", "& Fiii SRL"], ("", " lei", ",", "."), (45.8, 24.9)),
    "SI": _prof("SI", "sl", ["Luka", "Nina", "Jan", "Eva", "Žiga", "Maja", "Matej", "Ana", "Nejc", "Špela", "Rok",
                             "Tjaša"],
                _S("Novak Horvat Kovačič Krajnc Zupančič Potočnik Kovač Mlakar Vidmar Golob Turk Božič"),
                [("Ljubljana", "1000", ""), ("Maribor", "2000", ""), ("Celje", "3000", ""), ("Kranj", "4000", ""),
                 ("Koper", "6000", ""), ("Novo mesto", "8000", "")],
                ["Prešernova ulica {n}", "Slovenska cesta {n}", "Trubarjeva {n}", "Cankarjeva {n}",
                 "Gosposvetska cesta {n}"],
                "{pc} {town}", "{d}. {m}. {Y}", "{d}. {M} {Y}", ["siol.net", "gmail.com", "t-2.net"], "si",
                ["d.o.o", "s.p"], ("", " €", ",", "."), (46.1, 14.8)),
    "EE": _prof("EE", "et", _S("Mart Kadri Siim Liis Tanel Triin Rasmus Kristiina Andres Maarja Priit Kertu"),
                _S("Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel Lepik Kuusk"),
                [("Tallinn", "10###", ""), ("Tartu", "5####", ""), ("Pärnu", "80###", ""), ("Narva", "20###", ""),
                 ("Viljandi", "71###", ""), ("Rakvere", "44###", "")],
                ["Tartu mnt {n}", "Pikk {n}-{u}", "Rüütli {n}", "Narva mnt {n}-{u}", "Riia {n}"],
                "{pc} {town}", "{dd}.{mm}.{Y}", "{d}. {M} {Y}", ["hot.ee", "mail.ee", "gmail.com"], "ee",
                ["OÜ", "AS"], ("", " €", ",", " "), (58.7, 25.5)),
    "LT": _prof("LT", "lt", None, None,
                [("Vilnius", "LT-0####", ""), ("Kaunas", "LT-4####", ""), ("Klaipėda", "LT-9####", ""),
                 ("Šiauliai", "LT-7####", ""), ("Panevėžys", "LT-3####", "")],
                ["Gedimino pr. {n}", "Laisvės al. {n}-{u}", "Vilniaus g. {n}", "Taikos pr. {n}-{u}",
                 "Savanorių pr. {n}"],
                "{pc} {town}", "{Y}-{mm}-{dd}", "{Y}-{mm}-{dd}", ["gmail.com", "inbox.lt"], "lt", ["UAB"],
                ("", " €", ",", " "), (55.3, 23.9),
                first_f=_S("Rūta Eglė Ieva Gabija Aistė Jurgita"),
                first_m=_S("Mantas Tomas Lukas Jonas Darius Paulius"),
                last_g=[("Kazlauskas", "Kazlauskienė"), ("Jankauskas", "Jankauskienė"), ("Petrauskas", "Petrauskaitė"),
                        ("Stankevičius", "Stankevičienė"), ("Vasiliauskas", "Vasiliauskaitė"),
                        ("Žukauskas", "Žukauskienė")]),
    "PH": _prof("PH", "tl", ["Juan", "Maria", "Jose", "Kristine", "Mark", "Jessa", "John Paul", "Angelica", "Rommel",
                             "Liza", "Jericho", "Rowena"],
                ["dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva", "Aquino", "Ramos",
                 "Castillo", "Gonzales", "Fernandez"],
                [("Quezon City", "11##", ""), ("Cebu City", "6000", ""), ("Davao City", "8000", ""),
                 ("Iloilo City", "5000", ""), ("Baguio", "2600", ""), ("Makati", "12##", "")],
                ["{n} Rizal Street, Brgy. San Isidro", "{n} Mabini Street", "Blk {u} Lot {n}, Sampaguita Street",
                 "{n} Bonifacio Avenue"],
                "{town} {pc}", "{mm}/{dd}/{Y}", "{M} {d}, {Y}", ["gmail.com", "yahoo.com.ph"], "ph",
                ["Trading", "Enterprises"], ("₱", "", ".", ","), (12.5, 122.5)),
    "MY": _prof("MY", "ms", ["Ahmad", "Nurul Aisyah", "Muhammad Hafiz", "Siti Nur", "Farah", "Amirul", "Syafiqah",
                             "Hazwan", "Aina", "Iskandar", "Zulkifli", "Nabilah"],
                _S("Abdullah Ismail Rahman Hassan Ibrahim Osman Yusof Ahmad Hamzah Salleh Mahmud Aziz"),
                [("Petaling Jaya", "46###", "Selangor"), ("Johor Bahru", "80###", "Johor"),
                 ("George Town", "10###", "Pulau Pinang"), ("Ipoh", "30###", "Perak"), ("Kuching", "93###", "Sarawak"),
                 ("Kota Bharu", "15###", "Kelantan")],
                ["No. {n}, Jalan SS 2/24", "No. {n}, Jalan Ampang", "{n}, Lorong Maarof", "No. {n}, Jalan Tun Razak"],
                "{pc} {town}, {st}", "{dd}/{mm}/{Y}", "{d} {M} {Y}", ["gmail.com", "yahoo.com.my"], "my",
                ["Sdn Bhd", "Enterprise"], ("RM ", "", ".", ","), (3.5, 102.0)),
    "CY": _prof("GB", "cy", _S("Rhys Cerys Dafydd Seren Gethin Ffion Iolo Gwenllian Owain Nia Emyr Lowri"),
                ["Jones", "Davies", "Williams", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "ap Gwilym",
                 "Morgan", "Pritchard", "Llewelyn"],
                [("Caerdydd", "CF## #??", ""), ("Abertawe", "SA# #??", ""), ("Aberystwyth", "SY23 #??", ""),
                 ("Caernarfon", "LL55 #??", ""), ("Bangor", "LL57 #??", ""), ("Llanelli", "SA15 #??", "")],
                ["{n} Heol y Frenhines", "{n} Ffordd y Môr", "{n} Stryd Fawr", "{n} Heol yr Eglwys", "{n} Lôn Las"],
                "{town} {pc}", "{dd}/{mm}/{Y}", "{d} {M} {Y}", ["gmail.com", "btinternet.com"], "cymru",
                ["Cyf", "a'i Feibion"], ("£", "", ".", ","), (52.3, -3.7), iban="GB"),
}
_ABROAD_EN = ["Spain", "Portugal", "Canada", "Thailand", "Scotland", "Greece", "Japan"]
_PETS = ["Biscuit", "Luna", "Pepper", "Milo", "Ziggy", "Nala", "Bruno", "Mochi", "Rex", "Poppy"]
_PWWORDS = ["Sunflower", "Tractor", "Maple", "Kookaburra", "Lighthouse", "Piano", "Harbour", "Falcon", "Mango",
            "Glacier", "Pumpkin", "Tiger"]
_AZ = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PCL = "ABDEFGHJLNPQRSTUWXYZ"
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_HEX = "0123456789abcdef"
_KIND = {"mobile": PhoneNumberType.MOBILE, "fixed": PhoneNumberType.FIXED_LINE}
_TRANS = str.maketrans({"ß": "ss", "ð": "d", "þ": "th", "Þ": "Th", "ı": "i", "ł": "l", "æ": "ae", "ø": "o",
                        "'": "", " ": "", "-": ""})


def _ascii(s: str) -> str:
    s = s.translate(_TRANS)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)).lower()


def _rs(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _pc(r: random.Random, pat: str) -> str:
    return "".join(str(r.randint(0, 9)) if ch == "#" else r.choice(_PCL) if ch == "?" else ch for ch in pat)


def _phone_num(r: random.Random, region: str, kind: str) -> PhoneNumber:
    t = _KIND[kind]
    ex = phonenumbers.example_number_for_type(region, t)
    nsn = str(ex.national_number)
    for attempt in range(3000):
        keep = 1 if attempt < 1500 else 3
        cand = nsn[:keep] + _rs(r, "0123456789", len(nsn) - keep)
        num = PhoneNumber(country_code=ex.country_code, national_number=int(cand))
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region and \
                phonenumbers.number_type(num) in (t, PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return num
    raise RuntimeError(f"no valid {kind} number for {region}")


def _fmt_phone(num: PhoneNumber, style: str) -> str:
    f = {"nat": PhoneNumberFormat.NATIONAL, "intl": PhoneNumberFormat.INTERNATIONAL,
         "e164": PhoneNumberFormat.E164}[style]
    return phonenumbers.format_number(num, f)


def _fmt_date(p: dict, d: date, long: bool = False) -> str:
    months = _MONTHS.get(p["lang"]) or _EN_MONTHS
    f = p["lfmt"] if long else p["dfmt"]
    return f.format(d=d.day, m=d.month, dd=f"{d.day:02d}", mm=f"{d.month:02d}", Y=d.year, M=months[d.month - 1])


def _amount(p: dict, v: float) -> str:
    pre, post, dec, th = p["cur"]
    whole, cents = int(v), int(round((v - int(v)) * 100)) % 100
    s = f"{whole:,}".replace(",", th)
    return f"{pre}{s}{dec}{cents:02d}{post}"


def _routing(r: random.Random) -> str:
    d = [r.randint(0, 3)] + [r.randint(0, 9) for _ in range(7)]
    c = (10 - (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])) % 10) % 10
    return "".join(map(str, d)) + str(c)


def _ssn(r: random.Random) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def _card(r: random.Random) -> str:
    k = r.random()
    if k < 0.5:
        num, groups = _luhn(r, "4", 16), (4, 4, 4, 4)
    elif k < 0.85:
        num, groups = _luhn(r, "5" + str(r.randint(1, 5)), 16), (4, 4, 4, 4)
    else:
        num, groups = _luhn(r, r.choice(["34", "37"]), 15), (4, 6, 5)
    sep = r.choice([" ", " ", "-", ""])
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g])
        i += g
    return sep.join(out)


def _password(r: random.Random) -> str:
    k = r.randint(0, 3)
    if k == 0:
        return r.choice(_PWWORDS) + r.choice("!@#$%*") + str(r.randint(1970, 2026))
    if k == 1:
        s = _rs(r, _ALNUM + "!@#$%^&*", 13)
        return s + r.choice(_ALNUM)
    if k == 2:
        return "-".join(r.choice(_PWWORDS).lower() for _ in range(3)) + str(r.randint(1, 99))
    return r.choice(_PWWORDS).lower() + str(r.randint(10, 9999)) + r.choice("!?#") + r.choice(_AZ)


def _apikey(r: random.Random) -> str:
    k = r.randint(0, 4)
    if k == 0:
        return "sk_live_" + _rs(r, _ALNUM, 24)
    if k == 1:
        return "ghp_" + _rs(r, _ALNUM, 36)
    if k == 2:
        return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**11, 10**12)}-" + _rs(r, _ALNUM, 24)
    if k == 3:
        return "SG." + _rs(r, _ALNUM + "_-", 22) + "." + _rs(r, _ALNUM + "_-", 42) + r.choice(_ALNUM)
    return "AIza" + _rs(r, _ALNUM + "_-", 34) + r.choice(_ALNUM)


def _hash(r: random.Random) -> str:
    k = r.randint(0, 2)
    if k == 0:
        return "$2b$12$" + _rs(r, _B64, 53)
    if k == 1:
        return "$argon2id$v=19$m=65536,t=3,p=4$" + _rs(r, _ALNUM + "+/", 22) + "$" + _rs(r, _ALNUM + "+/", 43)
    return _rs(r, _HEX, 64)


def _rdate(r: random.Random, lo: date, hi: date) -> date:
    return lo + timedelta(days=r.randint(0, (hi - lo).days))


def _gpsv(r: random.Random, p: dict) -> str:
    la, lo = p["gps"]
    return f"{la + r.uniform(-1.5, 1.5):.5f}, {lo + r.uniform(-1.5, 1.5):.5f}"


class Ctx(dict):
    """Lazily generated values for one text / one row, drawn from its own rng."""

    def __init__(self, cc: str, r: random.Random):
        super().__init__()
        self.cc, self.p, self.r = cc, P[cc], r

    def _person(self, pre: str) -> None:
        p, r = self.p, self.r
        taken = {self.get("first"), self.get("b_first"), self.get("c_first"), self.get("agent")}
        for _ in range(50):
            if "first_f" in p:
                g = r.randint(0, 1)
                first = r.choice(p["first_m"] if g == 0 else p["first_f"])
                last = r.choice(p["last_g"])[g]
            else:
                first, last = r.choice(p["first"]), r.choice(p["last"])
            if first not in taken:
                break
        fk = "agent" if pre == "agent_" else pre + "first"
        self[fk], self[pre + "last"] = first, last

    def __missing__(self, key: str):
        v = self._gen(key)
        self[key] = v
        return v

    def _email_of(self, first: str, last: str) -> str:
        r, p = self.r, self.p
        f, lst = _ascii(first), _ascii(last)
        local = r.choice([f"{f}.{lst}", f"{f}{lst}{r.randint(1, 99)}", f"{f[0]}.{lst}", f"{f}_{lst}",
                          f"{f}{r.randint(70, 99)}", f"{lst}.{f}"])
        return f"{local}@{r.choice(p['mail'])}"

    def _gen(self, k: str):  # noqa: C901 - one flat dispatcher is easiest to read
        r, p = self.r, self.p
        if k in ("first", "last"):
            self._person("")
            return self[k]
        if k in ("b_first", "b_last", "c_first", "c_last", "agent_last"):
            self._person(k.split("_")[0] + "_")
            return self[k]
        if k == "agent":
            self._person("agent_")
            return self[k]
        if k == "full":
            return f"{self['first']} {self['last']}"
        if k in ("b_full", "c_full"):
            return f"{self[k[0] + '_first']} {self[k[0] + '_last']}"
        if k == "agent_full":
            return f"{self['agent']} {self['agent_last']}"
        if k == "lastfirst":
            return f"{self['last']}, {self['first']}"
        if k == "finit":
            return f"{self['first']} {self['last'].split()[-1][0].upper()}."
        if k == "email":
            return self._email_of(self["first"], self["last"])
        if k == "b_email":
            return self._email_of(self["b_first"], self["b_last"])
        if k == "company":
            return f"{r.choice(p['last'] or [x[0] for x in p['last_g']])} {r.choice(p['suffix'])}"
        if k == "company_dom":
            return _ascii(self["company"].split()[0]) + r.choice(["", "-group", "online"]) + "." + p["tld"]
        if k == "agent_email":
            return f"{_ascii(self['agent'])}.{_ascii(self['agent_last'])}@{self['company_dom']}"
        if k == "role_email":
            return f"{r.choice(['info', 'support', 'bookings', 'hello', 'accounts'])}@{self['company_dom']}"
        if k in ("phone", "b_phone", "phone2"):
            return _fmt_phone(self["_m_" + k], "nat")
        if k.startswith("_m_"):
            return _phone_num(r, p["region"], "mobile")
        if k == "_f_tel":
            return _phone_num(r, p["region"], "fixed")
        if k == "phone_intl":
            return _fmt_phone(self["_m_phone"], "intl")
        if k == "phone_e164":
            return _fmt_phone(self["_m_phone"], "e164")
        if k == "phone_plain":
            return "".join(ch for ch in self["phone"] if ch.isdigit())
        if k == "tel":
            return _fmt_phone(self["_f_tel"], "nat")
        if k == "tel_intl":
            return _fmt_phone(self["_f_tel"], "intl")
        if k in ("_dob", "_b_dob"):
            return _rdate(r, date(1941, 1, 1), date(2008, 6, 30))
        if k == "dob":
            return _fmt_date(p, self["_dob"])
        if k == "b_dob":
            return _fmt_date(p, self["_b_dob"])
        if k == "dob_young":  # exam-preparation students
            return _fmt_date(p, _rdate(r, date(2007, 1, 1), date(2013, 12, 31)))
        if k == "dob_iso":
            return self["_dob"].isoformat()
        if k == "dob_long":
            return _fmt_date(p, self["_dob"], True)
        if k.startswith("_d"):
            return _rdate(r, date(2025, 1, 1), TODAY)
        if k in ("date", "date2"):
            return _fmt_date(p, self["_" + k])
        if k == "date_long":
            return _fmt_date(p, self["_date"], True)
        if k in ("time", "time2", "time3", "time4"):
            base = {"time": 8, "time2": 10, "time3": 12, "time4": 15}[k]
            return f"{base + r.randint(0, 1):02d}:{r.randint(0, 59):02d}"
        if k in ("ts", "ts2", "ts3"):
            d = self["_date"]
            return f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
        if k == "clf":
            d = self["_date"]
            return f"{d.day:02d}/{_EN_MONTHS[d.month - 1][:3]}/{d.year}:{r.randint(0, 23):02d}:" \
                   f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000"
        if k in ("_town", "_town2", "_branch", "_btown"):
            used = [self[x] for x in ("_town", "_town2", "_branch", "_btown") if x in self]
            for _ in range(50):
                t = r.choice(p["towns"])
                if t not in used:
                    return t
            return t
        if k in ("town", "town2", "branch", "b_town"):
            return self["_" + k.replace("b_town", "btown")][0]
        if k == "country2":
            return r.choice(_ABROAD_EN)
        if k in ("street", "b_street", "biz_street"):
            return r.choice(p["streets"]).format(n=r.randint(1, 240), u=r.randint(1, 12))
        if k in ("pctown", "b_pctown", "biz_pctown"):
            t = self["_town"] if k == "pctown" else self["_btown"] if k == "b_pctown" else self["_branch"]
            return p["l2"].format(town=t[0], pc=_pc(r, t[1]), st=t[2])
        if k == "addr":
            return f"{self['street']}, {self['pctown']}"
        if k == "addr_ml":
            return f"{self['street']}\n{self['pctown']}"
        if k == "b_addr":
            return f"{self['b_street']}, {self['b_pctown']}"
        if k == "biz_addr":
            return f"{self['biz_street']}, {self['biz_pctown']}"
        if k == "biz_addr_ml":
            return f"{self['biz_street']}\n{self['biz_pctown']}"
        if k == "pet":
            return r.choice(_PETS)
        if k == "card":
            return _card(r)
        if k in ("last4", "ssn_last4"):
            return f"{r.randint(0, 9999):04d}"
        if k == "card_masked":
            l4 = self["last4"]
            return r.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}",
                             f"{r.choice(['4', '5'])}{r.randint(10000, 99999)}******{l4}",
                             f"•••• {l4}"])
        if k == "expiry":
            return f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"
        if k == "cvv":
            return f"{r.randint(100, 999)}"
        if k == "ssn":
            return _ssn(r)
        if k == "bank":
            return "".join(str(r.randint(0, 9)) for _ in range(r.randint(8, 12)))
        if k == "routing":
            return _routing(r)
        if k == "iban":
            return _iban_of(r, p["iban"])
        if k == "iban_sp":
            s = self["iban"]
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        if k == "bic":
            return _rs(r, _AZ, 4) + (p["iban"] or p["region"]) + _rs(r, _AZ + "0123456789", 2) + r.choice(["", "XXX"])
        if k in ("ip", "ip2"):
            return _ip_public_v4(r)
        if k == "ip6":
            return _ip_public_v6(r)
        if k == "priv_ip":
            return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                             f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                             f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
        if k in ("pwd", "pwd2"):
            return _password(r)
        if k == "apikey":
            return _apikey(r)
        if k == "pubkey":
            return "pk_live_" + _rs(r, _ALNUM, 24)
        if k == "hash":
            return _hash(r)
        if k == "sha":
            return _rs(r, _HEX, 40)
        if k == "sha256":
            return _rs(r, _HEX, 64)
        if k == "uuid":
            return str(_uuid.UUID(int=r.getrandbits(128), version=4))
        if k == "sessid":
            return _rs(r, _HEX, 32)
        if k in ("order", "order2"):
            return r.choice(["ORD-", "#", "SO", "A"]) + str(r.randint(100000, 99999999))
        if k == "ticket":
            return r.choice(["INC", "TCK-", "CS-", "SR"]) + str(r.randint(10000, 9999999))
        if k == "booking":
            return _rs(r, _AZ + "23456789", 6)
        if k == "tracking":
            return r.choice(["1Z" + _rs(r, _AZ + "0123456789", 16), "JD0146" + str(r.randint(10**11, 10**12)),
                             _rs(r, _AZ, 2) + str(r.randint(10**8, 10**9)) + p["region"]])
        if k == "claim":
            return f"CLM-{r.randint(2024, 2026)}-{r.randint(1, 999999):06d}"
        if k == "policy":
            return "POL" + str(r.randint(10**8, 10**9))
        if k in ("member", "member2"):
            return r.choice(["M", "C", "L", ""]) + str(r.randint(10**5, 10**8))
        if k == "otp":
            return f"{r.randint(0, 999999):06d}"
        if k == "door":
            return f"{r.randint(1000, 9999)}" + r.choice(["", "#", "*"])
        if k == "imei":
            return _luhn(r, "35", 15)
        if k == "version":
            return r.choice(["v", "", ""]) + f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 40)}" + \
                r.choice(["", "", "-rc.2", "-beta"])
        if k == "gps":
            return _gpsv(r, p)
        if k in ("amount", "amount2"):
            return _amount(p, r.randint(5, 4000) + r.randint(0, 99) / 100)
        if k == "plate":
            return _rs(r, _AZ, 2) + str(r.randint(10, 99)) + " " + _rs(r, _AZ, 3)
        if k == "pitch":
            return r.choice(_AZ[:8]) + str(r.randint(1, 60))
        raise KeyError(k)


_LAB = {"P": "PERSON", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "CC": "CREDIT_CARD", "SSN": "US_SSN",
        "BANK": "US_BANK_NUMBER", "IBAN": "IBAN_CODE", "IP": "IP_ADDRESS", "ADDR": "STREET_ADDRESS",
        "LOC": "LOCATION", "DOB": "DATE_OF_BIRTH", "PWD": "PASSWORD", "KEY": "API_KEY"}
assert set(_LAB.values()) == set(LABELS)


def _close(s: str, i: int) -> int:
    depth = 0
    for j in range(i, len(s)):
        if s[j] == "{":
            depth += 1
        elif s[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    raise ValueError(f"unbalanced template near {s[i:i + 40]!r}")


def _split_top(s: str) -> list[str]:
    out, depth, cur = [], 0, []
    for ch in s:
        if ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
            continue
        depth += ch == "{"
        depth -= ch == "}"
        cur.append(ch)
    out.append("".join(cur))
    return out


def _render(tpl: str, c: Ctx, out: list[str], spans: list, pos: int) -> int:
    i = 0
    while i < len(tpl):
        if tpl.startswith("{{", i) or tpl.startswith("}}", i):
            out.append(tpl[i])
            pos += 1
            i += 2
            continue
        if tpl[i] != "{":
            j = i
            while j < len(tpl) and tpl[j] not in "{}":
                j += 1
            if j == i:
                raise ValueError(f"stray brace in {tpl[:60]!r}")
            out.append(tpl[i:j])
            pos += j - i
            i = j
            continue
        j = _close(tpl, i)
        inner = tpl[i + 1:j]
        if inner.startswith("~"):
            pos = _render(c.r.choice(_split_top(inner[1:])), c, out, spans, pos)
        else:
            key, _, lab = inner.partition(":")
            key, _, mod = key.partition("!")
            val = c[key]
            val = {"": val, "u": val.upper(), "l": val.lower()}[mod]
            if lab:
                spans.append((pos, pos + len(val), _LAB[lab], val))
            out.append(val)
            pos += len(val)
        i = j + 1
    return pos


_TRAIL_BAD = set(".,;:!?)]}>\"' \n\t")
_LEAD_BAD = set("([{<\"' \n\t")


def _check_span(text: str, s: int, e: int, lab: str, val: str) -> None:
    assert text[s:e] == val, (text[s:e], val)
    # a national phone number may open with its bracketed area code: "(512) 755-6512"
    assert val and (val[0] not in _LEAD_BAD or (lab == "PHONE_NUMBER" and val[0] == "(")), (lab, val)
    if val[-1] in _TRAIL_BAD:
        # "First L." keeps the initial's period inside the span
        assert lab == "PERSON" and val.endswith(".") and len(val) >= 3 and val[-2].isupper() and val[-3] == " ", val
    if lab == "PHONE_NUMBER":
        assert any(phonenumbers.is_valid_number(phonenumbers.parse(val, reg))
                   for reg in ("US", "CA", "GB", "IE", "AU", "NZ", "IN", "ZA", "DE", "NL", "FR", "PT", "ES", "IS",
                               "TR", "RO", "SI", "EE", "LT", "PH", "MY")
                   if _parses(val, reg)), val


def _parses(val: str, reg: str) -> bool:
    try:
        phonenumbers.parse(val, reg)
        return True
    except phonenumbers.NumberParseException:
        return False


def _make_text(tpl: str, c: Ctx) -> Text:
    out: list[str] = []
    spans: list = []
    _render(tpl, c, out, spans, 0)
    text = "".join(out)
    spans.sort()
    prev = 0
    for s, e, lab, val in spans:
        assert s >= prev, f"overlap at {s} in {text!r}"
        _check_span(text, s, e, lab, val)
        prev = e
    return Text(text, [(s, e, lab) for s, e, lab, _ in spans])


# ---------------------------------------------------------------------------------------------
# Free-text templates: (language tag, countries, template)
# {key:L} inserts a labelled value, {key} an unlabelled one, {key!u}/{key!l} upper/lower case,
# {~a|b|c} a random alternative, {{ }} literal braces.
# ---------------------------------------------------------------------------------------------
TEMPLATES: list[tuple[str, tuple[str, ...], str]] = [
    # ------------------------------ English ------------------------------
    ("en", ("US", "CA"),
     "From: {full:P} <{email:E}>\nTo: {role_email:E}\nSubject: Re: Order {order} {~- refund?|still not here}\n"
     "Date: {date} {time}\n\n{~Hi|Hello|Hey} {agent:P},\n\n{~Thanks for getting back to me|Thanks for the quick reply}."
     " The charge on my card ending {last4} still shows {amount}. You can reach me on {phone:T} after 5pm.\n\n"
     "Thanks,\n{first:P}\n\n> On {date}, {agent_full:P} <{agent_email:E}> wrote:\n> Hi {first:P}, could you confirm "
     "the shipping address for order {order}?\n> {company} Customer Care | {tel:T}\n"),
    ("en", ("GB",),
     "---------- Forwarded message ---------\nFrom: {b_full:P} <{b_email:E}>\nDate: {date_long}\n"
     "Subject: Tenancy reference for {full:P}\nTo: {email:E}\n\nDear {first:P},\n\nI can confirm that "
     "{full:P} (DOB {dob:DOB}) rented {addr:ADDR} from us until {date}. Rent was always paid on time.\n\n"
     "Kind regards\n{b_full:P}\nLettings Manager, {company}\n{biz_addr:ADDR}\nTel {tel:T}\n"),
    ("en", ("AU",),
     "[{date}, {time}] {first:P}: hey are u still selling the camper?\n[{date}, {time2}] {b_full:P}: yep still "
     "here, its parked out front of {street:ADDR}\n[{date}, {time2}] {first:P}: can i come look sat arvo? my number "
     "is {phone:T}\n[{date}, {time3}] {b_full:P}: sure, cash or bank transfer only. I'm in {town:LOC} till sunday then "
     "off to {country2:LOC}\n[{date}, {time4}] {first:P}: {~sweet|legend|no worries} 👍"),
    ("en", ("US",),
     "#eng-payments\n{agent_full:P}  10:42 AM\nanyone know why staging is 500ing? logs say `upstream {priv_ip} "
     "timeout`\n{b_full:P}  10:44 AM\nrotate the key, {~someone|I think Dev} pasted it in the runbook: `{apikey:KEY}`\n"
     "{agent_full:P}  10:45 AM\nok. the publishable one is fine to keep: {pubkey}\n{b_first:P}  10:47 AM\n"
     "also bumped the sdk to {version}, ticket {ticket}"),
    ("en", ("IN",),
     "{agent_full:P} [{date} {time}]: Customer {full:P} called again regarding policy {policy}.\n"
     "{b_full:P} [{date} {time2}]: Did they share the new mobile?\n{agent_full:P} [{date} {time2}]: yes "
     "{phone:T}, alternate {phone2:T}. Address changed to {addr:ADDR}\n{b_full:P} [{date} {time3}]: ok update in "
     "CRM. DOB for verification is {dob:DOB}"),
    ("en", ("CA",),
     "Chat started: {ts}\nVisitor IP: {ip:IP}\n{agent:P} (Agent): Hi, you're chatting with {agent:P} from "
     "{company}. How can I help?\nVisitor: hi my booking {booking} got cancelled??\n{agent:P} (Agent): Sorry about "
     "that! Can I have your full name and e-mail?\nVisitor: {full:P}, {email:E}\n{agent:P} (Agent): Thanks "
     "{first:P}. For security, can you confirm the last 4 of the card on file?\nVisitor: {last4}\n{agent:P} (Agent):"
     " Perfect, I've rebooked you. Confirmation sent to {email:E}.\nChat ended: {ts2}"),
    ("en", ("NZ",),
     "SMS {phone:T} <> {tel:T}\n{date} {time}: Hi it's {agent:P} from {company}, your WOF is due on {date2}. Reply "
     "YES to book\n{date} {time2}: yes pls. can u ring my partner {b_first:P} on {b_phone:T} instead, im in "
     "{town2:LOC} for work\n{date} {time3}: No worries, booked for {date2} 9am. After-hours key drop code: {door}"),
    ("en", ("US",),
     "Ticket #{ticket} | Priority: High | Channel: Email\nRequester: {full:P} <{email:E}>\n\nCustomer writes: I was "
     "locked out after resetting my password. My SSN is {ssn:SSN} if you need to verify. Please call {phone:T}.\n\n"
     "--- Internal note ({agent_full:P}, {date}) ---\nDO NOT paste SSNs in tickets. Verified identity via DOB "
     "{dob:DOB} + zip. Temp password set to {pwd:PWD} - customer must change it on login. Hash in DB: {hash}\n"),
    ("en", ("GB",),
     "Call note - {date} {time} - {agent_full:P}\nContact: {lastfirst:P}\nTel: {phone:T}\nNotes: caller moving from "
     "{town:LOC} to {town2:LOC} next month, new address {b_addr:ADDR}. Wants the direct debit moved; new IBAN "
     "{iban_sp:IBAN} (BIC {bic}). Said the dog {pet} chewed our last letter lol. Follow up {date2}."),
    ("en", ("US",),
     "agent: thank you for calling {company!l} this is {agent!l:P} how can i help\ncaller: yeah hi my name is "
     "{full!l:P} i'm calling about my account\nagent: sure can i get your date of birth\ncaller: it's "
     "{dob_long!l:DOB}\nagent: and the phone number on the account\ncaller: {phone_plain:T}\nagent: thank you and the "
     "last four of your social\ncaller: {ssn_last4}\nagent: ok {first!l:P} i see the payment of {amount} went through "
     "on {date}\ncaller: great can you send the receipt to {email:E}"),
    ("en", ("US", "CA"),
     "--- New submission: Contact form (id {uuid}) ---\nname: {full:P}\nemail: {email:E}\nphone: {phone:T}\n"
     "date_of_birth: {dob_iso:DOB}\naddress: {addr:ADDR}\nmessage: {~Please call me back about pricing|Need a quote "
     "for 3 seats|my login stopped working}\nconsent: true\nsubmitted_at: {ts}\nip: {ip:IP}\n"
     "user_agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64)"),
    ("en", ("AU", "NZ"),
     "{ts} INFO auth.login user={email:E} src_ip={ip:IP} session={sessid} result=ok\n{ts2} WARN auth.login "
     "user={b_email:E} src_ip={priv_ip} result=fail reason=bad_password attempt=3\n{ts3} DEBUG payments.charge "
     "card={card_masked} amount={amount} order={order} gateway_version={version}"),
    ("en", ("IE",),
     '{{"event":"signup","name":"{full:P}","email":"{email:E}","phone":"{phone_e164:T}","dob":"{dob_iso:DOB}",'
     '"ip":"{ip:IP}"}}\n{{"event":"password_set","email":"{email:E}","password":"{pwd:PWD}","hash":"{hash}"}}\n'
     '{{"event":"order","id":"{order}","amount":"{amount}","eircode_ok":true}}'),
    ("en", ("US", "GB"),
     '{ip:IP} - - [{clf}] "POST /api/login HTTP/1.1" 200 512 "-" "okhttp/{version}"\n{priv_ip} - - [{clf}] '
     '"GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n{ip6:IP} - - [{clf}] "GET /reset?token={sessid} HTTP/1.1" '
     '302 0 "-" "Mozilla/5.0"\n{ip2:IP} - - [{clf}] "GET /v1/charge?api_key={apikey:KEY} HTTP/1.1" 401 87 "-" '
     '"curl/8.4.0"'),
    ("en", ("US",),
     "# payments service\nDB_HOST={priv_ip}\nDB_USER=svc_payments\nDB_PASSWORD={pwd:PWD}\n"
     "STRIPE_SECRET_KEY={apikey:KEY}\nSTRIPE_PUBLISHABLE_KEY={pubkey}\nSENTRY_RELEASE={version}\n"
     "ADMIN_EMAIL={agent_email:E}\nINSTANCE_ID={uuid}\n"),
    ("en", ("GB",),
     "APPLICATI0N FORM - PLEASE USE BLOCK CAPITALS\nSurname: {last!u:P}   Forename(s): {first!u:P}\nDate of Birth: "
     "{dob:DOB}   Place of birth: {town2!u:LOC}\nAddress: {addr_ml!u:ADDR}\nTel (home): {tel:T}  Mob: {phone:T}\n"
     "E-mail: {email:E}\nSignature: ______  Date: {date}\nFOR OFFICE USE: ref {claim} | checked by {agent!u:P}"),
    ("en", ("AU",),
     "Name\tDOB\tMobile\tSuburb\tMember #\tBalance\n{full:P}\t{dob:DOB}\t{phone:T}\t{town:LOC}\t{member}\t{amount}\n"
     "{b_full:P}\t{b_dob:DOB}\t{b_phone:T}\t{b_town:LOC}\t{member2}\t{amount2}"),
    ("en", ("US", "CA"),
     "Subject: {first:P}, your order {order} has shipped (tracking {tracking})\nSubject: New sign-in to your account "
     "from {ip:IP}\nSubject: Reminder: appointment on {date} at {company}\nSubject: Payment of {amount} received - "
     "card ending {last4}\nSubject: {b_full:P} shared \"Q3 budget.xlsx\" with you"),
    ("en", ("GB",),
     "Release {version} - changelog\n- Fixed crash when importing CSV with BOM\n- Build {sha}\n- Migration id {uuid}\n"
     "- Default gateway {priv_ip} now configurable\n- Timeout raised to 30 s\nDeployed {ts} by pipeline #{ticket}"),
    ("en", ("US", "AU"),
     "Incident {ticket}: elevated error rates\nStarted {ts}, resolved {ts2}. Affected: EU-West cluster "
     "({priv_ip}/16). Root cause: expired certificate (serial {sha}). Orders {order} and {order2} were retried "
     "automatically; refund total {amount}. No customer data exposed."),
    ("en", ("US",),
     "Hi {agent:P},\n\nPlease update my direct deposit starting {date}. New account: {bank:BANK}, routing {routing}. "
     "It's a checking account at First Community Bank. My employee ID is {member}.\n\nThanks,\n{full:P}\n{phone:T}"),
    ("en", ("CA",),
     "hey, can you just charge this card for the deposit: {card:CC} exp {expiry} cvv {cvv}. billing address is "
     "{addr:ADDR}. name on card {full!u:P}. thx {first:P}"),
    ("en", ("IN",),
     "Lead: {full:P} | Source: website | City: {town:LOC}\nMobile: {phone:T} / WhatsApp: {phone_intl:T}\nEmail: "
     "{email:E}\nRemarks: Interested in 2BHK, currently staying at {addr:ADDR}. Father's name {b_full:P}. Callback "
     "after {time}. Ref {booking}"),
    ("en", ("ZA",),
     "Ticket {ticket} - refund request after outage\nCustomer: {full:P} ({email:E})\nCell: {phone:T}\nAddress: "
     "{addr:ADDR}\nAgent note ({agent_full:P}): technician from our {branch} depot visited on {date}. Install GPS "
     "{gps}. Voucher code {otp} issued for {amount}."),
    ("en", ("NZ",),
     "Kia ora team,\n\nThe enrolment form for {b_first:P} has the wrong birth date - it should be {dob_long:DOB}. "
     "Mum is {full:P} ({phone:T}, {email:E}). She also asked that {pet} the class guinea pig stays home over the "
     "holidays lol.\n\nNgā mihi,\n{agent:P}"),
    ("en", ("IN",),
     "VM-{company!u}: Your OTP for login is {otp}. Do not share it with anyone.\nDear {first:P}, your a/c XX{last4} "
     "is debited by {amount} on {date}. Avl bal {amount2}.\nHi {first:P}, your courier {tracking} will be delivered "
     "today. Agent {agent:P} can be reached on {tel:T}."),
    ("en", ("CA",),
     "{b_full:P}: what's the wifi password at the cottage?\n{finit:P}: {pwd:PWD}\n{b_full:P}: thx. and the lockbox?\n"
     "{finit:P}: {door} - and don't let {pet} out, she bolts"),
    ("en", ("GB",),
     "Thanks for your enquiry, we'll be in touch within two working days.\n\n{agent_full:P}\nBookings Coordinator\n"
     "{company}\n{biz_addr_ml:ADDR}\nT: {tel:T} | E: {role_email:E}\nCompany No. {member}\n\nThis e-mail and any "
     "attachments are confidential."),
    ("en", ("AU",),
     "{ts} ERROR UserService - failed to send welcome email to {email:E} (user_id={uuid}): 550 mailbox unavailable\n"
     "{ts2} INFO UserService - retry queued, device imei={imei} app={version}\n{ts3} WARN Geo - lookup for "
     "{ip:IP} returned {gps}"),
    ("en", ("US",),
     "Hi {first:P}, reminder of your appointment with Dr. {b_last:P} on {date} at {time}. Reply C to confirm or call "
     "{tel:T}. - {company}"),
    ("en", ("IE", "GB"),
     "Hi {first:P},\n\nAs discussed, here is a summary of your booking {booking}:\n- Arrival {date}, 3 nights\n"
     "- Pitch {pitch}, hook-up included\n- Deposit {amount} paid by card {card_masked}\n\nDogs are welcome, so bring "
     "{pet}! Gate code {door}.\n\nAll the best,\n{agent:P}"),
    # ------------------------------ German ------------------------------
    ("de", ("DE",),
     "{~Guten Tag|Hallo} {full:P},\n\nvielen Dank für Ihre Nachricht. Wir haben Ihre neue "
     "Bankverbindung ({iban_sp:IBAN}, BIC {bic}) hinterlegt. Ihre Kundennummer lautet {member}.\n\nMit freundlichen "
     "Grüßen\n{agent_full:P}\n{company}\n{biz_addr:ADDR}\nTel. {tel:T}\n\n> Am {date} schrieb {full:P} <{email:E}>:\n"
     "> ich bin umgezogen, neue Adresse:\n> {street:ADDR}\n> {pctown:ADDR}\n> Geb.-Datum zur Kontrolle: {dob:DOB}"),
    ("de", ("DE",),
     "Formular kontakt: vorname={first:P}; nachname={last:P}; geburtsdatum={dob:DOB}; telefon={phone:T}; "
     "wohnort={town:LOC}; passwort={pwd:PWD}; newsletter=ja; ip={ip:IP}; bestellnr={order}"),
    # ------------------------------ Dutch ------------------------------
    ("nl", ("NL",),
     "[{date} {time}] {full:P}: Hoi! Is de stacaravan op plek {pitch} nog vrij in juli?\n[{date} {time2}] "
     "{agent:P}: Hoi {first:P}, ja nog vrij. Mag ik je e-mailadres?\n[{date} {time2}] {full:P}: {email:E}, en mijn "
     "nummer is {phone:T}\n[{date} {time3}] {agent:P}: Top. Aanbetaling {amount} graag o.v.v. {booking}.\n"
     "[{date} {time4}] {full:P}: Gedaan vanaf {iban:IBAN}. We komen uit {town:LOC} 🙂"),
    ("nl", ("NL",),
     "Ticket {ticket} - Klacht bezorging\nKlant: {lastfirst:P}\nAdres: {addr:ADDR}\nGeboortedatum: {dob:DOB}\n"
     "Interne notitie ({agent_full:P}): pakket {tracking} teruggestuurd naar depot {branch}. Klant belt terug op "
     "{tel:T}."),
    # ------------------------------ French ------------------------------
    ("fr", ("FR",),
     "Bonjour {first:P},\n\nSuite à votre appel, voici le récapitulatif de votre dossier n° {claim} :\n- Nom : "
     "{last!u:P} {first:P}\n- Né(e) le : {dob:DOB} à {town2:LOC}\n- Adresse : {addr:ADDR}\n- Portable : {phone:T}\n"
     "- IBAN : {iban_sp:IBAN}\n\nCordialement,\n{agent_full:P}\nService client {company} - {tel:T}"),
    ("fr", ("FR",),
     "{date} {time} De {phone:T} : Bonjour c'est {first:P}, je serai en retard pour l'état des lieux, vous pouvez "
     "me redonner le code du portail ?\n{date} {time2} À {phone:T} : Pas de souci {first:P}, le code est {door}. La "
     "caution de {amount} sera remboursée sur la carte {card_masked}. Bonne route depuis {town:LOC} !"),
    # ------------------------------ Portuguese ------------------------------
    ("pt", ("PT",),
     "Nota de chamada - {date}\nCliente: {full:P}\nTelemóvel: {phone:T}\nMorada: {addr:ADDR}\nData de nascimento: "
     "{dob:DOB}\nObs.: cliente vai mudar-se para {town2:LOC} em breve. Pediu alteração do IBAN para {iban:IBAN}. "
     "Encomenda {order} por enviar. Atendido por {agent:P}."),
    ("pt", ("PT",),
     "{first:P}: Olá {agent:P}, aqui é {full:P}. Esqueci-me da password do portal, a antiga era {pwd:PWD} 🙈\n"
     "{agent:P}: Olá {first:P}! Enviámos um código para {email:E}: {otp}. Não partilhe com ninguém.\n{first:P}: "
     "Recebi, muito obrigado! Já agora, o meu novo número é {phone:T}"),
    # ------------------------------ Catalan ------------------------------
    ("ca", ("ES",),
     "Bon dia {first:P},\n\nUs confirmem la cita a la notaria per al dia {date} a les {time}. Cal que porteu el DNI "
     "original. Les dades que tenim són:\nNom: {full:P}\nData de naixement: {dob:DOB}\nAdreça: {addr:ADDR}\n"
     "Telèfon: {phone:T}\nCorreu: {email:E}\n\nSalutacions,\n{agent_full:P}\nNotaria {company}\n{biz_addr:ADDR}"),
    ("ca", ("ES",),
     "{first:P}: ei! ja he fet la transferència de la fiança des del compte {iban_sp:IBAN}\n{b_first:P}: perfecte, "
     "gràcies. Quan arribeu a {town2:LOC}?\n{first:P}: dissabte. el meu mòbil per si de cas: {phone:T}\n"
     "{b_first:P}: d'acord, el codi de la porta és {door} i el wifi és CasaRural_5G"),
    # ------------------------------ Icelandic ------------------------------
    ("is", ("IS",),
     "Sæl/l {first:P},\n\nTakk fyrir skráninguna. Hér eru upplýsingarnar sem við höfum:\nNafn: {full:P}\n"
     "Fæðingardagur: {dob:DOB}\nHeimilisfang: {addr:ADDR}\nSími: {phone:T}\nNetfang: {email:E}\nPöntun: {order}\n\n"
     "Kveðja,\n{agent_full:P}\n{company}"),
    ("is", ("IS",),
     "{first:P}, pöntun {order} er tilbúin til afhendingar í verslun okkar ({branch}). Hringdu í {tel:T} ef þú hefur "
     "spurningar.\n---\nSvar frá {phone:T}: takk, {b_first:P} sækir hana á morgun."),
    # ------------------------------ Afrikaans ------------------------------
    ("af", ("AF",),
     "[{date}, {time}] {full:P}: Môre! Kan julle asseblief my selnommer verander na {phone:T}?\n[{date}, {time2}] "
     "{agent:P}: Goeiemôre {first:P}, ja seker. Wat is jou geboortedatum vir verifikasie?\n[{date}, {time2}] "
     "{full:P}: {dob:DOB}\n[{date}, {time3}] {agent:P}: Dankie. Jou bestelling {order} word Vrydag by {addr:ADDR} "
     "afgelewer.\n[{date}, {time3}] {full:P}: Baie dankie!"),
    ("af", ("AF",),
     "Naam: {first:P}\nVan: {last:P}\nE-pos: {email:E}\nSelfoon: {phone:T}\nWoonplek: {town:LOC}\nGeboortedatum: "
     "{dob_long:DOB}\nKaartnommer: {card_masked}\nVerwysing: {booking}\nOpmerkings: bring die hond {pet} saam"),
    # ------------------------------ Tagalog ------------------------------
    ("tl", ("PH",),
     "{first:P}: Hi po! Magtatanong lang po ako tungkol sa order ko, {order}\n{agent:P}: Hello po {first:P}! Ano po "
     "ang buong pangalan at contact number?\n{first:P}: {full:P} po, {phone:T}\n{agent:P}: Salamat po. I-deliver po "
     "ba sa {addr:ADDR}?\n{first:P}: Opo. Nasa {town2:LOC} po ako hanggang Biyernes kaya si {b_first:P} ang "
     "tatanggap."),
    ("tl", ("PH",),
     "Hi {b_first:P}, ito yung GCash number ko {phone:T}. Bday ko pala sa {dob_long:DOB} hehe, punta ka ha. "
     "Tracking ng parcel: {tracking}\n- {first:P}"),
    # ------------------------------ Malay ------------------------------
    ("ms", ("MY",),
     "Salam sejahtera {first:P},\n\nTerima kasih kerana menghubungi kami. Butiran anda:\nNama: {full:P}\n"
     "Tarikh lahir: {dob:DOB}\nAlamat: {addr:ADDR}\nNo. telefon: {phone:T}\nE-mel: {email:E}\n\nNo. tiket: "
     "{ticket}\n\nYang benar,\n{agent_full:P}\n{company}"),
    ("ms", ("MY",),
     "{first:P}: boss, password wifi kedai apa ya?\n{b_first:P}: {pwd:PWD}\n{first:P}: ok tq. nanti customer "
     "{c_full:P} nak datang ambil barang, nombor dia {phone:T}\n{b_first:P}: ok, invois {order} dah siap, jumlah "
     "{amount}"),
    # ------------------------------ Turkish ------------------------------
    ("tr", ("TR",),
     "Sayın {full:P},\n\n{date} tarihli başvurunuz alınmıştır. Kayıtlı bilgileriniz:\nDoğum tarihi: {dob:DOB}\n"
     "Adres: {addr:ADDR}\nCep: {phone:T}\nE-posta: {email:E}\n\nBaşvuru no: {claim}\n\nSaygılarımızla,\n"
     "{agent_full:P}\n{company}"),
    ("tr", ("TR",),
     "Görüşme notu ({agent:P}, {date} {time}): Müşteri {full:P} aradı, {town2:LOC} şehrine taşınıyor. Yeni numarası "
     "{phone:T}. Eski kart {card_masked} iptal edildi, yeni kart {card:CC} tanımlandı. Sipariş {order} yeni adrese: "
     "{addr:ADDR}"),
    # ------------------------------ Romanian ------------------------------
    ("ro", ("RO",),
     "Bună ziua,\n\nVă trimit datele pentru contract:\nNume: {last:P}\nPrenume: {first:P}\nData nașterii: {dob:DOB}\n"
     "Locul nașterii: {town2:LOC}\nDomiciliul: {addr:ADDR}\nTelefon: {phone:T}\n\nCu stimă,\n{full:P}\n{email:E}"),
    ("ro", ("RO",),
     "[{date}, {time}] {full:P}: Salut {b_first:P}, am ajuns în {town2:LOC}. Îmi trimiți parola de la wifi?\n"
     "[{date}, {time2}] {b_full:P}: {pwd:PWD}\n[{date}, {time2}] {full:P}: Mersi! Codul de la ușă e tot {door}?\n"
     "[{date}, {time3}] {b_full:P}: da. Vezi că pisica {pet} e pe balcon 😄"),
    # ------------------------------ Slovenian ------------------------------
    ("sl", ("SI",),
     "Spoštovani,\n\nhvala za prijavo na tečaj smučanja. Vaši podatki:\nIme in priimek: {full:P}\nDatum rojstva: "
     "{dob:DOB}\nNaslov: {addr:ADDR}\nTelefon: {phone:T}\nE-pošta: {email:E}\n\nLep pozdrav,\n{agent_full:P}\n"
     "{company}, {biz_addr:ADDR}"),
    ("sl", ("SI",),
     "Pozdravljeni, {first:P}! Vaša rezervacija {booking} za smuči je potrjena za {date}. Prevzem: poslovalnica "
     "{branch}. Info: {tel:T}\n---\nHvala! Prišla bova jaz in {b_first:P}. Kraj bivališča: {town:LOC}. "
     "Moja številka je {phone:T}."),
    # ------------------------------ Estonian ------------------------------
    ("et", ("EE",),
     "Tere {first:P}!\n\nTäname tellimuse {order} eest. Kontrollige palun andmeid:\nNimi: {full:P}\nSünniaeg: "
     "{dob:DOB}\nAadress: {addr:ADDR}\nTelefon: {phone:T}\nE-post: {email:E}\n\nParimate soovidega\n{agent_full:P}"),
    # ------------------------------ Lithuanian ------------------------------
    ("lt", ("LT",),
     "Laba diena,\n\ngavome jūsų prašymą Nr. {claim}. Jūsų duomenys:\nVardas, pavardė: {full:P}\nGimimo data: "
     "{dob:DOB}\nAdresas: {addr:ADDR}\nTel. {phone:T}\nEl. paštas: {email:E}\n\nPagarbiai\n{agent_full:P}\n{company}"),
    # ------------------------------ Welsh ------------------------------
    ("cy", ("CY",),
     "Annwyl {first:P},\n\nDiolch am eich neges. Rydym wedi diweddaru eich manylion:\nEnw: {full:P}\nDyddiad geni: "
     "{dob_long:DOB}\nCyfeiriad: {addr:ADDR}\nFfôn: {phone:T}\nE-bost: {email:E}\n\nYn gywir,\n{agent_full:P}\n"
     "{company}"),
]


def free_text(n: int, seed: int) -> list[Text]:
    out = []
    for i in range(n):
        lang, countries, tpl = TEMPLATES[i % len(TEMPLATES)]
        r = random.Random(f"ravine-{seed}-text-{i}")
        c = Ctx(r.choice(countries), r)
        out.append(_make_text(tpl, c))
    return out


# ---------------------------------------------------------------------------------------------
# Structured tables: (country, [(header, entity|None, generator, blank rate[, placeholders])])
# ---------------------------------------------------------------------------------------------
def _ch(*opts):
    return lambda c: c.r.choice(opts)


def _num(lo, hi, fmt="{}"):
    return lambda c: fmt.format(c.r.randint(lo, hi))


def _flt(lo, hi, nd=1):
    return lambda c: f"{c.r.uniform(lo, hi):.{nd}f}"


def _k(key):
    return lambda c: c[key]


_PH = ("N/A", "-", "unknown")
TABLES: dict[str, tuple[str, list[tuple]]] = {
    "park_seasonal_residents": ("GB", [
        ("pitch_no", None, _k("pitch"), 0.0),
        ("resident_first", "PERSON", _k("first"), 0.0),
        ("surname", "PERSON", _k("last"), 0.02),
        ("tel", "PHONE_NUMBER", _k("phone"), 0.15, _PH),
        ("phone_type", None, _ch("mobile", "landline", "work"), 0.1),
        ("email", "EMAIL_ADDRESS", _k("email"), 0.2),
        ("email_verified", None, _ch("true", "false"), 0.0),
        ("home_addr1", "STREET_ADDRESS", _k("addr"), 0.1),
        ("address_type", None, _ch("home", "billing", "forwarding"), 0.3),
        ("home_town", "LOCATION", _k("town"), 0.1),
        ("dob", "DATE_OF_BIRTH", _k("dob"), 0.35),
        ("col_7", "PERSON", _k("b_full"), 0.4),
        ("caravan_make", None, _ch("Swift Challenger 580", "Bailey Unicorn Seville", "Willerby Linwood",
                                   "Elddis Avante 454", "ABI Beverley"), 0.05),
        ("van_reg", None, _k("plate"), 0.25),
        ("season_fee", None, _k("amount"), 0.0),
        ("card_last4", None, _k("last4"), 0.3),
        ("name_of_park", None, _ch("Hollybush Farm Holiday Park", "St Andrew's Bay Caravans", "Harrison's Meadow",
                                   "Lady Margaret Leisure Park"), 0.0),
        ("dog_name", None, _k("pet"), 0.55),
        ("site_office", None, _k("branch"), 0.0),
        ("gate_fob_id", None, lambda c: _rs(c.r, _HEX.upper(), 8), 0.05),
        ("joined", None, _k("date"), 0.0),
    ]),
    "slagboom_passages": ("NL", [
        ("passageId", None, _k("uuid"), 0.0),
        ("tijdstip", None, _k("ts"), 0.0),
        ("kenteken", None, lambda c: f"{c.r.randint(1, 99)}-{_rs(c.r, _AZ, 3)}-{c.r.randint(1, 9)}", 0.1),
        ("richting", None, _ch("in", "uit"), 0.0),
        ("gastNaam", "PERSON", _k("full"), 0.15),
        ("mobiel", "PHONE_NUMBER", _k("phone"), 0.3),
        ("field_3", "EMAIL_ADDRESS", _k("email"), 0.45),
        ("woonplaats", "LOCATION", _k("town"), 0.2, _PH),
        ("appIp", "IP_ADDRESS", lambda c: c["ip"] if c.r.random() < 0.8 else c["ip6"], 0.5),
        ("plaatsnummer", None, _k("pitch"), 0.0),
        ("slagboom", None, _ch("Hoofdingang", "Strandpoort", "Dienstingang"), 0.0),
        ("cameraIp", None, _k("priv_ip"), 0.0),
        ("firmware", None, _k("version"), 0.0),
        ("toegangscode", None, _k("door"), 0.3),
        ("ocrScore", None, _flt(0.6, 1.0, 3), 0.0),
        ("pasnummer", None, _k("member"), 0.2),
        ("bedrag", None, _k("amount"), 0.6),
        ("fotoHash", None, _k("sha256"), 0.05),
    ]),
    "tutoring_students": ("IE", [
        ("StudentId", None, _num(10000, 99999, "ST{}"), 0.0),
        ("StudentFirstName", "PERSON", _k("first"), 0.0),
        ("StudentSurname", "PERSON", _k("last"), 0.0),
        ("DateOfBirth", "DATE_OF_BIRTH", _k("dob_young"), 0.1),
        ("DobVerified", None, _ch("Y", "N"), 0.0),
        ("School", None, _ch("St. Brigid's Secondary School", "Coláiste Íde", "Patrick Pearse College",
                             "Loreto Secondary School"), 0.05),
        ("ExamLevel", None, _ch("Leaving Cert Higher", "Leaving Cert Ordinary", "Junior Cycle"), 0.0),
        ("Subjects", None, _ch("Maths; Physics", "Irish; English", "Chemistry", "French; Maths"), 0.0),
        ("ParentName", "PERSON", _k("b_full"), 0.1),
        ("ParentMobile", "PHONE_NUMBER", _k("phone"), 0.05),
        ("PhoneType", None, _ch("Mobile", "Home"), 0.0),
        ("ParentEmail", "EMAIL_ADDRESS", _k("b_email"), 0.1),
        ("HomeAddress", "STREET_ADDRESS", _k("addr"), 0.25, _PH),
        ("PortalPassword", "PASSWORD", _k("pwd"), 0.5),
        ("PasswordChangedAt", None, _k("ts"), 0.3),
        ("MockGrade", None, _ch("H1", "H2", "H3", "H4", "O1"), 0.2),
        ("TutorBranch", None, _k("branch"), 0.0),
        ("FeesPaid", None, _k("amount"), 0.0),
        ("Consent", None, _ch("TRUE", "FALSE"), 0.0),
        ("LastLogin", None, _k("ts2"), 0.15),
    ]),
    "tutor_invoices": ("US", [
        ("INVOICE_NO", None, _num(1000, 99999, "INV-{}"), 0.0),
        ("INVOICE_DATE", None, _k("date"), 0.0),
        ("TUTOR_NAME", "PERSON", _k("full"), 0.0),
        ("TUTOR_EMAIL", "EMAIL_ADDRESS", _k("email"), 0.05),
        ("attr2", "PHONE_NUMBER", _k("phone"), 0.2),
        ("REMIT_ADDRESS", "STREET_ADDRESS", _k("addr"), 0.15),
        ("TAX_ID_SSN", "US_SSN", _k("ssn"), 0.3),
        ("SSN_VERIFIED", None, _ch("Y", "N"), 0.0),
        ("PAYOUT_ACCT", "US_BANK_NUMBER", _k("bank"), 0.1),
        ("ROUTING_NO", None, _k("routing"), 0.1),
        ("ACCT_LAST4", None, _k("last4"), 0.1),
        ("SUBJECT", None, _ch("SAT Math", "ACT English", "AP Chemistry", "GRE Quant"), 0.0),
        ("HOURS", None, _flt(1, 30, 1), 0.0),
        ("RATE_USD", None, _num(35, 120, "{}.00"), 0.0),
        ("TOTAL_USD", None, _k("amount"), 0.0),
        ("STUDENT_REF", None, _k("member"), 0.0),
        ("STATUS", None, _ch("paid", "pending", "void"), 0.0),
        ("STRIPE_PK", None, _k("pubkey"), 0.4),
        ("PAYMENT_ID", None, _k("uuid"), 0.2),
        ("CLIENT_PORTAL_VERSION", None, _k("version"), 0.0),
    ]),
    "lugejad": ("EE", [
        ("lugejakaart", None, _num(100000, 999999, "EE{}"), 0.0),
        ("eesnimi", "PERSON", _k("first"), 0.0),
        ("perenimi", "PERSON", _k("last"), 0.0),
        ("sünniaeg", "DATE_OF_BIRTH", _k("dob"), 0.2),
        ("telefon", "PHONE_NUMBER", _k("phone"), 0.25),
        ("telefoni_tüüp", None, _ch("mobiil", "kodu"), 0.1),
        ("e-post", "EMAIL_ADDRESS", _k("email"), 0.15),
        ("aadress", "STREET_ADDRESS", _k("addr"), 0.3),
        ("elukoht", "LOCATION", _k("town"), 0.1),
        ("parool", "PASSWORD", _k("pwd"), 0.6),
        ("parooli_muutmine", None, _k("date"), 0.2),
        ("liitunud", None, _k("date2"), 0.0),
        ("raamatukogu", None, _k("branch"), 0.0),
        ("laenutusi", None, _num(0, 240), 0.0),
        ("trahv_eur", None, _k("amount"), 0.5),
        ("viimane_laenutus", None, _ch("Tõde ja õigus I", "Kevade", "Rehepapp", "Harry Potter ja tarkade kivi"), 0.1),
        ("e_raamatu_litsents", None, _k("uuid"), 0.3),
        ("seadme_versioon", None, _k("version"), 0.2),
        ("staatus", None, _ch("aktiivne", "peatatud", "aegunud"), 0.0),
    ]),
    "ebook_loans": ("CA", [
        ("loan.id", None, _k("uuid"), 0.0),
        ("patron.name", "PERSON", _k("full"), 0.05),
        ("patron.email", "EMAIL_ADDRESS", _k("email"), 0.1),
        ("title.isbn", None, lambda c: "978" + "".join(str(c.r.randint(0, 9)) for _ in range(10)), 0.0),
        ("title.name", None, _ch("Anne of Green Gables", "Emma", "David Copperfield", "Life of Pi",
                                 "The Handmaid's Tale"), 0.0),
        ("format", None, _ch("EPUB", "PDF", "MP3"), 0.0),
        ("loan.start", None, _k("ts"), 0.0),
        ("loan.due", None, _k("date2"), 0.0),
        ("hold.position", None, _num(0, 40), 0.5),
        ("branch", None, _k("branch"), 0.0),
        ("client.ip", "IP_ADDRESS", lambda c: c["ip"] if c.r.random() < 0.7 else c["ip6"], 0.1),
        ("server.ip", None, _k("priv_ip"), 0.0),
        ("session.id", None, _k("sessid"), 0.0),
        ("integration.secret", "API_KEY", _k("apikey"), 0.6),
        ("device.os", None, _ch("Android 14", "iOS 17.4", "Windows 11", "Kobo 4.38"), 0.1),
        ("app.version", None, _k("version"), 0.0),
        ("drm.hash", None, _k("sha256"), 0.0),
        ("fine.amount", None, _k("amount"), 0.55),
        ("renewals", None, _num(0, 3), 0.0),
    ]),
    "bagiscilar": ("TR", [
        ("Bağışçı No", None, _num(1000000, 9999999), 0.0),
        ("Ad", "PERSON", _k("first"), 0.0),
        ("Soyad", "PERSON", _k("last"), 0.0),
        ("Doğum Tarihi", "DATE_OF_BIRTH", _k("dob"), 0.05),
        ("Doğum Yeri", "LOCATION", _k("town2"), 0.3, _PH),
        ("Cep Telefonu", "PHONE_NUMBER", _k("phone"), 0.1),
        ("Telefon Tipi", None, _ch("Cep", "Ev", "İş"), 0.0),
        ("E-posta", "EMAIL_ADDRESS", _k("email"), 0.35),
        ("Adres", "STREET_ADDRESS", _k("addr"), 0.2),
        ("Adres Tipi", None, _ch("Ev", "İş"), 0.2),
        ("Kan Grubu", None, _ch("A Rh+", "0 Rh+", "B Rh-", "AB Rh+", "A Rh-"), 0.0),
        ("Hemoglobin", None, _flt(11.5, 17.5, 1), 0.05),
        ("Tansiyon", None, lambda c: f"{c.r.randint(100, 150)}/{c.r.randint(60, 95)}", 0.05),
        ("Kilo", None, _num(50, 120), 0.0),
        ("Son Bağış", None, _k("date"), 0.4),
        ("Uygunluk", None, _ch("Uygun", "Uygun değil", "Geçici ret"), 0.0),
        ("Soru 7 (seyahat)", None, _ch("Evet", "Hayır"), 0.0),
        ("Merkez", None, _k("branch"), 0.0),
        ("Tüp Barkodu", None, _num(10**9, 10**10 - 1, "TK{}"), 0.0),
        ("Kimlik Doğrulandı", None, _ch("E", "H"), 0.0),
    ]),
    "donor_appointments": ("ZA", [
        ("Appointment Ref", None, _k("booking"), 0.0),
        ("Slot Start", None, _k("ts"), 0.0),
        ("Donor Name", "PERSON", _k("full"), 0.0),
        ("D.O.B.", "DATE_OF_BIRTH", _k("dob"), 0.15),
        ("Cell", "PHONE_NUMBER", _k("phone"), 0.05),
        ("Phone Verified", None, _ch("Yes", "No"), 0.0),
        ("Email Address", "EMAIL_ADDRESS", _k("email"), 0.3),
        ("Home Town", "LOCATION", _k("town"), 0.25),
        ("col_9", "PERSON", _k("agent_full"), 0.2),
        ("Clinic", None, lambda c: f"{c['branch']} Donor Centre", 0.0),
        ("Donation Type", None, _ch("Whole blood", "Platelets", "Plasma"), 0.0),
        ("Status", None, _ch("Booked", "Attended", "No-show", "Deferred"), 0.0),
        ("Reminder SMS Sent", None, _ch("TRUE", "FALSE"), 0.0),
        ("Last Donation", None, _k("date"), 0.45),
        ("Haemoglobin (g/dL)", None, _flt(11.0, 17.0, 1), 0.3),
        ("Questionnaire ID", None, _k("uuid"), 0.0),
        ("Kiosk IP", None, _k("priv_ip"), 0.0),
        ("Deferral Code", None, _ch("D01", "D14", "T03", "none"), 0.5),
        ("Bag Lot", None, lambda c: _rs(c.r, _AZ, 2) + str(c.r.randint(100000, 999999)), 0.2),
    ]),
    "izposoja_smuci": ("SI", [
        ("št_pogodbe", None, _num(10000, 99999, "IZ-{}"), 0.0),
        ("ime", "PERSON", _k("first"), 0.0),
        ("priimek", "PERSON", _k("last"), 0.0),
        ("datum_rojstva", "DATE_OF_BIRTH", _k("dob"), 0.2),
        ("GSM", "PHONE_NUMBER", _k("phone"), 0.1),
        ("e_naslov", "EMAIL_ADDRESS", _k("email"), 0.3),
        ("naslov", "STREET_ADDRESS", _k("addr"), 0.25),
        ("kraj", "LOCATION", _k("town"), 0.05),
        ("velikost_čevlja", None, lambda c: f"Mondo {c.r.randint(22, 31)}.{c.r.choice(['0', '5'])}", 0.0),
        ("DIN", None, lambda c: f"{c.r.randint(2, 10)}.{c.r.choice(['0', '5'])}", 0.0),
        ("teža_kg", None, _num(25, 115), 0.0),
        ("višina_cm", None, _num(120, 200), 0.0),
        ("raven", None, _ch("Začetnik", "Srednji", "Napredni"), 0.0),
        ("smuči_model", None, _ch("Elan Amphibio 14 TI", "Atomic Redster Q7", "Rossignol Experience 80",
                                  "Burton Custom 158"), 0.0),
        ("čelada", None, _ch("da", "ne"), 0.0),
        ("poslovalnica", None, _k("branch"), 0.0),
        ("depozit_eur", None, _k("amount"), 0.0),
        ("izdano", None, _k("ts"), 0.0),
        ("vrnjeno", None, _k("ts2"), 0.35),
        ("kartica_zadnje4", None, _k("last4"), 0.3),
    ]),
    "cautions_location": ("FR", [
        ("Réf. location", None, _k("booking"), 0.0),
        ("Date retrait", None, _k("date"), 0.0),
        ("Nom du client", "PERSON", _k("full"), 0.0),
        ("Téléphone", "PHONE_NUMBER", _k("phone"), 0.1),
        ("Courriel", "EMAIL_ADDRESS", _k("email"), 0.25),
        ("Adresse postale", "STREET_ADDRESS", _k("addr"), 0.3),
        ("N° carte", "CREDIT_CARD", _k("card"), 0.4),
        ("Carte masquée", None, _k("card_masked"), 0.0),
        ("Expiration", None, _k("expiry"), 0.0),
        ("Autorisation", None, _num(100000, 999999), 0.1),
        ("Montant caution", None, _k("amount"), 0.0),
        ("IBAN remboursement", "IBAN_CODE", lambda c: c["iban"] if c.r.random() < 0.5 else c["iban_sp"], 0.55),
        ("Code BIC", None, _k("bic"), 0.55),
        ("Matériel", None, _ch("Burton Custom 158", "Salomon QST 92", "Dynastar M-Pro 90", "Head Kore 93"), 0.0),
        ("Pointure", None, _num(34, 47), 0.0),
        ("Réglage DIN", None, _flt(3, 10, 1), 0.0),
        ("Magasin", None, _k("branch"), 0.0),
        ("Statut", None, _ch("rendu", "en cours", "litige"), 0.0),
        ("Terminal", None, _num(10000000, 99999999, "TPE{}"), 0.0),
    ]),
    "escriptures": ("ES", [
        ("Número de protocol", None, lambda c: f"{c.r.randint(2024, 2026)}/{c.r.randint(1, 3999)}", 0.0),
        ("Data d'atorgament", None, _k("date"), 0.0),
        ("Tipus d'escriptura", None, _ch("Compravenda", "Hipoteca", "Poder general", "Testament"), 0.0),
        ("Atorgant", "PERSON", _k("full"), 0.0),
        ("Segon atorgant", "PERSON", _k("b_full"), 0.5),
        ("Data de naixement", "DATE_OF_BIRTH", _k("dob"), 0.1),
        ("Lloc de naixement", "LOCATION", _k("town2"), 0.3),
        ("Telèfon", "PHONE_NUMBER", _k("phone"), 0.2),
        ("Correu electrònic", "EMAIL_ADDRESS", _k("email"), 0.3),
        ("Domicili", "STREET_ADDRESS", _k("addr"), 0.05),
        ("IBAN", "IBAN_CODE", _k("iban_sp"), 0.4),
        ("Referència cadastral", None, lambda c: _rs(c.r, "0123456789", 7) + _rs(c.r, _AZ, 2) +
         _rs(c.r, "0123456789", 4) + _rs(c.r, _AZ, 1) + _rs(c.r, "0123456789", 4) + _rs(c.r, _AZ, 2), 0.2),
        ("Nom de la finca", None, _ch("Mas Puig", "Can Ferrer", "Cal Jordi", "Mas Vilanova"), 0.4),
        ("Import", None, _k("amount"), 0.0),
        ("Honoraris", None, _k("amount2"), 0.0),
        ("Registre de la Propietat", None, lambda c: f"Registre de {c['branch']} núm. {c.r.randint(1, 4)}", 0.0),
        ("Estat", None, _ch("signada", "pendent", "inscrita"), 0.0),
        ("Hash document", None, _k("sha256"), 0.0),
        ("Signatura verificada", None, _ch("sí", "no"), 0.0),
    ]),
    "verificacoes_identidade": ("PT", [
        ("id_verificacao", None, _k("uuid"), 0.0),
        ("data_verificacao", None, _k("ts"), 0.0),
        ("nome_completo", "PERSON", _k("full"), 0.0),
        ("apelido", "PERSON", _k("last"), 0.0),
        ("data_nasc", "DATE_OF_BIRTH", _k("dob"), 0.05),
        ("dob_verificado", None, _ch("sim", "não"), 0.0),
        ("naturalidade", "LOCATION", _k("town2"), 0.35, _PH),
        ("telemovel", "PHONE_NUMBER", _k("phone"), 0.15),
        ("email", "EMAIL_ADDRESS", _k("email"), 0.25),
        ("morada", "STREET_ADDRESS", _k("addr"), 0.1),
        ("iban", "IBAN_CODE", _k("iban"), 0.45),
        ("ip_origem", "IP_ADDRESS", _k("ip"), 0.2),
        ("ip_interno", None, _k("priv_ip"), 0.0),
        ("tipo_documento", None, _ch("Cartão de Cidadão", "Passaporte", "Título de Residência"), 0.0),
        ("n_documento_mascarado", None, lambda c: "******" + str(c.r.randint(100, 999)) + _rs(c.r, _AZ, 2), 0.0),
        ("validade_doc", None, lambda c: _fmt_date(c.p, _rdate(c.r, date(2027, 1, 1), date(2036, 12, 31))), 0.0),
        ("resultado", None, _ch("aprovado", "rejeitado", "revisão manual"), 0.0),
        ("score_biometria", None, _flt(0.5, 1.0, 3), 0.0),
        ("selfie_hash", None, _k("sha256"), 0.0),
        ("coordenadas", None, _k("gps"), 0.3),
        ("canal", None, _ch("app", "balcão", "web"), 0.0),
        ("balcao", None, _k("branch"), 0.0),
    ]),
}


def structured(rows: int, seed: int) -> dict[str, list[Column]]:
    out: dict[str, list[Column]] = {}
    for tname, (cc, cols) in TABLES.items():
        ctxs = [Ctx(cc, random.Random(f"ravine-{seed}-{tname}-row-{i}")) for i in range(rows)]
        columns = []
        for spec in cols:
            header, ent, gen, blank = spec[:4]
            ph = spec[4] if len(spec) > 4 else ()
            br = random.Random(f"ravine-{seed}-{tname}-{header}-blank")
            vals: list[str | None] = []
            for c in ctxs:
                v = gen(c)
                x = br.random()
                if x < blank:
                    v = br.choice(ph) if ph and x < blank * 0.3 else None
                vals.append(v)
            columns.append(Column(header, ent, vals))
        out[tname] = columns
    return out


if __name__ == "__main__":  # pragma: no cover - manual check
    import hashlib
    import json
    import time

    t0 = time.time()
    ft = free_text(500, 7)
    st = structured(150, 11)
    dt = time.time() - t0
    blob = json.dumps([[t.text, t.spans] for t in ft] + [[k, c.name, c.entity, c.values] for k, cols in st.items()
                                                           for c in cols])
    print("templates", len(TEMPLATES), "texts", len(ft), "spans", sum(len(t.spans) for t in ft))
    print("tables", len(st), "columns", sum(len(v) for v in st.values()), f"{dt:.2f}s")
    print("digest", hashlib.sha256(blob.encode()).hexdigest()[:16])
