"""Eleventh accuracy pass: name and place columns whose header says nothing (`c3`), in the
forms real stores hold them: with titles and letters after the name, the surname first,
patronymics, women's forms of surnames, Greek and Cyrillic script, and names in scripts
with combining vowel signs (Devanagari, Tamil, Thai). All values are made up."""
from __future__ import annotations

import pytest

from pii_audit.detection import name_lexicon
from pii_audit.detection import validators as v
from tests.helpers import column_hits


@pytest.mark.parametrize("value,name", [
    ("Mr Karl Dunn", "Karl Dunn"),
    ("Univ.Prof. Andres Franke B.Sc.", "Andres Franke"),
    ("Sig.ra Loredana Antonetti", "Loredana Antonetti"),
    ("Dr. med. Anna Roth", "Anna Roth"),
    ("Reimar Hande B.A.", "Reimar Hande"),
    ("YUN MA", "YUN MA"),          # capitals: `MA` is a surname there, no degree
    ("Yun Ma", "Yun Ma"),          # nor in Title case
])
def test_titles_and_letters_after_a_name_come_off(value, name):
    assert v._honours_off(value)[0] == name


@pytest.mark.parametrize("value", [
    "Dr. Sieghard Mohaupt",            # a title and two capitalised words: unlisted names too
    "Mrs. Harriet Greenwood",
    "Don Johnson",                     # `Don` a title or a name: both read
    "Kuznetsov Dmitriy",               # the surname first
    "Sergey Ivanovich Petrov",         # a patronymic between the names
    "Γιώργος Παπαδόπουλος",            # Greek script
    "Дмитрий Кузнецов",                # Cyrillic
    "Jana Nováková",                   # a woman's form of a listed surname
])
def test_listed_person_names(value):
    assert v.listed_person_name(value)


@pytest.mark.parametrize("value", ["Dr Pepper", "Mr Clean", "Summit Lamp", "Velvet Mug", "Mr"])
def test_no_person_names(value):
    assert not v.listed_person_name(value)


def test_greek_and_cyrillic_are_read_in_latin_letters():
    assert name_lexicon.fold("Παπαδόπουλος") == "papadopoulos"
    assert name_lexicon.fold("Ευάγγελος") == "evangelos"
    assert name_lexicon.fold("Кузнецов") == "kuznetsov"
    assert v.listed_place("Αθήνα") and v.listed_place("Ρόδος")


def test_a_given_name_is_no_womans_surname():
    assert name_lexicon.surname("Kowalska") and name_lexicon.surname("Ivanova")
    assert not name_lexicon.surname("Marina")  # a given name, not `Marin`'s wife


TITLED = ["Mr Karl Dunn", "Dr Leah Gray", "Mrs Harriet Greenwood", "Miss Kate Griffiths", "Dr. Valerie Fiebig",
          "Herr Paolo Hande MBA.", "Ing. Gerwin Gumprich", "Prof. Bjørn Haugland", "Dott. Gastone Faggiani",
          "Sig.ra Loredana Antonetti", "Mr. Conrad Devane", "Dr. Cassandra Conway"]


def test_a_column_of_titled_names_under_a_header_that_says_nothing(detector):
    rows = (TITLED * 3)[:30]
    hits = column_hits(detector, {"c3": rows, "c4": [f"SKU-{i:05d}" for i in range(30)]})
    assert ("c3", "PERSON") in hits and not any(f == "c4" for f, _ in hits)


def test_a_column_of_greek_and_cyrillic_names_under_a_header_that_says_nothing(detector):
    rows = ["Γιώργος Παπαδόπουλος", "Ελένη Νικολάου", "Δημήτρης Γεωργίου", "Μαρία Κωνσταντίνου", "Νίκος Ιωάννου",
            "Дмитрий Кузнецов", "Сергей Смирнов", "Наталья Иванова", "Андрей Попов", "Юлия Соколова"] * 3
    assert ("attr_7", "PERSON") in column_hits(detector, {"attr_7": rows})


@pytest.mark.parametrize("rows", [
    ["राहुल शर्मा", "प्रिया वर्मा", "अमित कुमार", "सुनीता देवी", "विकास गुप्ता", "अनीता सिंह"] * 5,   # Devanagari
    ["சுரேஷ் குமார்", "லக்ஷ்மி நாராயணன்", "கார்த்திக் ராஜா", "மீனா சுந்தரம்"] * 6,                 # Tamil
    ["สมชาย ใจดี", "สมหญิง รักไทย", "วิชัย สุขใจ", "มาลี ศรีสุข", "ประเสริฐ มั่นคง"] * 5,            # Thai
])
def test_names_with_combining_vowel_signs_under_a_name_header(detector, rows):
    assert ("customer_name", "PERSON") in column_hits(detector, {"customer_name": rows})


