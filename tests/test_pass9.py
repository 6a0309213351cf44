"""Ninth accuracy pass (`ember`'s errors): exported chats and speakers named after a role,
sign-offs in quoted replies, the name heading an address block, form lines whose fields are
two spaces apart, function words of other languages read as names, the tails of addresses
(units, districts, `#` numbers, grid streets, dashes), shapes of digits that are no phone
number, phone words and regions of more countries, and the column vocabulary of residence,
password-change dates and named things. All values are made up."""
from __future__ import annotations

import random

import pyarrow as pa
import pytest

from pii_audit.detection import name_lexicon, ner_names, ner_spans
from pii_audit.detection import validators as v
from pii_audit.detection import vector_validators as vv
from tests.helpers import column_hits, values_of


of = values_of  # the values of one entity's spans


def names(text: str) -> set[str]:
    return {text[s:e] for s, e, _ in ner_names.post_process(text, [])}


# == names without the model ===================================================================
def test_speakers_of_an_exported_chat_are_people():
    text = ("04/02/25 20:27 - Victor: Goedemiddag, ik sta met een pakket voor de deur.\n"
            "04/02/25 20:30 - Helena: Ohh sorry ik ben nog op werk!\n"
            "04/02/25 20:37 - Victor: Buren zijn ook niet thuis.\n"
            "04/02/25 20:44 - Helena: Ok prima.")
    assert {"Victor", "Helena"} <= names(text)
    ios = ("[04/01/26, 15:05:01] Johannes: Goedemiddag\n[04/01/26, 15:13:22] Johannes: Buren zijn weg\n"
           "[04/01/26, 15:14:02] Tijs: ok")
    assert "Johannes" in names(ios)


def test_a_shop_speaking_in_an_exported_chat_is_no_person():
    text = ("09/09/25 16:52 - Tami: Selamat siang\n09/09/25 16:55 - Apotek Sehat: Siang Kak\n"
            "09/09/25 17:02 - Tami: Ini resepnya\n09/09/25 17:05 - Apotek Sehat: Baik")
    assert "Apotek Sehat" not in names(text)


def test_the_name_after_a_role_speaks_even_when_it_is_a_word_too():
    text = ("Konsultant Marcel: Dzień dobry, w czym mogę pomóc?\nEwelina Dylak: dzien dobry\n"
            "Konsultant Marcel: Rozumiem.\nEwelina Dylak: 13.07.2005\nKonsultant Marcel: Dziękuję.")
    assert {text[s:e] for s, e, _ in ner_names.chat_speakers(text)} == {"Marcel", "Ewelina Dylak"}


def test_a_sign_off_inside_a_quoted_reply():
    text = "> Could you confirm?\n> \n> Kind regards,\n> Codie Hickey\n> Negotiator | Example Estates"
    assert "Codie Hickey" in names(text)


@pytest.mark.parametrize("text,name", [
    ("Billing address:\nRobert Atkinson\n6923 Washington Blvd Unit 411\nDenver, CO 80229", "Robert Atkinson"),
    ("Please send it to:\nL Cooper\n3 Church Lane\nReading\nRG5 4AS", "L Cooper"),
])
def test_the_name_heading_an_address_block(text, name):
    assert name in names(text)


def test_a_shop_heading_an_address_block_is_no_person():
    assert not names("Ship to:\nCasa Bahia Outlet\n12 Rua XV\nSao Paulo")


def test_a_name_does_not_grow_over_the_next_field_of_a_form_line():
    text = "Customer: Charlotte Mcdonald   DOB: 11/14/1944   SSN: 224-05-5651"
    start = text.index("Charlotte")
    assert ner_spans.grow_name(text, start, start + len("Charlotte Mcdonald")) == (start, start + len("Charlotte Mcdonald"))
    text = "Customer: Charlotte Mcdonald DOB: 11/14/1944"
    assert ner_spans.grow_name(text, start, start + len("Charlotte Mcdonald")) == (start, start + len("Charlotte Mcdonald"))
    text = "Agent Rosa van der Velden called"  # particles still join
    s = text.index("Rosa")
    assert text[slice(*ner_spans.grow_name(text, s, s + 4))] == "Rosa van der Velden"


