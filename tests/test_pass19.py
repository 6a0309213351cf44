"""Nineteenth accuracy pass: a label beats a pattern that needs context (`ssn|...` over a
phone-shaped number), an address label's value is one address, INI values run to the line's
end, the streets and birth words of more languages, numbered chat speakers, firms read by
their trade words. All values are made up."""
from __future__ import annotations

import pytest

from pii_audit.detection import ner_cues, ner_names, ner_places, ner_spans
from pii_audit.names import tokens
from tests.helpers import column_hits, values_of


# -- free text: patterns and labels ------------------------------------------------------------
def test_a_csv_row_of_numbers_is_no_indian_address(detector):
    row = '"Karen Wilsen","4727 Meadowbrook Dr, Pittsburgh, PA 15257",(515) 555-0193,15.4,765.99,PO-397453'
    assert not [v for v in values_of(detector, row, "STREET_ADDRESS") if "PO-" in v]
    assert values_of(detector, "Flat 102, Shanti Kunj, Anna Salai, Ahmedabad - 380086", "STREET_ADDRESS") == {
        "Flat 102, Shanti Kunj, Anna Salai, Ahmedabad - 380086"}


def test_a_table_header_beats_a_phone_shaped_number(detector):
    text = "acct|debtor|ssn|dob|phone\nDW1|MARSH, TAMSIN|829372761|04/12/1977|2078565674\nDW2|LOPE, ASHA|721-53-1227|04/28/1968|2248959545"
    assert "829372761" in values_of(detector, text, "US_SSN")
    assert "829372761" not in values_of(detector, text, "PHONE_NUMBER")
    assert {"MARSH, TAMSIN", "LOPE, ASHA"} <= values_of(detector, text, "PERSON")  # (`debtor`: a person's role)


def test_an_address_label_holds_the_street_and_its_town(detector):
    text = "residential_address: 81 Rumuola Road, Abuja\nphone: 0812 237 6188"
    assert values_of(detector, text, "STREET_ADDRESS") == {"81 Rumuola Road, Abuja"}
    assert not values_of(detector, text, "LOCATION")


def test_an_ini_value_runs_to_the_line_end(detector):
    assert not values_of(detector, "[general]\npractice_name=Clifton Smiles Dental Care\nsite_code=BRS-02", "PERSON")
    assert values_of(detector, "[contact]\nowner_name=Anna Bergvik\nphone=+44 20 7946 0958", "PERSON") == {"Anna Bergvik"}
    assert values_of(detector, "user=jbloggs pwd=hunter2x name=Tom", "PASSWORD") == {"hunter2x"}


def test_a_pet_after_a_title_is_no_person(detector):
    assert not values_of(detector, "I have a cat called Mr Whiskers, hope that's ok.", "PERSON")


@pytest.mark.parametrize("text, address", [
    ("Jien: 110, Triq id-Dejqa, Ir-Rabat RBT 0684. Ċempel", "110, Triq id-Dejqa, Ir-Rabat RBT 0684"),
    ("Mimi: Nyumba Na. 23, Barabara ya Ngong, Mombasa 80100. Piga", "Nyumba Na. 23, Barabara ya Ngong, Mombasa 80100"),
    ("Helbidea: Kale Nagusia 66, 4. esk., 01096 Vitoria-Gasteiz.", "Kale Nagusia 66, 4. esk., 01096 Vitoria-Gasteiz"),
    ("Helbidea: Iparragirre kalea 135, 4. A, 48300 Gernika", "Iparragirre kalea 135, 4. A, 48300 Gernika"),
    ("Askatasun etorbidea 117, 3. ezk., 20800 Zarautz", "Askatasun etorbidea 117, 3. ezk., 20800 Zarautz"),
    ("Heimilisfang: Þingholtsstræti 102, íbúð 291, 220 Hafnarfjörður", "Þingholtsstræti 102, íbúð 291, 220 Hafnarfjörður"),
    ("me at 93 Strand Road, Athlone, N37 BNUG please", "93 Strand Road, Athlone, N37 BNUG"),
    ("i'm a tenant at 84 station road, leicester le3 2xb and the boiler", "84 station road, leicester le3 2xb"),
])
def test_streets_of_more_languages(detector, text, address):
    assert address in values_of(detector, text, "STREET_ADDRESS")