# == free text: who speaks, and names in records ================================================
from pii_audit.detection import address, ner_names, place_lexicon  # noqa: E402
from tests.helpers import values_of  # noqa: E402


@pytest.mark.parametrize("text,name", [
    ("Microsoft Teams — KYC⏎⏎Nigel Buckley  13:02⏎Anyone free to look at it?", "Nigel Buckley"),
    ("#year4 (Slack export)⏎⏎Danielle Sutton  8:12 AM⏎Heads up — he is off sick", "Danielle Sutton"),
    ("03/02 9:47 AM  Jared: Can we do Saturday?", "Jared"),
    ("Clive: oh maybe⏎Benjamin (SwiftDrop): I've opened claim CLM-78541641.", "Benjamin"),
    ("[21:15] Nurse Arun: Yes, lilies are very toxic to cats.", "Arun"),
    ("Supporter record: Butler, Jodie (ID 10016683)", "Butler, Jodie"),
    ("Potilaan nimi (sukunimi, etunimi): Jäntti, Harri⏎Syntymäaika: 3.5.1989", "Jäntti, Harri"),
    ("Candidate: Farah Nadia binti Hassan | Mobile: +6587514916", "Farah Nadia binti Hassan"),
])
def test_speakers_and_record_names(detector, text, name):
    assert values_of(detector, text.replace("⏎", "\n"), "PERSON") == {name}


@pytest.mark.parametrize("text", [
    "2026-01-02 10:00 Scheduler: started",            # a log's component after a stamp
    "Meeting notes 13:02",                              # no name before the time
    "Status (Pending): yes",                            # a tag in brackets, no name
    "Attendees: Smith, Jones, Brown",                   # a list, not `Surname, Given`
    "Status: Pending customer⏎Requester: Taylor Soto",  # a role word ending a line is no cue
])
def test_no_speaker_or_record_name(detector, text):
    assert "Requester" not in values_of(detector, text.replace("⏎", "\n"), "PERSON")
    if "Taylor" not in text:
        assert not values_of(detector, text.replace("⏎", "\n"), "PERSON")


def names_of(text: str) -> set[tuple[str, str]]:
    return {(e, text[s:t]) for s, t, e in ner_names.post_process(text, [])}


def test_post_process_drops_labels_pets_weekdays_and_desks():
    text = "Requester: Taylor Soto⏎Gift Aid: yes⏎Jméno zvířete: Bety⏎on Thu at 2:40pm".replace("⏎", "\n")
    spans = [(0, 9, "PERSON"), (23, 31, "PERSON"), (52, 56, "PERSON"), (60, 63, "PERSON")]
    assert [text[s:e] for s, e, _ in spans] == ["Requester", "Gift Aid", "Bety", "Thu"]
    assert [text[s:e] for s, e, _ in ner_names.post_process(text, spans)] == ["Taylor Soto"]  # the lists' name stays
    desk = "To: Aurora Miles Member Services <members@example.com>"
    assert ner_names.post_process(desk, [(4, 16, "PERSON")]) == []


def test_post_process_places():
    text = "I'm currently in Dayton, OH, but the École primaire du Boisé wrote. Welcome to Nordavia!"
    spans = [(17, 23, "LOCATION"), (55, 60, "LOCATION"), (79, 87, "LOCATION")]
    assert [text[s:e] for s, e, _ in spans] == ["Dayton", "Boisé", "Nordavia"]
    assert [(text[s:e], ent) for s, e, ent in ner_names.post_process(text, spans)] == [("Dayton, OH", "LOCATION")]
    slovak = "je pôvodom z mesta Martin a syn"
    assert [ent for *_, ent in ner_names.post_process(slovak, [(19, 25, "PERSON")])] == ["LOCATION"]
    title = "volala pani Luptáková – chce"
    assert [ent for *_, ent in ner_names.post_process(title, [(12, 21, "LOCATION")])] == ["PERSON"]


def test_towns_in_lower_case_transcripts():
    text = "caller: hi it's johan from johannesburg\nrecruteuse: vous habitez à saguenay\ni was in time for the sale in bath"
    assert [text[s:e] for s, e in place_lexicon.lowercase_places(text)] == ["johannesburg", "saguenay"]


