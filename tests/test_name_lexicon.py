"""Sixth accuracy pass: the given-name and surname lists (name_lexicon) as evidence of a
person in free text and in name columns under headers that say nothing. All values are
made up."""
from __future__ import annotations

import random

import pytest

from pii_audit.detection import name_lexicon as L
from pii_audit.detection import ner_names
from pii_audit.detection.validators import listed_person_name
from tests.helpers import column_hits


def found(fn, text: str) -> list[str]:
    return [text[s:e] for s, e in fn(text)]


def post(text: str, model_spans: list[tuple[int, int, str]] | None = None) -> set[tuple[str, str]]:
    """The model path's post-processing alone: what the lists add to the model's spans."""
    return {(text[s:e], ent) for s, e, ent in ner_names.post_process(text, model_spans or [])}


# == the lists ================================================================================
def test_lists_are_folded_and_hold_no_common_word_alone():
    assert L.fold("Speranța") == "speranta" and L.fold("Günther") == "gunther"
    assert L.given_name("Cheryl") and L.given_name("CHERYL") and L.given_name("cheryl", alone=True)
    assert L.given_name("Jean-Pierre") and not L.given_name("Jean-Lamp")
    assert L.surname("Townsend") and L.surname("Smith-Jones")
    for word in ("Will", "Grace", "Hope", "May"):  # names and words: only inside a pair
        assert not L.given_name(word, alone=True)
    for word in ("Summit", "Velvet", "Transport", "Street", "Regards", "Subject"):
        assert not L.given_name(word), word


# == pairs, initials, single names ============================================================
@pytest.mark.parametrize("text,expected", [
    ("You'll be meeting Nicholas Townsend (Site Manager) at 9.", ["Nicholas Townsend"]),
    ("Ratepayer(s): JOSHUA COPELAND & STEPHEN ROBINSON", ["JOSHUA COPELAND", "STEPHEN ROBINSON"]),
    ("WILL CALL\nCampbell, Joshua  x3  ord 071-2793338\n4) Castro, Jeffrey - 341 Kayla Summit", ["Campbell, Joshua", "Castro, Jeffrey"]),
    ("ctx = {'name': 'Todd West', 'phone': ...}", ["Todd West"]),
    ("Kelly E. Nelson signed.", ["Kelly E. Nelson"]),
])
def test_name_pairs(text, expected):
    assert found(L.name_pairs, text) == expected


@pytest.mark.parametrize("text", [
    "Paris, France    12-14 May",  # a place, not `Surname, Given`
    "Notes: Smith, Kristy approved",  # `Surname, Given` counts opening a list line only
    "Order the Velvet Mug and the Summit Lamp.",
    "Turn left at Park Road.",
    "Cheryl will confirm.",  # one name: single_given_names' case
    "JOSHUA copeland",  # mixed case is no pair
])
def test_no_name_pairs(text):
    assert found(L.name_pairs, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Please call Hans Hölzenbecher tomorrow.", ["Hans Hölzenbecher"]),  # a surname no list holds
    ("Contact Bernard Fonjallaz about the lease", ["Bernard Fonjallaz"]),
    ("near Scott Pines today", []),  # a form of an everyday word
    ("Talk to Agent Smith", []),
    ("Ask Nuria del Campo", []),  # another language's function word: the model path grows it
    ("Grace Period ends", []),  # a given name that is a common word takes a listed surname only
])
def test_name_pairs_with_an_unlisted_surname(text, expected):
    assert found(lambda t: L.name_pairs(t, ner_names.is_role, None, ner_names.not_surname), text) == expected


def test_initial_and_surname():
    assert found(L.initial_surnames, "Handover by L. Banks, cc: H. Ingram") == ["L. Banks", "H. Ingram"]
    assert found(L.initial_surnames, "U.S. Steel and J.P. Morgan") == []


def test_single_given_names_stand_alone():
    assert found(L.single_given_names, "Cheryl will confirm. Thanks, Qiang's team") == ["Cheryl", "Qiang"]
    assert found(L.single_given_names, "Nicholas Townsend") == []  # a pair's half
    assert found(L.single_given_names, "Grace period ends. Hope so.") == []


# == on the model path =========================================================================
def test_lists_add_names_the_model_missed():
    text = ("Cheryl will confirm diesel top-ups.\nCan you confirm Qiang's mobile?\n"
            "From: Nitesh Narang <nn@example.com>\nBună ziua, Amalia,\nGracias,\nCristina")
    assert {"Cheryl", "Qiang", "Nitesh Narang", "Amalia", "Cristina"} <= {v for v, e in post(text) if e == "PERSON"}


def test_capitals_after_a_role_or_name_label():
    text = "RECEIVER GEORGE REFUSED DELIVERY AT 44906 SEAN PARKWAYS. DRIVER: BARBARA. SEAL# 6690628.\nNom : LEBRUN   Prénom : Inès"
    people = {v for v, e in post(text) if e == "PERSON"}
    assert {"GEORGE", "BARBARA", "LEBRUN"} <= people
    assert "GEORGE REFUSED" not in people  # a name does not grow over unlisted capitals
    assert not {v for v, e in post("Reply HELP for help. STATUS: PENDING") if e == "PERSON"}


def test_a_pair_replaces_the_model_spans_inside_it():
    text = "4) Harper, Danielle - 814 Carl Lodge"
    s = text.index("Danielle")
    assert post(text, [(s, s + 8, "LOCATION")]) == {("Harper, Danielle", "PERSON")}