@pytest.mark.parametrize("text, date", [
    ("klient kinnitas sünnikuupäeva 20.10.1954, aadress muudetud.", "20.10.1954"),
    ("Skambino Gabija, gim. 1994-11-23, tel. +37067756144.", "1994-11-23"),
    ("El Jaume va néixer el 14/11/2025, a Reus", "14/11/2025"),
    ("El Joan va néixer el 21 d'agost de 2024, a Lleida", "21 d'agost de 2024"),
])
def test_birth_words_of_more_languages(detector, text, date):
    assert values_of(detector, text, "DATE_OF_BIRTH") == {date}


def test_a_password_after_a_relative_clause(detector):
    text = "my username is leslie41 and the password I've always used is Kilimanjaro$590, just make it work"
    assert values_of(detector, text, "PASSWORD") == {"Kilimanjaro$590"}
    assert not values_of(detector, "the password is correct, I checked", "PASSWORD")


def test_numbered_chat_speakers_are_phones(detector):
    assert "663 9375" in values_of(detector, "Týr (663 9375):\nHæ Geirþjófur, ertu búin að borga", "PHONE_NUMBER")
    assert "627825106" in values_of(detector, "Aldatu lehenbailehen.\n627825106: Eskerrik asko.", "PHONE_NUMBER")
    assert not values_of(detector, "[10:32] 20261124: nightly job done", "PHONE_NUMBER")  # a day, not a number


def test_a_chat_stamp_is_no_phone(detector):
    assert not values_of(detector, "Roser, [09.11.26 11:35]\nHola! Demà porto el nen. Ens passes el mòbil?", "PHONE_NUMBER")
    assert values_of(detector, "Skambino, tel. (0-678) 26190. Gyvenamoji", "PHONE_NUMBER") == {"(0-678) 26190"}


# -- columns -------------------------------------------------------------------------------------
DOBS = ["22 May 1969", "05/01/2002", "30.05.1974", "17 Jan 1949", "1 August 1994"] * 30
STREETS = ["149 Maple Avenue, Dayton, OH 45451", "134 Cedar Lane, Spokane, WA 99246", "42 Elm Road Apt 5C, Boise, ID 83774"] * 50
JOBS = ["kuharica", "vodja enote", "vzgojiteljica", "pomočnica vzgojiteljice"] * 30
RESTAURANTS = ["Cervejaria Trindade", "Casa Maria", "Tasca do Zé", "Pastelaria Dona Amélia"] * 30


def test_a_dotted_abbreviation_is_one_word(detector):
    assert tokens("D.O.B.") == ("dob",) and tokens("d.o.b") == ("dob",) and tokens("customer.email") == ("customer", "email")
    assert ("D.O.B.", "DATE_OF_BIRTH") in column_hits(detector, {"D.O.B.": DOBS}, "tenants")


def test_a_mail_address_of_streets_is_an_address(detector):
    assert ("MAIL_ADDR", "STREET_ADDRESS") in column_hits(detector, {"MAIL_ADDR": STREETS}, "accounts")
    hits = column_hits(detector, {"mail": ["ana.b@example.com", "c.d@example.org"] * 75}, "accounts")
    assert set(hits) == {("mail", "EMAIL_ADDRESS")}


def test_lower_case_words_no_list_holds_are_no_towns(detector):
    assert not column_hits(detector, {"delovno_mesto": JOBS}, "staff")
    assert ("city", "LOCATION") in column_hits(detector, {"city": ["leeds", "york", "bath", "london"] * 30}, "staff")


def test_a_restaurant_name_is_no_person(detector):
    assert not column_hits(detector, {"NomeRestaurante": RESTAURANTS}, "restaurants")


# -- the model's spans ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Your order from Mama Put Kitchen is on the way.", "Mama"),
    ("Finques Roca & Vidal (oficina de Gràcia)", "Vidal"),
    ("Steven⏎Clifton Smiles Dental Care".replace("⏎", "\n"), "Clifton"),
])
def test_a_name_inside_a_firm_by_its_trade(text, word):
    s = text.index(word)
    assert ner_spans.in_firm_name(text, s, s + len(word))


def test_a_person_before_a_role_is_no_firm():
    text = "I met Maria Lopez and Tom Hale at the clinic."
    s = text.index("Maria Lopez")
    assert not ner_spans.in_firm_name(text, s, s + len("Maria Lopez"))


def test_a_span_across_two_csv_cells_is_dropped():
    text = '1ZW158,GROUND,"Kristina Hale","2092 Washington Blvd"'
    s = text.index("GROUND")
    assert ner_spans.clean(text, s, text.index("Kristina") + len("Kristina"), "LOCATION") is None


