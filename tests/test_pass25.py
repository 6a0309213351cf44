"""Twenty-fifth accuracy pass: relatives' and elders' words before a name, `we` speaking for a
firm, an agent saying their name on a call, technicians as a column's people, a building,
a floor or a house number inside an address, `Né(e) le :`, and the numbers and places of
forms that are no one's phone or home. All values are made up."""
from __future__ import annotations

import pytest

from tests.helpers import column_hits, text_spans, values_of


@pytest.mark.parametrize(("text", "name"), [
    ("Hi Ma'am Ramil, your Pixel 8 is ready for pick up.", "Ramil"),
    ("Dear Kuya Jun, the parcel left today.", "Jun"),
])
def test_a_title_or_a_relative_s_word_stays_outside_the_name(detector, text, name):
    assert name in values_of(detector, text, "PERSON")
    assert not any(v != name and name in v for v in values_of(detector, text, "PERSON"))


def test_an_agent_saying_their_name_on_a_call(detector):
    text = "agent: good morning fresh start carpet care angela speaking how can i help\ncaller: hiya it's dennis"
    assert "angela" in values_of(detector, text, "PERSON")


@pytest.mark.parametrize("text", ["We are an English speaking team.", "Public speaking classes on Monday."])
def test_a_language_or_a_skill_before_speaking_is_no_name(detector, text):
    assert not values_of(detector, text, "PERSON")


def test_a_title_s_name_stops_at_a_double_space(detector):
    assert values_of(detector, "Pediatrician: Dr. Lee  Ph: (937) 501-7009", "PERSON") == {"Lee"}


@pytest.mark.parametrize(("text", "address"), [
    ("Adresse : 174 rue des Lilas, Bât. B, 59002 Lille\nTél. portable : 06 19 47 40 39", "174 rue des Lilas, Bât. B, 59002 Lille"),
    ("Exit Games GmbH\nKarl-Liebknecht-Straße 137 2. OG\n79978 Freiburg im Breisgau\nTel. 030 373820",
     "Karl-Liebknecht-Straße 137 2. OG\n79978 Freiburg im Breisgau"),
    ("Natali Langern\nLindenweg 158 Hinterhaus\n86910 Augsburg", "Lindenweg 158 Hinterhaus\n86910 Augsburg"),
    ("Visitor: 84 Ngong Road, House No. 12, Nakuru 20100. My number 0715 009232", "84 Ngong Road, House No. 12, Nakuru 20100"),
    ("residente in Via dell'Indipendenza, 41, scala B, 06144 Perugia (PG), cell. 312 049 1055.",
     "Via dell'Indipendenza, 41, scala B, 06144 Perugia (PG)"),
])
def test_a_building_a_floor_or_a_house_number_inside_an_address(detector, text, address):
    assert values_of(detector, text, "STREET_ADDRESS") == {address}


def test_ne_e_le_labels_a_birth_date(detector):
    assert values_of(detector, "Prénom : Agathe\nNé(e) le : 27/02/2025\n", "DATE_OF_BIRTH") == {"27/02/2025"}


def test_where_a_form_was_signed_is_no_home(detector):
    assert not values_of(detector, "Ort, Datum: Graz, 21.08.2026   Unterschrift: ~~~~", "LOCATION")


@pytest.mark.parametrize("text", [
    "Virement après passage, communication +++626/2747/35359+++",
    "La quota l'ho pagata con bonifico, CRO 66217955248. Chiamatemi pure.",
    "Vrsta karte: letna   Številka kartice: 89779805   telefon na recepciji",
])
def test_transfer_and_card_references_are_no_phones(detector, text):
    assert not values_of(detector, text, "PHONE_NUMBER")


def test_what_a_password_is_for_is_no_password(detector):
    assert not values_of(detector, "Hej! Jag har glömt mitt lösenord till appen och kan inte boka", "PASSWORD")


def test_a_technician_column_of_turkish_given_names(detector):
    names = ["Sakip", "Serol", "Gülseren", "Rabih", "Gülfeza", "Görgünay", "Seyyide", "Mülâyim", "Güneri", "Utkucan"]
    hits = column_hits(detector, {"teknisyen": [names[i % len(names)] for i in range(60)]}, "telefon_tamirleri")
    assert ("teknisyen", "PERSON") in hits


def test_a_kin_named_shop_in_a_pasted_export_is_no_person(detector):
    text = ("seller_id,shop_name,owner_name,mobile\n"
            "S-14041,Ate Rose Ukay-Ukay,Rowena Reyes,0918 113 2792\n"
            "S-13334,Kuya Jun Gadgets,Christopher Ocampo,0915 263 5035\n")
    found = {v for e, v in text_spans(detector, text) if e == "PERSON"}
    assert not any("Gadgets" in v or "Ukay" in v for v in found)


def test_the_firm_s_we_in_a_chat_is_no_person_nor_place(with_ner):
    text = ("Žinutės su (0-619) 89687\nKlientas: Laba diena, ar galite išvalyti kilimą? Monika Ginzburgas\n"
            "Mes: Laba diena! Kaina nuo 95 €. Koks adresas?\nKlientas: Laisvės al. 87-4, LT-92651 Klaipėda.\n"
            "Mes: Atvyks Šarūnas 2027-01-07 apie 15:00.\n")
    assert "Mes" not in values_of(with_ner, text, "PERSON")
    chat = ("SMS with 021 524 5158\n[31/05/2026 10:12] Them: Kia ora, keen to book a kids party for Matthew?\n"
            "[10:20] Us: Hi! We have lanes 5-6 at 2pm.\n[10:22] Them: Sweet as. It's Adam Low btw.\n")
    assert "Us" not in values_of(with_ner, chat, "LOCATION") | values_of(with_ner, chat, "PERSON")
