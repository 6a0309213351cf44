"""Twenty-sixth accuracy pass: a password sent as a chat answer, `the old one was` in more
languages, a branch's town under a role's header, a column of a few repeated phrases, firms
by their Malaysian legal form, customer numbers, moves and arrivals in Portuguese, Catalan
and French, residence labels, a one-word UK street above its town. All values are made up."""
from __future__ import annotations

import pytest

from tests.helpers import column_hits, values_of


@pytest.mark.parametrize(("text", "secret"), [
    ("Liam Roy: what's the wifi password at the cottage?\nMei C.: sunflower-falcon-lighthouse11\nLiam Roy: thx.",
     "sunflower-falcon-lighthouse11"),
    ("[15.03.2026, 10:31] Bogdan Munteanu: îmi trimiți parola de la wifi?\n[15.03.2026, 10:32] Mihai Ionescu: LB6gO&HWtUCoSb\n",
     "LB6gO&HWtUCoSb"),
    ("Nurul Aisyah: boss, password wifi kedai apa ya?\nNabilah: Kookaburra*1992\nNurul Aisyah: ok tq.", "Kookaburra*1992"),
])
def test_a_password_sent_as_a_chat_answer(detector, text, secret):
    assert values_of(detector, text, "PASSWORD") == {secret}


@pytest.mark.parametrize("text", [
    "Agent: did the password reset work?\nCustomer: thanks!\nAgent: great",
    "User: I forgot my password, what now?\nAgent: ORD-44718",
    "User: what's your name?\nAgent: Kookaburra*1992",
    "Agent: Your new password is in the e-mail.\nCustomer: Kookaburra*1992",
])
def test_no_answer_to_a_password_question_is_no_password(detector, text):
    assert not values_of(detector, text, "PASSWORD")


def test_the_old_one_was_in_portuguese(detector):
    text = "Esqueci-me da password do portal, a antiga era Tractor%1972 🙈"
    assert values_of(detector, text, "PASSWORD") == {"Tractor%1972"}


def test_a_tutor_s_branch_town_is_no_person(detector):
    towns = ["Galway", "Sligo", "Limerick", "Kilkenny", "Cork"]
    assert not column_hits(detector, {"TutorBranch": [towns[i % 5] for i in range(60)]}, "tutoring_students")


def test_a_branch_manager_column_stays_people(detector):
    names = ["Aoife Byrne", "Ciarán Walsh", "Niamh Kelly", "Seán Murphy", "Orla Ryan", "Darragh Doyle"]
    hits = column_hits(detector, {"branch_manager": [names[i % 6] for i in range(60)]}, "branches")
    assert ("branch_manager", "PERSON") in hits


def test_a_column_of_a_few_repeated_phrases_is_no_prose(with_ner):
    offices = [f"Registre de {town} núm. {n}" for town in ["Vic", "Tarragona", "Lleida", "Sabadell", "Barcelona"] for n in (1, 2)]
    values = [offices[(i * 7) % 10] for i in range(60)]  # 10 different phrases down 60 rows
    assert not column_hits(with_ner, {"Registre de la Propietat": values}, "escriptures")


def test_a_customer_number_is_no_phone(detector):
    assert not values_of(detector, "Ihre IBAN wurde hinterlegt. Ihre Kundennummer lautet 73305673.", "PHONE_NUMBER")


@pytest.mark.parametrize(("text", "town"), [
    ("Obs.: cliente vai mudar-se para Coimbra em breve. Pediu alteração do IBAN.", "Coimbra"),
    ("Núria: perfecte, gràcies. Quan arribeu a Girona?\nMireia: dissabte.", "Girona"),
    ("Remboursée sur la carte **** 6375. Bonne route depuis Toulouse !", "Toulouse"),
    ("Hvala! Prišla bova jaz in Matej. Kraj bivališča: Kranj. Moja številka je 030 378 322.", "Kranj"),
    ("Selfoon: 079 266 4564\nWoonplek: George\nGeboortedatum: 21 Januarie 1980", "George"),
])
def test_where_someone_moves_arrives_or_lives(with_ner, text, town):
    assert town in values_of(with_ner, text, "LOCATION")
    assert town not in values_of(with_ner, text, "PERSON")


def test_slovene_in_is_and_before_a_given_name(with_ner):
    text = "Hvala! Prišla bova jaz in Matej. Kraj bivališča: Kranj."
    assert "Matej" in values_of(with_ner, text, "PERSON")


def test_a_malaysian_firm_under_a_signature_is_no_person(with_ner):
    text = "No. tiket: SR6089254\n\nYang benar,\nHazwan Mahmud\nAhmad Sdn Bhd\n"
    found = values_of(with_ner, text, "PERSON")
    assert "Hazwan Mahmud" in found and not any("Bhd" in v for v in found)


def test_a_one_word_street_above_its_town_and_postcode(detector):
    text = "Mohammed Patel\nRobinson Lettings\n9 Kingsway\nExeter EX0 6AL\nT: 01256 779647"
    assert values_of(detector, text, "STREET_ADDRESS") == {"9 Kingsway\nExeter EX0 6AL"}


def test_an_icelandic_number_to_call(detector):
    text = "Pöntunin er tilbúin í verslun okkar. Hringdu í 437 1291 ef þú hefur spurningar."
    assert values_of(detector, text, "PHONE_NUMBER") == {"437 1291"}
