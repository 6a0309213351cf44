"""Eighteenth accuracy pass: a header's last word names what its column holds (`venue_manager`
holds people though `venue` rules persons out), and a glued agent ending makes a person of a
word (`clinician` is no `clinic`). All values are made up."""
from __future__ import annotations

import pytest

from pii_audit.names import hint_list, matches_hint, tokens
from tests.helpers import column_hits, values_of

NAMES = ["Anna Berg", "Tom Hale", "Ruth Okafor", "Ian Wood", "Maria Lopez", "Dev Patel"] * 20
CLINICS = ["Dr Paws Vet", "Harbour Vets", "St Francis Animal Hospital"] * 40


@pytest.mark.parametrize("header", ["clinician", "attending_clinician", "venueManager", "restaurant_owner",
                                    "pet_owner", "Product Owner", "company_contact"])
def test_a_person_head_word_keeps_the_column(detector, header):
    assert (header, "PERSON") in column_hits(detector, {header: NAMES}, "bookings")


@pytest.mark.parametrize("header", ["company_name", "vet_clinic", "venue", "restaurant_name", "clinic_name",
                                    "manager_company", "owner_pharmacy"])
def test_a_thing_head_word_still_rules_persons_out(detector, header):
    assert not [k for k in column_hits(detector, {header: NAMES}, "bookings") if k[1] == "PERSON"]


def test_a_numbered_header_never_takes_a_head_word(detector):
    assert ("col_7", "PERSON") in column_hits(detector, {"col_7": NAMES}, "customers")


def test_glued_agent_endings_are_no_hint():
    hints = hint_list(["clinic", "journal", "phone"])
    assert not matches_hint(tokens("clinician"), hints[0])
    assert not matches_hint(tokens("journalist"), hints[1])
    assert hints.first_index(tokens("clinicians")) is None
    assert matches_hint(tokens("phonenumber"), hints[2])
    assert hints.first_index(tokens("clinicname")) == 0


def test_a_clinic_column_stays_no_person_column(detector):
    assert not [k for k in column_hits(detector, {"clinic": CLINICS}, "dogwalk_users") if k[1] == "PERSON"]


@pytest.mark.parametrize("text,address", [
    ("Naslov: Pod turnom 89, 3000 Celje", "Pod turnom 89, 3000 Celje"),
    ("Naslov: Papirniška pot 81, 2000 Maribor.", "Papirniška pot 81, 2000 Maribor"),
    ("Deliver to Moi Avenue, Section 58, Nakuru 20100 please", "Moi Avenue, Section 58, Nakuru 20100"),
    ("Office: Links Road, Kilimani, Nairobi 00100", "Links Road, Kilimani, Nairobi 00100"),
    ("Please send it to 44 Frank Bend Townsville QLD 4810 by Friday.", "44 Frank Bend Townsville QLD 4810"),
    ("ship to 12 Oak St Salem OR 97301 asap", "12 Oak St Salem OR 97301"),
    ("Unit 9/109 Eric Quad Mount Gambier SA 5290", "Unit 9/109 Eric Quad Mount Gambier SA 5290"),
    ("Address:\n109 Castle Avenue\nGalway\nCo. Galway H91 V8R5\n\nThanks", "109 Castle Avenue\nGalway\nCo. Galway H91 V8R5"),
    ("Address:\n63 Seaview Park\nDublin 8\nCo. Dublin D08 95V6\n", "63 Seaview Park\nDublin 8\nCo. Dublin D08 95V6"),
])
def test_more_address_shapes(detector, text, address):
    assert values_of(detector, text, "STREET_ADDRESS") == {address}


def test_a_quoted_town_county_and_eircode_line(detector):
    text = "> can you send it to my mam's instead:\n> 95 The Mall\n> Cork, Co. Cork, T12 X6E6\n> Ta, Ed\n"
    assert values_of(detector, text, "STREET_ADDRESS") == {"95 The Mall", "Cork, Co. Cork, T12 X6E6"}


@pytest.mark.parametrize("text", [
    "Order total was 89, 2000 Units shipped",
    "I paid 89, 2000 Euro in the end",
    "meet at 12 Main Street Boston MA 2024 edition",
])
def test_numbers_beside_words_are_no_address(detector, text):
    assert values_of(detector, text, "STREET_ADDRESS") <= {"12 Main Street"}


def test_the_flat_before_a_norwegian_street_stays_out(detector):
    assert values_of(detector, "Flyttet til Parkveien 3B, 0350 Oslo", "STREET_ADDRESS") == {"Parkveien 3B, 0350 Oslo"}