def test_an_article_after_a_place_is_no_part_of_it():
    text = "Hola! Demà porto el nen però Mireia el recollirà a les 5."
    s = text.index("Mireia")
    span = ner_spans.clean(text, s, s + len("Mireia el"), "LOCATION")
    assert span is None or text[span[0]:span[1]] == "Mireia"


def test_a_surname_first_speaker_that_is_a_word_too():
    text = ("Batra, Janani  22:06\ncustomer escalation on order ZP1\nDas, Amrita  22:13\nchecking\n"
            "Batra, Janani  22:18\nher details follow\nDas, Amrita  22:30\nok calling her now")
    names = {text[s:e] for s, e, _ in ner_names.chat_speakers(text)}
    assert names == {"Batra, Janani", "Das, Amrita"}


def test_slack_speakers_with_an_initial():
    text = "#payments\nKendra S.  10:42 AM\ndeploy failing\nKenneth  10:44 AM\ntry again\nKendra S.  10:45 AM\nok"
    assert "Kendra S." in {m.group(2) for m in ner_cues.CHAT_SPEAKER_TIMED.finditer(text)}


def test_cues_of_writers_sites_and_journeys():
    assert ner_cues.REPLY_FROM.search("> Svar frá ") and ner_cues.REPLY_FROM.search("Antwort von ")
    assert ner_cues.BRANCH_AFTER.match(" and Leeds depots were unlocked") and ner_cues.BRANCH_AFTER.match(" depots")
    assert ner_cues.CLOSING_ABOVE_SEPARATOR.search("Policy no. DPL-1.\nCourteney\n\n--- Internal note")
    text = "Juma: Sawa, asante. Kesho nasafiri kwenda Lamu"
    assert (text.index("Lamu"), len(text), "LOCATION") in ner_places.cued_places(text)


# -- second part ---------------------------------------------------------------------------------
def test_a_table_column_says_what_its_cells_are_not(detector):
    text = "acct|bank_routing|bank_account|phone\nDW1|075037477|76430900214|2093378569\nDW2|049068346|8570564471|2627573414"
    phones = values_of(detector, text, "PHONE_NUMBER")
    assert "075037477" not in phones and "049068346" not in phones
    assert {"2093378569", "2627573414"} <= phones


def test_a_hex_key_under_its_query_key(detector):
    text = "request: POST https://api.sms-hub.example/v1/send?api_key=b24b3128ed3388983fed13a20d0420b4&sender=TIFFIN"
    assert values_of(detector, text, "API_KEY") == {"b24b3128ed3388983fed13a20d0420b4"}
    assert not values_of(detector, "etag: b24b3128ed3388983fed13a20d0420b4", "API_KEY")


def test_a_quoted_town_line_without_the_writers_note(detector):
    text = "> Avenida de Vigo, 128\n> 36204 Vigo (se é o correcto)\n> Referencia: VIS-71769"
    assert "36204 Vigo" in values_of(detector, text, "STREET_ADDRESS")


@pytest.mark.parametrize("text, name", [
    ("Contact: Robert Willis | Owner: Tammy S. | Stage: Renewal", "Tammy S."),
    ("Emergency contact: Linda Jonsen (wife)\nSigned: ____Smithers_____   Date: 14/11/26", "Smithers"),
])
def test_labelled_names_with_an_initial_or_a_signing_line(detector, text, name):
    assert name in values_of(detector, text, "PERSON")


@pytest.mark.parametrize("text, name", [
    ("Týr (663 9375):\nHæ Geirþjófur, ertu búin að borga reikninginn?", "Týr"),
    ("Your password was last changed 11/25/2025.\nLance, Tier 2 Support", "Lance"),
    ("Tuần sau tôi về Huế.\n\nGhi chú nội bộ (Hùng): đã hoàn 94.000đ", "Hùng"),
    ("Sisemärkus (Anneli P.): klient kinnitas andmed.", "Anneli P."),
    ("Verify the caller. Policy no. DPL-1.\nKevin\n\n--- Internal note ---\nok", "Kevin"),
    ("Sel: 0762181314\nElsabe het gebel oor die tandartsrekening (faktuur F959866).", "Elsabe"),
    ("• Payment received\n• Ekbal, your rider Yatin is 3 mins away", "Ekbal"),
    ("NIGHT SHIFT HANDOVER\n- Rm 189 THOMPSON: late arrival ~01:30, key left in envelope.", "THOMPSON"),
    ("IBAN atual: PT50 0000\n\nNota interna – Ângelo: liguei para o sócio", "Ângelo"),
    ("İç not (Üge D.): Kimlik doğrulandı", "Üge D."),
])
def test_names_the_cues_of_this_pass_give(text, name):
    assert name in {text[s:e] for s, e, _ in ner_names.salutation_names(text)}