# == addresses ==================================================================================
@pytest.mark.parametrize("text,addresses", [
    ("confirm the address we hold:⏎> 71 The Crescent⏎> Bath BA5 7BA⏎>", ["71 The Crescent", "Bath BA5 7BA"]),
    ("zurück:⏎> Lindenhof 18a⏎> 7000 Chur⏎> Bitte", ["Lindenhof 18a", "7000 Chur"]),
    ("| Blk 431 Sengkang Drive 89 #08-275, Singapore 540431 | x |", ["Blk 431 Sengkang Drive 89 #08-275, Singapore 540431"]),
    ("Cím: 9066 Győr, Jókai Mór utca 6, 4. emelet 5. ajtó⏎Telefon", ["9066 Győr, Jókai Mór utca 6, 4. emelet 5. ajtó"]),
    ("Endereço: Rua Padre Chagas, 1312, apto 159 - Moinhos de Vento, Fortaleza - CE, 66467-921⏎",
     ["Rua Padre Chagas, 1312, apto 159 - Moinhos de Vento, Fortaleza - CE, 66467-921"]),
    ("Địa chỉ: Số 116/24 Lý Thường Kiệt, Phường Thạc Gián, Quận Cầu Giấy, Hà Nội, sđt",
     ["Số 116/24 Lý Thường Kiệt, Phường Thạc Gián, Quận Cầu Giấy, Hà Nội"]),
    ("einai:⏎Kolokotroni 80⏎713 01 Irakleio⏎tilefono", ["Kolokotroni 80\n713 01 Irakleio"]),
    ("My new address is:⏎⏎126 Kingsway⏎Sheffield⏎S63 6TH⏎⏎and", ["126 Kingsway\nSheffield\nS63 6TH"]),
])
def test_addresses(detector, text, addresses):
    assert values_of(detector, text.replace("⏎", "\n"), "STREET_ADDRESS") == set(addresses)


def test_no_address_block_of_everyday_words(detector):
    assert not values_of(detector, "Order 5\n1000 Items shipped", "STREET_ADDRESS")
    assert address.quoted_next_lines("x\n> Bitte teilen Sie", 1) == []


# == dates of birth, phones, keys, passwords ====================================================
@pytest.mark.parametrize("text,dob", [
    ("Datum narození: 2. 7. 1967⏎Místo", "2. 7. 1967"),
    ("tel. 0949 571 585, nar. 8. júna 1954", "8. júna 1954"),
    ("Ngày sinh: ngày 5 tháng 1 năm 2007⏎", "ngày 5 tháng 1 năm 2007"),
    ("Ημ/νία γέννησης: 18 Οκτωβρίου 1993   Τόπος", "18 Οκτωβρίου 1993"),
])
def test_birth_dates_of_more_languages(detector, text, dob):
    assert values_of(detector, text.replace("⏎", "\n"), "DATE_OF_BIRTH") == {dob}


def test_packed_airline_dates():
    assert v.date_of_birth("02JUL88") and v.date_of_birth("17MAY1982")
    assert not v.date_of_birth("31FEB90") and not v.date_of_birth("02XYZ88")


@pytest.mark.parametrize("text,phone", [
    ("et mon cellulaire est le 613 539 2229.", "613 539 2229"),
    ("- Donna Bell, former manager at Acme Analytics, 617 266 9859", "617 266 9859"),
    ('"telefon":"(06 72) 544 421"', "(06 72) 544 421"),
])
def test_phones(detector, text, phone):
    assert values_of(detector, text, "PHONE_NUMBER") == {phone}


@pytest.mark.parametrize("text", ["Total 250 000 1234 units", "Invoice 617 266 9859"])
def test_no_phones(detector, text):
    assert not values_of(detector, text, "PHONE_NUMBER")


def test_a_hex_string_under_a_key_name_is_the_key():
    from pii_audit.rules import load_rules
    from pii_audit.detection.engine import Detector

    det = Detector(load_rules(), ner=None)
    key = "78c38ea0cc21e362a4b692f3ce3ce235"
    assert values_of(det, f"    auth_token: {key}\n  smtp:", "API_KEY") == {key}
    assert not values_of(det, f"api_key_sha1: {key}", "API_KEY")     # the key's digest
    assert not values_of(det, f"password: {key}", "PASSWORD")        # a password's hash
    assert values_of(det, "GOOGLE_MAPS_KEY=AIzaFXL4av1BZgxJlruNLhu-ICmdR-U-WUESIL-\n", "API_KEY") == {
        "AIzaFXL4av1BZgxJlruNLhu-ICmdR-U-WUESIL-"}