def test_a_destination_town_header(detector):
    towns = ["Münster", "Berlin", "Dresden", "Bamberg", "Köln", "Leipzig", "Hamburg", "Freiburg im Breisgau"] * 18
    assert ("Zielort", "LOCATION") in column_hits(detector, {"Zielort": towns}, "umzugsauftraege")


@pytest.mark.parametrize("header,values", [
    ("Centro", ["Tolosa", "Gernika", "Donostia", "Barcelona", "Vigo", "Eibar", "Vic", "Ferrol", "Murcia"] * 16),
    ("ville_clinique", ["Nantes", "Montpellier", "Lille", "Grenoble", "Lyon", "Bordeaux", "Toulouse", "Rennes"] * 18),
])
def test_a_centre_or_a_clinic_town_is_no_persons_place(detector, header, values):
    assert not [k for k in column_hits(detector, {header: values}, "alumnos") if k[1] == "LOCATION"]


def test_team_names_under_a_teacher_header_are_no_people(detector):
    values = ["Coordinación", "Equipo inglés", "Equipo alemán"] * 50
    assert not [k for k in column_hits(detector, {"Profesor/a": values}, "alumnos_matricula") if k[1] == "PERSON"]


@pytest.mark.parametrize("value,expected", [
    ("Equipo inglés", False), ("Night shift", False), ("Maria de la Cruz", True), ("anna berg", True),
    ("Juan dela Cruz", True), ("Muhammad al-Rashid", True), ("Karin af Klint", True), ("Luca d'Angelo", True),
])
def test_a_lower_case_word_inside_a_name(value, expected):
    import pyarrow as pa

    from pii_audit.detection import validators, vector_validators
    assert validators.person_field_value(value) is expected
    assert vector_validators.person_field_value(pa.array([value]))[0] in ((1, -1) if expected else (0, -1))


@pytest.mark.parametrize("text,date", [
    ("Gure ama gaur goizean hil da. 1992ko ekainaren 20a jaio zen, Zarautzen.", "1992ko ekainaren 20a"),
    ("1990eko martxoaren 5ean jaio nintzen Bilbon.", "1990eko martxoaren 5ean"),
    ("Cefais fy ngeni yn Llanelli ar 31 Mawrth 1978 ond symudais i Birmingham.", "31 Mawrth 1978"),
])
def test_basque_and_welsh_birth_dates(detector, text, date):
    assert values_of(detector, text, "DATE_OF_BIRTH") == {date}


def test_a_basque_meeting_date_is_no_birth_date(detector):
    assert not values_of(detector, "Bilera 2025eko urriaren 3an izango da.", "DATE_OF_BIRTH")


@pytest.mark.parametrize("text,town", [
    ("09:16 - Yves Roy : Merci ! Je passe demain, je rentre de Nantes ce soir.", "Nantes"),
    ("Falecido(a): Luciana Nascimento, natural de Coimbra, nascido(a) a 3 de dezembro de 1982.", "Coimbra"),
    ("Procedencia: Valencia. Titular del pago: Silvestre Donoso (madre).", "Valencia"),
    ("vefat eden: Çağa ARSLAN, doğum tarihi 1977-08-27, doğum yeri Konya\nEv adresi:", "Konya"),
    ("Cefais fy ngeni yn Machynlleth ar 31 Rhagfyr 1997 ond symudais i Lerpwl yn blentyn.", "Lerpwl"),
    ("Lögheimili: Hafnarfjörður\nSími: 612 4567", "Hafnarfjörður"),
    ("if anything comes up. just moved down from Nelson\nJulie Drake  13:23", "Nelson"),
    ("Comentario: mudámonos dende Betanzos e a casa nova ten un tellado.", "Betanzos"),
])
def test_more_place_cues(text, town):
    from pii_audit.detection import ner_places
    start = text.index(town)
    assert (start, start + len(town), "LOCATION") in ner_places.cued_places(text)


def test_two_unlisted_words_after_a_move_are_no_town():
    from pii_audit.detection import ner_places
    text = "We moved to Nelson Grove last year"
    start = text.index("Nelson")
    assert (start, start + len("Nelson Grove"), "LOCATION") not in ner_places.cued_places(text)


@pytest.mark.parametrize("text,name", [
    ("Nachricht: Hallo, unser Kater Pixel wurde operiert", "Kater Pixel"),
    ("Terima kasih. Kucing anda Mochi berumur berapa?", "Mochi"),
    ("Terima kasih. Kucing anda Mochi berumur berapa?", "Kucing"),
])
def test_pets_by_their_kind(text, name):
    from pii_audit.detection import ner_cues
    start = text.index(name)
    assert ner_cues.pet_name(text, start, start + len(name))
