"""Sixteenth accuracy pass: towns after words of living or moving even when they are English
words too, place fields after commas, in JSON keys and key=value pairs, more address shapes
(Spanish floors in lower case, Austrian stair/door numbers, Australian abbreviations and lower
case, Indian flats without a dash, blocks in capitals), names in capitals (`BOTHA Elmarie`,
`sent to JUMA WAMBUA`), who joins a chat, `Verified by:`, greetings and family words that are
no names. All values are made up."""
from __future__ import annotations

import pytest

from pii_audit.detection import ner_names, ner_places, ner_spans
from pii_audit.detection.re2fast import ascii_exact, relax_letters
from pii_audit.detection.validators import person_in_text
from tests.helpers import values_of


def _post(text: str) -> list[tuple[int, int, str]]:
    return ner_names.post_process(text, [])


def _of(text: str, spans, entity: str) -> set[str]:
    return {text[s:e] for s, e, ent in spans if ent == entity}


@pytest.mark.parametrize("text,town", [
    ("Diu que la seva filla se'n va a viure a Barcelona al setembre.", "Barcelona"),
    ("She is moving to Bath next month.", "Bath"),
    ("Le client déménage de Grenoble à Toulouse le mois prochain.", "Grenoble"),
    ("Ay sonunda taşınıyor (eski şehir: İstanbul, yeni şehir: Bursa); yeni adres yok.", "Bursa"),
    ('{"address": "29 Smith St",\n    "movingFrom": "Geelong"\n}', "Geelong"),
    ("nome=Osvaldo cognome=Rossi data_nascita=27/01/1968 luogo_nascita=Torino cellulare=+39 311 870 5674", "Torino"),
])
def test_a_town_after_a_word_of_living_moving_or_its_field(text, town):
    assert town in _of(text, ner_places.cued_places(text), "LOCATION")


@pytest.mark.parametrize("text,word", [
    ("I saw Barcelona play last night.", "Barcelona"),   # no word of living or moving
    ("Je parle de Marie à Pierre demain.", "Pierre"),    # given names, not towns
    ("status=Active sede=Verona plan=Gold", "Verona"),   # a site field, not a place of a person
])
def test_no_town_without_a_cue_of_living_or_moving(text, word):
    assert word not in _of(text, ner_places.cued_places(text), "LOCATION")


def test_the_models_town_and_lowercase_word_is_the_town():
    text = "Diu que la seva filla se'n va a viure a Vic al setembre."
    start = text.index("Vic")
    assert ner_names.post_process(text, [(start, start + 6, "PERSON")]) == [(start, start + 3, "LOCATION")]


@pytest.mark.parametrize("text,address", [
    ("La instalación está en Calle Mayor 84, 8º izq., 46040 Valencia. El técnico viene.", "Calle Mayor 84, 8º izq., 46040 Valencia"),
    ("Ja: Annenstraße 44/3/6, 8060 Graz", "Annenstraße 44/3/6, 8060 Graz"),
    ("Adresse: Mariahilfer Straße 142/7/21, 6090 Innsbruck", "Mariahilfer Straße 142/7/21, 6090 Innsbruck"),
    ("new address 132 Railway Pde, Toowong QLD 4066 thanks", "132 Railway Pde, Toowong QLD 4066"),
    ("Ship to Unit 34/1 Russell Gardens, Toowong QLD 4066 please", "Unit 34/1 Russell Gardens, Toowong QLD 4066"),  # (a unit/number, no date; the unit inside)
    ("its unit 9/109 sydney rd fremantle wa 6160.", "unit 9/109 sydney rd fremantle wa 6160"),
    ("address is flat 106 sai residency 8 mg road hyderabad telangana 500608.", "flat 106 sai residency 8 mg road hyderabad telangana 500608"),
    ("Permanent Address: Flat 908, Lotus Towers, 136 Anna Salai, Bengaluru, Karnataka 560273\nMobile: none",
     "Flat 908, Lotus Towers, 136 Anna Salai, Bengaluru, Karnataka 560273"),
    ("Addrcss:\nFLAT 12, 84 ALBERT TERRACE\nBRISTOL BS14 2DD\nTel (home): none", "FLAT 12, 84 ALBERT TERRACE\nBRISTOL BS14 2DD"),
])
def test_more_address_shapes(detector, text, address):
    assert values_of(detector, text, "STREET_ADDRESS") == {address}


