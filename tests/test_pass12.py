"""Twelfth accuracy pass: stores in languages the earlier passes barely met (Catalan, Icelandic,
Baltic, South Slavic, Albanian, Maltese, Welsh, Irish, Tagalog, Malay, Swahili), Indian and
Irish addresses, spoken birth dates, national mobiles written without spaces, and look-alike
columns (a utility's account numbers, a payer enum, a password-change date). All values are
made up."""
from __future__ import annotations

import pytest

from pii_audit.detection import ner_names, ner_spans
from pii_audit.detection import validators as v
from pii_audit.names import tokens
from tests.helpers import column_hits, values_of


def test_header_tokens_lose_their_accents():
    assert tokens("Telèfon") == ("telefon",)
    assert tokens("Fæðingardagur") == ("faedingardagur",)
    assert tokens("İl") == ("il",)
    assert tokens("slaptažodis_pakeistas") == ("slaptazodis", "pakeistas")
    assert tokens("teléfono") == tokens("telefono")


TOWNS_CA = ["Lleida", "Mataró", "Reus", "Girona", "Tarragona", "Vic", "Barcelona", "Figueres"] * 4
TOWNS_IS = ["Reykjavík", "Kópavogur", "Akureyri", "Selfoss", "Ísafjörður", "Garðabær", "Hafnarfjörður", "Mosfellsbær"] * 4