@pytest.mark.parametrize("text,pw", [
    ("Senha do portal redefinida para a temporária Senha2011! — enviar por SMS", "Senha2011"),
    ("the ATS login for the temp staff is recruit.temp / mFux#0xTX@hbp9\nplease change it", "mFux#0xTX@hbp9"),
])
def test_passwords(detector, text, pw):
    assert {p.rstrip("!") for p in values_of(detector, text, "PASSWORD")} == {pw}


@pytest.mark.parametrize("text", ["the temporary staff will arrive", "login page at example.com / settings"])
def test_no_passwords(detector, text):
    assert not values_of(detector, text, "PASSWORD")


# == columns ====================================================================================
def test_a_column_of_surnames_under_a_header_that_says_nothing(detector):
    rows = ["Fitzpatrick", "Soto", "Wagner", "Okafor", "Kowalczyk", "Lindqvist", "Haddad", "Moreau", "Rossi", "Novak",
            "Yilmaz", "Horvath", "Papadopoulos", "Nguyen", "Fernandes"] * 2
    assert ("field_2", "PERSON") in column_hits(detector, {"field_2": rows})


def test_a_column_of_colours_or_trades_is_no_surname_column(detector):
    rows = ["Red", "Blue", "Green", "White", "Black", "Brown", "Gray", "Silver", "Gold", "Pink", "Baker", "Smith", "Porter",
            "Taylor", "Fisher", "Miller"] * 2
    assert not column_hits(detector, {"c4": rows})


def test_names_in_capitals_under_a_name_header(detector):
    rows = ["WILLIAMS", "SERNA", "BARTLETT", "PETTERSEN", "BURKE", "MARTINEZ", "OLIVEIRA", "MENDONCA"] * 3
    assert ("pax_surname", "PERSON") in column_hits(detector, {"pax_surname": rows})
    assert v.person_name("WILLIAMS") and not v.person_name("ENGAGECRM")


def test_a_column_of_country_codes_is_no_name_column(detector):
    rows = ["BR", "IN", "KE", "NG", "TR"] * 30
    assert not column_hits(detector, {"nationalityCode": rows})


@pytest.mark.parametrize("text,addresses", [
    ("ik sta bij Stationsweg 120-hs, 1017 TP Amsterdam maar", ["Stationsweg 120-hs, 1017 TP Amsterdam"]),
    ("La dirección es Calle Mayor, 3 8-4, 48023 Bilbao, llama", ["Calle Mayor, 3 8-4, 48023 Bilbao"]),
    ("> McCabes Pharmacy⏎> 73 Ashgrove Lawn⏎> Limerick⏎> V94 CXFA⏎> Tel: (01) 334 9508",
     ["73 Ashgrove Lawn", "Limerick", "V94 CXFA"]),
    ("> Apt 4, 60 Bridge Street⏎> Sligo, Co. Sligo⏎> F91 F57F⏎> Tel: (01) 678 2926",
     ["Apt 4, 60 Bridge Street", "Sligo, Co. Sligo", "F91 F57F"]),
    ("patient: yes. i'm at 4779 meadowbrook dr unit 395, lansing, mi 48963.⏎tech: we can",
     ["4779 meadowbrook dr unit 395, lansing, mi 48963"]),
    ("kandydat: ul. lipowa 66b, 40-871 katowice.⏎rekruter: i data", ["ul. lipowa 66b, 40-871 katowice"]),
    ("cliente: av. colón 4037, neuquén⏎agente: un correo", ["av. colón 4037, neuquén"]),
])
def test_more_addresses(detector, text, addresses):
    assert values_of(detector, text.replace("⏎", "\n"), "STREET_ADDRESS") == set(addresses)


@pytest.mark.parametrize("text", ["i have 3 new street names, and 2000 more", "SKU-120-x Stationsweg"])
def test_no_lower_case_address(detector, text):
    assert not values_of(detector, text, "STREET_ADDRESS")


def test_lower_case_speakers_in_a_chat_with_capitals():
    text = ("2025-08-12 13:04:38 shane nelson: hi i cant log in\n2025-08-12 13:05:00 Agent Elizabeth: Hello\n"
            "2025-08-12 13:11:54 shane nelson: thanks")
    assert ("PERSON", "shane nelson") in {(e, text[s:t]) for s, t, e in ner_names.post_process(text, [])}