@pytest.mark.parametrize("text,word", [
    ("Olá! Sou a Cecilia, como posso ajudar?", "Sou"),
    ("Validado! Seu ingresso já está liberado.", "Seu"),
    ("Bonjour,\nDepuis la mise à jour, rien ne marche.", "Depuis"),
    ("Mohon maaf Kak. Kami sudah eskalasi ke hub.", "Kami"),
    ("Dikirim ya. Atas nama Vanesa, alamat di bawah.", "Atas"),
    ("Siap Kak, untuk pembayaran via transfer.", "Siap Kak"),
])
def test_function_words_of_other_languages_are_no_names(text, word):
    s = text.index(word)
    assert ner_spans.clean(text, s, s + len(word), "PERSON", opening_ok=True) is None


@pytest.mark.parametrize("word", ["Olá", "Buongiorno", "Goedemiddag", "Bonjour"])
def test_a_greeting_alone_is_no_name_and_no_place(word):
    text = f"Hi team.\n{word}, the parcel is here."
    s = text.index(word)
    assert ner_spans.clean(text, s, s + len(word), "PERSON", opening_ok=True) is None
    assert ner_spans.clean(text, s, s + len(word), "LOCATION", opening_ok=True) is None


def test_names_that_are_words_of_no_other_language_stay():
    text = "Thanks for waiting. Cecilia will call you back."
    s = text.index("Cecilia")
    assert ner_spans.clean(text, s, s + 7, "PERSON", opening_ok=True) == (s, s + 7)


# == addresses ================================================================================
@pytest.mark.parametrize("text,address", [
    ("I live at Rua XV de Novembro, 2104 - Tatuapé, São Paulo - SP, 08483-152 now.",
     "Rua XV de Novembro, 2104 - Tatuapé, São Paulo - SP, 08483-152"),
    ("ship to 3597 N 5th St, Denver, CO 80285 please", "3597 N 5th St, Denver, CO 80285"),
    ("nowy adres: ul. Polna 44 m. 14, 40-726 Katowice", "ul. Polna 44 m. 14, 40-726 Katowice"),
    ("send to 8944 Lakeview Dr #11, Tulsa, OK 74199 asap", "8944 Lakeview Dr #11, Tulsa, OK 74199"),
    ("Alamat penerima : Jl. Gatot Subroto No. 123A, RT 12/RW 15, Kel. Pondok Kelapa, Denpasar 80176",
     "Jl. Gatot Subroto No. 123A, RT 12/RW 15, Kel. Pondok Kelapa, Denpasar 80176"),
    ("at 376 rue Notre-Dame Ouest #3, Trois-Rivières (Québec) G9A 1H6.", "376 rue Notre-Dame Ouest #3, Trois-Rivières (Québec) G9A 1H6"),
    ("Block 518B Bukit Batok West Avenue 6, #03-65, Singapore 652693", "Block 518B Bukit Batok West Avenue 6, #03-65, Singapore 652693"),
    ("Calle Real, nº 39, 2ºDcha, 18067 Granada", "Calle Real, nº 39, 2ºDcha, 18067 Granada"),
    ("Av. Brasil, 344, ap. 88 bloco B - Tatuapé, São Paulo - SP, 03663-373", "Av. Brasil, 344, ap. 88 bloco B - Tatuapé, São Paulo - SP, 03663-373"),
    ("Kungsgatan 84 lgh 1123, 214 01 MALMÖ", "Kungsgatan 84 lgh 1123, 214 01 MALMÖ"),
    ("87 Seaview Park, Dublin 9, D09 RP2D", "87 Seaview Park, Dublin 9, D09 RP2D"),
    ("6319 boulevard Laurier, bureau 794, Trois-Rivières (Québec) G9A 6S3", "6319 boulevard Laurier, bureau 794, Trois-Rivières (Québec) G9A 6S3"),
    ("Adres: Stationsweg 120-hs, 1017 TP Amsterdam", "Stationsweg 120-hs, 1017 TP Amsterdam"),
    ("> Example Pharmacy\n> 73 Ashgrove Lawn\n> Limerick", "73 Ashgrove Lawn"),
])
def test_address_tails_of_more_countries(detector, text, address):
    assert address in of(detector, text, "STREET_ADDRESS")