def test_a_listed_given_name_the_model_calls_a_place():
    text = "ate part of a sock per Ikbal. Flying in Shannon next week."
    r, v = text.index("Ikbal"), text.index("Shannon")
    got = post(text, [(r, r + 5, "LOCATION"), (v, v + 7, "LOCATION")])
    assert ("Ikbal", "PERSON") in got
    assert ("Shannon", "LOCATION") in got  # a place preposition still decides


def test_names_in_lower_case_after_a_cue():
    assert found(L.lowercase_names, "Printed 2024-08-04T15:23:38 by audrey gilmore") == ["audrey gilmore"]
    assert found(L.lowercase_names, "hey its shawn from unit 10C") == ["shawn"]
    assert found(L.lowercase_names, "paid by credit card, sent from london") == []
    assert found(L.lowercase_names, "hey its grace period now") == []  # a common word is no name alone
    assert ("audrey gilmore", "PERSON") in post("Printed 2024-08-04T15:23:38 by audrey gilmore")


def test_a_role_before_a_single_name():
    assert ("Darlene", "PERSON") in post("[15:35] Agent Darlene (Evergreen Power): Thanks for holding.")


def test_a_letter_opening_on_first_names():
    text = "Subject: RE: Load shedding plan\n\nJohn, Victoria,\n\nTransport has confirmed the trucks."
    v = text.index("Victoria")
    assert {("John", "PERSON"), ("Victoria", "PERSON")} <= post(text, [(v, v + 8, "LOCATION")])
    assert not post("Paris, London,\n\nWe fly on Monday.")


# == name columns under headers that say nothing ==============================================
@pytest.mark.parametrize("value,expected", [
    ("Cynthia Wells", True), ("WELLS, CYNTHIA", True), ("cynthia e. wells", True), ("Jan van der Berg", True),
    ("Velvet Mug", False), ("Summit Lamp", False), ("Santa Rosa", False), ("Nova Lamp 3", False), ("Cynthia", False),
    # a surname no list holds after a given name that is no common word; an initial and a listed surname
    ("Adele Kreusel", True), ("zeki lachmann", True), ("Ditschlerin, Nuri", True), ("G Watson", True), ("A. Holt", True),
    ("Grace Period", False), ("Silver Static", False), ("Victoria Falls", False), ("G Xqzt", False),
])
def test_listed_person_name(value, expected):
    assert listed_person_name(value) is expected


def test_generic_header_name_column_is_flagged_by_its_values(detector):
    rnd = random.Random(5)
    first = ["Cynthia", "Robert", "Aisha", "Thomas", "Lucia", "Hannah", "Marco", "Sofia", "Daniel", "Grace"]
    last = ["Wells", "Turner", "Khan", "Murphy", "Romero", "Fischer", "Rossi", "Costa", "Walsh", "Patel"]
    names = [f"{rnd.choice(first)} {rnd.choice(last)}" for _ in range(60)]
    mixed = [rnd.choice([n, n.lower(), n.upper(), ", ".join(n.split()[::-1])]) for n in names]
    products = [f"{rnd.choice(['Velvet', 'Summit', 'Nova', 'Aurora', 'Harbor'])} {rnd.choice(['Mug', 'Lamp', 'Chair', 'Desk'])}" for _ in range(60)]
    hits = column_hits(detector, {"c2": names, "attr_18": mixed, "c3": products})
    assert ("c2", "PERSON") in hits and ("attr_18", "PERSON") in hits
    assert ("c3", "PERSON") not in hits
    assert "PERSON.listed" in hits[("c2", "PERSON")].evidence["rules"]


def test_a_few_listed_names_do_not_flag_a_column(detector):
    rnd = random.Random(6)
    codes = [f"{rnd.choice(['Velvet', 'Summit', 'Nova'])} {rnd.choice(['Mug', 'Lamp'])}" for _ in range(50)]
    codes[3], codes[17] = "Morgan Stanley", "Grace Walsh"
    assert ("c1", "PERSON") not in column_hits(detector, {"c1": codes})


def test_a_first_name_column_and_a_numbered_header(detector):
    rnd = random.Random(7)
    firsts = ["Cynthia", "Robert", "Aisha", "Thomas", "Lucia", "Hannah", "Sofia", "Daniel", "Chiara"]  # Chiara: unlisted
    cities = ["Berrytown", "Lakeside", "Porto", "Victoria", "Leeds", "Graz", "Ostrava", "Florence", "Turku", "Austin"]
    # names of other countries: most, not all, in the lists (`field` in the header excludes nothing here)
    names = [f"{rnd.choice(firsts)} {rnd.choice(['Wells', 'Zapaśnik-Wrześniak', 'Turoń', 'Khan', 'Flink', 'Rossi'])}" for _ in range(60)]
    hits = column_hits(detector, {"c7": [rnd.choice(firsts) for _ in range(60)], "c8": [rnd.choice(cities) for _ in range(60)],
                                  "field_9": names, "field_name": names})
    assert ("c7", "PERSON") in hits and ("field_9", "PERSON") in hits
    assert ("c8", "PERSON") not in hits
    assert ("field_name", "PERSON") not in hits  # a column of field names: `field` still excludes persons


def test_numbered_headers():
    from pii_audit.names import numbered_header, tokens
    assert all(numbered_header(tokens(x)) for x in ("field_9", "Field9", "col12", "attr_18", "c2"))
    assert not any(numbered_header(tokens(x)) for x in ("field_name", "column", "fieldset_2", "customer_9"))