@pytest.mark.parametrize("header,rows,entity", [
    ("Població", TOWNS_CA, "LOCATION"),
    ("Sveitarfélag", TOWNS_IS, "LOCATION"),
    ("İl", ["Bursa", "Trabzon", "Ankara", "İstanbul", "İzmir", "Konya", "Antalya", "Adana"] * 4, "LOCATION"),
    ("miestas", ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus", "Utena", "Marijampolė"] * 4, "LOCATION"),
    ("Telèfon", ["654 494 601", "652 09 64 58", "669 549 927", "786 237 903", "+34 624 96 53 77"] * 6, "PHONE_NUMBER"),
    ("Sími", ["632 9500", "824 3577", "+354 694 1906", "691 4750", "650 5524", "+354 848 2384"] * 5, "PHONE_NUMBER"),
    ("Fæðingardagur", ["2. september 1949", "6. júní 1992", "03.08.1978", "06.03.1980", "25.05.1970"] * 6, "DATE_OF_BIRTH"),
    ("Data naixement", ["11/07/2001", "10/07/1972", "19/08/1969", "02/05/1949", "11/01/1996"] * 6, "DATE_OF_BIRTH"),
    ("Cognoms", ["Arévalo", "Iriarte", "Rosa", "Tovar", "Correa", "Molina", "Salinas", "Paniagua", "Vidal", "Puig"] * 3, "PERSON"),
    ("Heimilisfang", ["Bárugata 47, 112 Reykjavík", "Túngata 164, 203 Kópavogur", "Hraunbær 128, 270 Mosfellsbær"] * 10,
     "STREET_ADDRESS"),
])
def test_headers_of_more_languages(detector, header, rows, entity):
    assert (header, entity) in column_hits(detector, {header: rows})


@pytest.mark.parametrize("header,rows", [
    ("CITY_HUB", ["Pune", "Hyderabad", "Bengaluru", "Chennai"] * 8),      # the company's hubs
    ("venue.city", ["Winnipeg", "Ottawa", "Calgary", "Halifax", "Toronto"] * 6),
    ("slaptažodis_pakeistas", ["2025-01-23", "2025-07-09", "2025-12-04", "2026-08-07", "2026-07-26"] * 6),  # changed on
    ("Insurance Payer", ["Self Pay", "Self Pay", "BCBS of Ohio", "UnitedHealthcare", "Medicare Part B"] * 6),
    ("accountNumber", [f"{1874962409 + 7919 * i}" for i in range(30)]),  # a utility's own numbers, all of ten digits
])
def test_look_alike_columns(detector, header, rows):
    assert not column_hits(detector, {header: rows})


def test_a_few_agents_under_a_role_header_are_still_people(detector):
    rows = ["Anna Smith", "John Brown", "Maria Garcia", "Peter Jones"] * 8
    assert ("assignee", "PERSON") in column_hits(detector, {"assignee": rows})


def test_bank_accounts_of_varied_length_stay(detector):
    rows = ["12345678", "987654321", "1029384756", "56473829101", "918273645512"] * 6
    assert ("account_number", "US_BANK_NUMBER") in column_hits(detector, {"account_number": rows})


def test_a_date_is_no_password():
    assert not v.password("2025-01-23") and not v.password("2025-01-23T10:04:00Z") and not v.password("12/05/90")
    assert v.password("Summer2024!")


# == free text ====================================================================================
@pytest.mark.parametrize("text,phone", [
    ("Thanks,⏎Brendan⏎0855267328⏎", "0855267328"),                       # IE mobile on a signature line
    ("Mă puteți suna la 0742138580 după ora 17.", "0742138580"),         # RO
    ("her line is 08033495877", "08033495877"),                           # NG
    ("Sent to ALICE GODANA 0112791154 on 23/11/26", "0112791154"),       # KE
    ("Lep pozdrav,⏎Ana⏎051973330⏎", "051973330"),                         # SI
])
def test_unspaced_national_mobiles(detector, text, phone):
    assert values_of(detector, text.replace("⏎", "\n"), "PHONE_NUMBER") == {phone}


@pytest.mark.parametrize("text", ["Order 0742138580 shipped", "ref: 0855267328", "0855267328", "id=0855267328"])
def test_no_unspaced_mobile(detector, text):
    assert not values_of(detector, text, "PHONE_NUMBER")


@pytest.mark.parametrize("text,addr", [
    ("address 11 Bóthar na Trá, Kilkenny, R95 8PFW.", "11 Bóthar na Trá, Kilkenny, R95 8PFW"),
    ("Confirmed address 159 Ashgrove Park, Dublin 6W, D6W 0KVW and mobile", "159 Ashgrove Park, Dublin 6W, D6W 0KVW"),
    ("adreca=Carrer Nou, 142, àtic, 17600 Figueres⏎", "Carrer Nou, 142, àtic, 17600 Figueres"),
    ("vivim a Carrer de la Riera, 170, 2n 2a, 43002 Tarragona, ens", "Carrer de la Riera, 170, 2n 2a, 43002 Tarragona"),
    ("Bjarni⏎Bárugata 222, 203 Kópavogur · sími", "Bárugata 222, 203 Kópavogur"),
    ("Fit Pika, Cankarjeva ulica 184a, 2250 Ptuj, tel.", "Cankarjeva ulica 184a, 2250 Ptuj"),
    ("adrese Dzirnavu iela 21, Cēsis, LV-4101. Zvaniet", "Dzirnavu iela 21, Cēsis, LV-4101"),
    ("Yeni adresim Bahçelievler Mah. Gül Sok. No: 205, 61040 Ortahisar/Trabzon. Fatura",
     "Bahçelievler Mah. Gül Sok. No: 205, 61040 Ortahisar/Trabzon"),
    ("My billing address is Flat 102, Shanti Kunj, Anna Salai, Ahmedabad - 380086.",
     "Flat 102, Shanti Kunj, Anna Salai, Ahmedabad - 380086"),
    ("Vilniaus g. 15-3, LT-01402 Vilnius", "Vilniaus g. 15-3, LT-01402 Vilnius"),
    ("Tartu mnt 5, 10115 Tallinn", "Tartu mnt 5, 10115 Tallinn"),
    ("Triq il-Kbira 12, Mosta MST 1234", "Triq il-Kbira 12, Mosta MST 1234"),
    ("14 High Street, Bristol BS1 4DJ", "14 High Street, Bristol BS1 4DJ"),
])
def test_addresses_of_more_countries(detector, text, addr):
    assert values_of(detector, text.replace("⏎", "\n"), "STREET_ADDRESS") == {addr}


def test_a_street_word_without_a_number_is_no_address(detector):
    assert not values_of(detector, "We met on Heol y Bont yesterday", "STREET_ADDRESS")


@pytest.mark.parametrize("text,dob", [
    ("Data de naixement: 14 de desembre de 1972.", "14 de desembre de 1972"),
    ("Arben Shehu, lindur më 29 janar 2007 në Korçë.", "29 janar 2007"),
    ("Datum rojstva: 10. februarja 1959", "10. februarja 1959"),
    ("Em tên là Ngọc, sinh ngày 14 tháng 6 năm 2008 tại Hải Phòng.", "ngày 14 tháng 6 năm 2008"),
    ("agent: your date of birth⏎caller: march thirtieth nineteen fifty six⏎agent: and", "march thirtieth nineteen fifty six"),
    ("your date of birth⏎customer: twenty third december nineteen seventy seven⏎",
     "twenty third december nineteen seventy seven"),
])
def test_birth_dates_of_more_languages_and_spoken(detector, text, dob):
    assert values_of(detector, text.replace("⏎", "\n"), "DATE_OF_BIRTH") == {dob}


def test_a_spoken_date_with_no_birth_word_is_none(detector):
    assert not values_of(detector, "the appointment is on march third twenty twenty six", "DATE_OF_BIRTH")


def test_carrier_grade_nat_is_no_subscriber_address():
    assert not v.ipv4("100.64.0.1") and not v.ipv4("100.127.255.254")
    assert v.ipv4("100.128.0.1")


def test_publishable_keys_and_password_outcomes(detector):
    assert not values_of(detector, "STRIPE_PUBLISHABLE_KEY=pk_live_AJcLhw8SAUc68FWWJ0wPY8vX", "API_KEY")
    assert values_of(detector, "STRIPE_SECRET_KEY=sk_live_sBIrMS52uDvjyeta59LcoYef", "API_KEY")
    assert not values_of(detector, "WARN [auth-svc] password mismatch user=x", "PASSWORD")


def test_a_role_speaks_no_name(detector):
    text = "[19:16] Klientas: Laba diena⏎[19:18] Klient: Sveiki".replace("⏎", "\n")
    assert not values_of(detector, text, "PERSON")


def test_header_cells_of_a_pasted_table():
    text = "Nafn\tSími\tNetfang\tSveitarfélag\nKatrín Jónsdóttir\t8939015\tk@example.is\tGarðabær"
    start = text.index("Netfang")
    assert ner_spans.header_cell(text, start, start + len("Netfang"))
    row = text.index("Garðabær")
    assert not ner_spans.header_cell(text, row, row + len("Garðabær"))


@pytest.mark.parametrize("text,name", [
    ("Mulțumesc,⏎Vlaicu Albu⏎", "Vlaicu Albu"),
    ("Lep pozdrav,⏎Alen Skok⏎064254157⏎", "Alen Skok"),
    ("Prindi/kujdestari: Fatos Shehu, tel. 069 713 7588", "Fatos Shehu"),
])
def test_a_name_alone_on_its_line_keeps_its_first_word(text, name):
    text = text.replace("⏎", "\n")
    start = text.index(name)
    s, e = ner_spans.clean(text, start, start + len(name), "PERSON")
    assert text[s:e] == name


def test_a_noun_before_a_name_in_prose_still_comes_off():
    text = "Überweisung Ladeck bitte bis Montag"
    s, e = ner_spans.clean(text, 0, len("Überweisung Ladeck"), "PERSON")
    assert text[s:e] == "Ladeck"


@pytest.mark.parametrize("text,word", [
    ("maksed fondi. Olen sündinud 22.09.2001 ja elan", "Olen"),
    ("Paldies! Mans numurs 28519222.", "Mans"),
    ("Bună ziua,\n\nAș dori o ofertă", "Aș"),
])
def test_function_words_of_more_languages_are_no_names(text, word):
    start = text.index(word)
    assert ner_names.post_process(text, [(start, start + len(word), "PERSON")]) == []


@pytest.mark.parametrize("span", ["Brightwell Energy", "Cairnstone Pensions", "Alba Mobile", "Llar Segur Corredoria"])
def test_businesses_by_their_trade(span):
    assert not v.person_in_text(span)


def test_birth_dates_under_a_numbered_header(detector):
    rows = [f"{i % 12 + 1:02d}/{i % 27 + 1:02d}/{1948 + 2 * i}" for i in range(28)]
    assert ("col_7", "DATE_OF_BIRTH") in column_hits(detector, {"col_7": rows})
    recent = [f"2024-{m:02d}-{d:02d}" for m in range(1, 13) for d in (3, 17)]  # a business's own dates
    assert not column_hits(detector, {"field_3": recent})
    assert not column_hits(detector, {"signup_date": rows})  # a header that says what it is: not this rule


def test_a_pasted_table_whose_header_has_units_in_brackets(detector):
    text = ("Nafn\tSími\tNetfang\tIðgjald (kr.)\tStaða\n"
            "Katrín Jónsdóttir\t8939015\tkatrin@example.is\t151.915\tVirkur\n"
            "Jón Pálsson\t662 1990\tjon@example.is\t91.341\tVirkur")
    assert values_of(detector, text, "PHONE_NUMBER") == {"8939015", "662 1990"}
    assert values_of(detector, text, "PERSON") == {"Katrín Jónsdóttir", "Jón Pálsson"}


@pytest.mark.parametrize("text", [
    "INFO [auth-svc] login ok member=8326858 session=x",
    "listing=01109769&contact=someone",
])
def test_member_and_listing_numbers_are_no_phones(detector, text):
    assert not values_of(detector, text + " call sms", "PHONE_NUMBER")


@pytest.mark.parametrize("header,rows", [
    ("numéro_suivi", ["737945484197", "328461189663", "732577992298", "612345678901", "923456789012"] * 6),  # tracking
])
def test_a_number_header_that_names_no_phone(detector, header, rows):
    assert not any(e == "PHONE_NUMBER" for _, e in column_hits(detector, {header: rows}))


def test_a_social_security_header_in_spanish_is_no_phone_column(detector):
    rows = ["736-04-2099", "428-03-1517", "838-23-4453", "376-30-7833", "616-64-6451", "212-75-0773"] * 5
    hits = column_hits(detector, {"Número de Seguro Social (EE.UU.)": rows})
    assert ("Número de Seguro Social (EE.UU.)", "US_SSN") in hits
    assert not any(e == "PHONE_NUMBER" for _, e in hits)