@pytest.mark.parametrize("text,address", [
    ("dirección Kr 89 Bis # 33-78, Bucaramanga, Santander gracias", "Kr 89 Bis # 33-78"),
    ("Transversal 26 #111-07, Cartagena, Bolívar", "Transversal 26 #111-07"),
    ("Entrega en Cl. 25B N° 47A-33, Cali", "Cl. 25B N° 47A-33"),
])
def test_grid_streets_of_latin_america(detector, text, address):
    assert any(a.startswith(address) for a in of(detector, text, "STREET_ADDRESS"))


def test_a_street_address_still_needs_a_street(detector):
    assert not of(detector, "Order 4471 shipped 12 units, batch #11, Tulsa warehouse", "STREET_ADDRESS")


# == phones ===================================================================================
@pytest.mark.parametrize("value", ["10.60.163.98", "192.168.1.20", "08483-152", "123-456-7890", "(123) 456-7890"])
def test_shapes_that_are_no_phone_number(value):
    assert not v.phone(value)
    assert vv.phone(pa.array([value]))[0] == 0


def test_phone_shapes_keep_real_numbers():
    for value in ["+55 11 98765-4321", "+353 86 800 9501", "212-555-0147"]:
        assert v.phone(value)
        assert vv.phone(pa.array([value]))[0] != 0


@pytest.mark.parametrize("text,number", [
    ("customer: my cel is 0917 440 1614 now", "0917 440 1614"),
    ("No. HP: 0812 3871 946", "0812 3871 946"),
    ("se precisar meu whats é 31927469992", "31927469992"),
    ("Cel: +57 350 3483189 | Fijo: (602) 4893992", "(602) 4893992"),
])
def test_phone_words_and_regions_of_more_countries(detector, text, number):
    assert number in of(detector, text, "PHONE_NUMBER")


def test_a_birth_date_typed_as_digits_is_no_phone(detector):
    assert not of(detector, "ivr step=dob input=09121951 match=true", "PHONE_NUMBER")


def test_indonesian_password_word(detector):
    assert "Biscuit25!" in of(detector, "kalau perlu login pakai email di atas, passwordnya Biscuit25!", "PASSWORD")


# == columns ==================================================================================
def test_a_password_change_date_column_in_german_is_no_password(detector):
    rng = random.Random(9)
    dates = [f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2023, 2026)}" for _ in range(120)]
    hits = column_hits(detector, {"Passwort zuletzt geändert": dates})
    assert not any(e == "PASSWORD" for _, e in hits)


def test_the_name_of_a_property_is_no_person(detector):
    values = ["Residencial Alfonso XIII", "Chalet Rosalía", "Casa Don Julián", "Edificio Isabel II", None] * 24
    hits = column_hits(detector, {"Nombre del inmueble": values})
    assert not any(e == "PERSON" for _, e in hits)


def test_a_residence_column_of_a_few_big_towns(detector):
    rng = random.Random(9)
    towns = [rng.choice(["Łódź", "Kraków", "Szczecin", "Gdańsk", "Poznań", "Lublin", "Warszawa", "--"]) for _ in range(120)]
    hits = column_hits(detector, {"Miejsce zamieszkania": towns})
    assert ("Miejsce zamieszkania", "LOCATION") in hits


@pytest.mark.parametrize("text,town", [
    ("Vale, me la quedo. Soy de Granada, ¿puedo pasar el sábado?", "Granada"),
    ("Ich komme aus Freiburg und wohne hier.", "Freiburg"),
    ("data_nascita=8/11/1959\nluogo_nascita=Bari\nemail=x@example.it", "Bari"),
])
def test_where_someone_is_from_in_more_languages_and_key_value_labels(detector, text, town):
    assert town in of(detector, text, "LOCATION")