@pytest.mark.parametrize("text", [
    "Date 0f Birth: 17/11/1994     Place of birth: EXETER",
    "Order 12, Ref A, Code 123456",               # a six-digit code is no PIN without a flat
    "flat 5 then code 123456 to open",
])
def test_no_address_in_a_date_or_a_code(detector, text):
    assert values_of(detector, text, "STREET_ADDRESS") == set()


@pytest.mark.parametrize("text,name", [
    ("Call note — BOTHA Elmarie — 23/10/2026", "BOTHA Elmarie"),
    ("A3KCEPV8NR Confirmed. Ksh4,394.00 sent to JUMA WAMBUA 0765682495 on 02/05/26.", "JUMA WAMBUA"),
    ("Transfer of NGN41,000.00 to COMFORT OJO (1424244410) successful.", "COMFORT OJO"),
    ("Carolyn: got it\nJill joined the chat\nJill: Hi Carolyn, I have reset it.", "Jill"),
    ("Branch: Jaipur Main | IFSC: HHDD0886449 | Verified by: Inaya Om", "Inaya Om"),
])
def test_names_in_capitals_and_after_more_cues(text, name):
    assert name in _of(text, _post(text), "PERSON")


@pytest.mark.parametrize("text,word", [
    ("Shipped to NEW YORK 10001 today", "NEW YORK"),
    ("PLEASE CALL ME BACK TO CONFIRM ORDER 12345, THANKS", "CONFIRM ORDER"),
    ("Payment to ACME LTD (ref 1234) done", "ACME LTD"),
    ("The meeting joined the call late", "The meeting"),
])
def test_no_name_in_capitals_that_is_a_town_a_firm_or_words(text, word):
    assert word not in _of(text, _post(text), "PERSON")


@pytest.mark.parametrize("word", ["What's", "Buenas", "Tamam", "Herren", "Oma", "Howzit", "Dankie", "Off-peak"])
def test_greetings_okays_and_family_words_are_no_names(word):
    assert not person_in_text(word)


@pytest.mark.parametrize("word", ["Ann's", "Comfort", "Jill", "Rose-Marie", "Smith-Jones"])
def test_names_stay_names(word):
    assert person_in_text(word)


def test_person_ok_reads_a_surname_in_capitals_first_and_names_in_capitals():
    assert ner_spans.person_ok("BOTHA Elmarie")
    assert ner_spans.person_ok("COMFORT OJO")
    assert not ner_spans.person_ok("CUSTOMER SERVICE")


def test_a_pet_after_its_kind_and_a_comma_is_no_person():
    text = "the fence was damaged (we understand by your dog, Simba). Please call."
    start = text.index("Simba")
    assert ner_names.post_process(text, [(start, start + 5, "PERSON")]) == []


def test_combining_marks_keep_the_ascii_fast_path():
    pattern = r"^\pL[\pL\pM'’\-. ]{1,60}$"
    assert ascii_exact(pattern) == r"^[A-Za-z][A-Za-z'’\-. ]{1,60}$"
    assert r"\x{300}-\x{10FFFF}" in relax_letters(pattern)


def test_a_teams_line_of_surname_and_given_name():
    text = ("[11:04] Nichols, Nathan\nMorning, the customer rang again.\n[11:09] Peck, Holly\nOk, update it.\n"
            "[11:12] Nichols, Nathan\nDone.")
    # (`Peck, Holly` speaks once: a listed given name after the comma vouches for it, nineteenth pass)
    assert _of(text, ner_names.chat_speakers(text), "PERSON") == {"Nichols, Nathan", "Peck, Holly"}


@pytest.mark.parametrize("name,found", [("Lawrence", True), ("Joy", True), ("Thanks", False)])
def test_a_given_name_signing_above_a_forwarded_message(name, found):
    text = f"FYI see below, can someone pick this up?\n\n{name}\n\n---------- Forwarded message ---------\nFrom: x"
    assert (name in _of(text, ner_names.salutation_names(text), "PERSON")) is found