def test_telegram_speakers():
    text = ("Marc, [12.11.26 23:33]\nHola! Demà porto el nen.\n\nLlar d'infants Cargol Treballador, [12.11.26 23:45]\n"
            "D'acord! Ens pots passar el seu mòbil?\n\nMarc, [12.11.26 23:56]\nJa està.")
    assert {text[s:e] for s, e, _ in ner_names.chat_speakers(text)} == {"Marc"}


def test_a_surname_first_speaker_of_one_line_in_an_exported_chat():
    text = ("Christoph, Vincent 21:04\nKannst du bitte zurückrufen?\nFaust, Christin 21:13\nMach ich.\n"
            "Christoph, Vincent 21:17\nJa.")
    assert {text[s:e] for s, e, _ in ner_names.chat_speakers(text)} == {"Christoph, Vincent", "Faust, Christin"}


def test_a_message_opening_on_a_first_name():
    text = "Jake,\n\nSee below - can you run referencing for this applicant?"
    assert (0, 4, "PERSON") in ner_names.with_listed_names(text, [])
    assert not ner_names.with_listed_names("Team,\n\nplease note the change", [])


def test_birth_dates_with_spaces_and_references_after_a_slash(detector):
    text = "caller: it's carlos meyer date of birth 06 19 1972\nagent: and the best callback number"
    assert values_of(detector, text, "DATE_OF_BIRTH") == {"06 19 1972"}
    assert not values_of(detector, "> Please send us the invoice, quoting HH/2804374. Call us", "PHONE_NUMBER")


def test_journeys_of_more_languages():
    for text, town in [("je pars ensuite à Annecy", "Annecy"), ("llego en el vuelo de Houston como a las 2am", "Houston")]:
        s = text.index(town)
        assert (s, s + len(town), "LOCATION") in ner_places.cued_places(text)


def test_a_street_is_no_person():
    text = "Location: 6056 block of Gilbert Drive (38.91,-95.87)"
    s = text.index("Gilbert")
    assert ner_spans.clean(text, s, s + len("Gilbert Drive"), "PERSON") is None


def test_an_address_under_a_firmware_key_is_a_version(detector):
    assert not values_of(detector, '{"slot":"09:30-11:30","fw":"1.32.156.98"}', "IP_ADDRESS")
    assert values_of(detector, '{"ip":"1.32.156.98"}', "IP_ADDRESS") == {"1.32.156.98"}


@pytest.mark.parametrize("text", [
    "CALL BACK ON 702.487.3680. DRIVER: BARBARA. SEAL# 6690628. NEXT ATTEMPT 7/26/2023.",
    "Guarantee: xxxx xxxx xxxx 7130\nRewards #: 7325244254\n\nNeed to change plans? Call us",
    "deliver to the depot, FPO AE 63909 | PRO 0983763240 | 19,177 lbs",
])
def test_seal_rewards_and_freight_numbers_are_no_phones(detector, text):
    assert not values_of(detector, text, "PHONE_NUMBER") - {"702.487.3680"}


def test_a_firms_registration_is_no_place():
    text = "Aurora Energy Ltd, registered in England and Wales no. 9769650865"
    spans = ner_names.post_process(text, [(text.index("England"), text.index("England") + 7, "LOCATION"),
                                          (text.index("Wales"), text.index("Wales") + 5, "LOCATION")])
    assert not [s for s in spans if s[2] == "LOCATION"]


@pytest.mark.parametrize("text, word", [
    ("Rechnung INV-2026-185014 an Nikita Higgins, 76 Maungaarawhaka Terrace", "Nikita Higgins"),
    ("Twoje zamówienie jest w drodze! Kurier Angelika będzie ok. 08:40", "Angelika"),
])
def test_a_trade_word_before_a_name_or_inside_it_makes_no_firm(text, word):
    s = text.index(word)
    assert not ner_spans.in_firm_name(text, s, s + len(word))
    assert ner_spans.clean(text, s, s + len(word), "PERSON") is not None or " " in word


def test_a_hungarian_number_with_its_area_after_a_slash(detector):
    assert values_of(detector, "Pusztaligetvég. Tel 06-2/606 7691", "PHONE_NUMBER")