def test_where_someone_is_from_names_a_listed_town_only(detector):
    assert not of(detector, "Soy de Google y trabajo aquí.", "LOCATION")


@pytest.mark.parametrize("text,name", [
    ("customer: yes, aileen villanueva.", "aileen villanueva"),
    ("we'll send a request to dr. pacheco. is the office open?", "pacheco"),
    ("this is the last will and testament of bongani govender, born 1952.", "bongani govender"),
    ("i appoint my sister fatima govender as executrix", "fatima govender"),
    ("witnesses on the day will be thabo dlamini and ruan radebe from the office", "ruan radebe"),
])
def test_names_in_lower_case_after_answers_and_the_words_of_a_will(text, name):
    assert name in {text[s:e] for s, e in name_lexicon.lowercase_names(text)}


def test_a_lower_case_address_is_no_name():
    text = "mail brett.k@example.com and ask"
    assert "brett" not in {text[s:e] for s, e in name_lexicon.lowercase_names(text)}


@pytest.mark.parametrize("text,address", [
    ("Dirección correcta: Kr 89 Bis # 33-78, Bucaramanga, Santander. Se solicita", "Kr 89 Bis # 33-78, Bucaramanga, Santander"),
    ("per il trilocale in Via Cavour 50/A, 20154 Milano (MI).", "Via Cavour 50/A, 20154 Milano (MI)"),
    ("indirizzo=Viale dei Mille n. 187/A, 50122 Firenze (FI)\n", "Viale dei Mille n. 187/A, 50122 Firenze (FI)"),
])
def test_a_town_and_its_region_and_lettered_house_numbers_stay_in_the_address(detector, text, address):
    assert address in of(detector, text, "STREET_ADDRESS")


def test_one_bare_town_after_a_street_is_still_a_place_of_its_own(detector):
    text = "at 921 Dylan Walks Suite 531, Joyport."
    assert of(detector, text, "STREET_ADDRESS") == {"921 Dylan Walks Suite 531"}
    assert of(detector, text, "LOCATION") == {"Joyport"}


@pytest.mark.parametrize("text,address", [
    ("I live at 12 Main Street - Please call me", "12 Main Street"),
    ("Meet at 12 Main Street local time 9am", "12 Main Street"),
    ("It is at 12 Main Street no longer", "12 Main Street"),
])
def test_an_address_does_not_grow_over_the_words_after_it(detector, text, address):
    assert of(detector, text, "STREET_ADDRESS") == {address}


def test_a_url_password_may_hold_an_at_sign(detector):
    text = "DATABASE_URL=postgres://app_rw:2X@=-Oqwo1Yr@172.16.161.164:5432/orders"
    assert of(detector, text, "PASSWORD") == {"2X@=-Oqwo1Yr"}


@pytest.mark.parametrize("text,pin", [
    ("got it. btw my pin is 3361 is that why its locked??", "3361"),
    ("Your PIN: 0365. Never share it.", "0365"),
])
def test_a_pin_after_its_word_is_a_secret(detector, text, pin):
    assert of(detector, text, "PASSWORD") == {pin}


def test_a_pin_of_a_connector_is_none(detector):
    assert not of(detector, "Pin 2 of the connector is loose", "PASSWORD")


@pytest.mark.parametrize("text", [
    "erf_number: ERF 62211\nmeter_number: 43238126753\nsts_token_last: 4642",
    "Guía: 4930729404 (origen MDE, destino BAQ)",
    "Radicado PQR 0560-315287.",
    "UR-Nr. 0841/2026\nVerhandelt zu Leipzig am 24. August 2026",
])
def test_numbers_of_meters_waybills_files_and_cases_are_no_phones(detector, text):
    assert not of(detector, text, "PHONE_NUMBER")