@pytest.mark.parametrize("text,name", [
    ("Bitte prüfen Sie die Angaben.\n> Ihr Team der Stadtwerke, i. A. Liesel Heinz\n> Tel. 0373", "Liesel Heinz"),
    ("Mit freundlichen Grüßen\ni.V. Jan Ott\nVertrieb", "Jan Ott"),
])
def test_who_signs_on_behalf(text, name):
    assert name in _of(text, ner_names.salutation_names(text), "PERSON")


def test_a_department_signing_on_behalf_is_no_person():
    assert ner_names.salutation_names("Antwort an i. A. Vertrieb") == []


def test_a_door_code_is_no_password_but_a_wifi_password_is(detector):
    assert values_of(detector, "Emine: Tamam, kapı şifresi 2981. Adres yok.", "PASSWORD") == set()
    assert values_of(detector, "the wifi password is Sunny2024!", "PASSWORD") == {"Sunny2024!"}


@pytest.mark.parametrize("text,address", [
    ("Nova morada: Avenida da Liberdade, 97, 4.º Frente, 8002-711 Faro. Telemóvel: nenhum.",
     "Avenida da Liberdade, 97, 4.º Frente, 8002-711 Faro"),
    ("Tamam. Adres Atatürk Mah. Gül Sok. No:129 D:7", "Atatürk Mah. Gül Sok. No:129 D:7"),
])
def test_a_portuguese_floor_and_no_label_in_the_address(detector, text, address):
    assert values_of(detector, text, "STREET_ADDRESS") == {address}


@pytest.mark.parametrize("text,town", [
    ('{"city": "Bloemfontein", "branch": "Pretoria", "balance": "$2.79"}', "Pretoria"),
    ("nome=Ada sede=Firenze abbonamento=annuale", "Firenze"),
])
def test_a_branch_keys_town_is_a_site(text, town):
    start = text.index(town)
    assert town not in _of(text, ner_names.post_process(text, [(start, start + len(town), "LOCATION")]), "LOCATION")


def test_a_label_alone_on_its_line_is_no_place():
    text = "Place of birth: CORK\nAddrcss:\n107 CASTLE ROAD\nLIMERICK"
    start = text.index("Addrcss")
    assert ner_spans.context_veto(text, start, start + 7, "LOCATION")


def test_origin_and_french_birth_date_headers_and_an_office_town_column(detector):
    import random

    from tests.helpers import column_hits

    r = random.Random(1)
    towns = ["Selfoss", "Hafnarfjörður", "Reykjavík", "Akureyri", "Ísafjörður", "Kópavogur", None]
    hits = column_hits(detector, {
        "Sveitarfélag skrifstofu": [r.choice(towns) for _ in range(150)],  # the office's municipality: a site
        "Sveitarfélag": [r.choice(towns) for _ in range(150)],
        "herkunft": [r.choice(["Belgien", "Dänemark", "Deutschland", "München", "Wien", "Graz", None]) for _ in range(150)],
        "ddn": [f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(1940, 2004)}" for _ in range(150)],
    })
    assert set(hits) == {("Sveitarfélag", "LOCATION"), ("herkunft", "LOCATION"), ("ddn", "DATE_OF_BIRTH")}


@pytest.mark.parametrize("text,speaker", [
    ("Ben: Merhaba, kombi servisi için yarın gibi geliyoruz\nEmine: Tamam, evet\nBen: Servis kayıt no 12", "Ben"),
    ("Achieng: Habari! Nimefika leo asubuhi\nMimi: Karibu sana Achieng! Piga simu kwa nambari hii\nAchieng: Sawa", "Mimi"),
])
def test_the_writers_own_pronoun_speaking_is_no_person(text, speaker):
    start = text.index(speaker)
    assert speaker not in _of(text, ner_names.post_process(text, [(start, start + len(speaker), "PERSON")]), "PERSON")


def test_ben_speaking_in_english_is_a_person():
    text = "Ben: are we still on for tomorrow?\nAnna: yes, see you at 9\nBen: great, thanks"
    assert "Ben" in _of(text, ner_names.post_process(text, [(0, 3, "PERSON")]), "PERSON")
