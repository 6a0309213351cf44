"""Twentieth accuracy pass: a place before a site word is the firm's site, a number's context
words belong to the number they precede, the floors and flats of more address styles, a
role's speaker named once, farms and tour firms, lower-case names a caller gives. All values
are made up."""
from __future__ import annotations

import pytest

from pii_audit.detection import name_lexicon, ner_cues, ner_names, ner_spans
from pii_audit.detection.validators import ORG_WORD
from tests.helpers import values_of


# -- free text: patterns -----------------------------------------------------------------------
def test_a_town_before_a_site_word_is_the_firms_site(detector):
    assert not values_of(detector, "Laptop asset tag AST-370418 will be shipped to Pune office.", "LOCATION")
    assert values_of(detector, "The parcel was shipped to Pune last week.", "LOCATION") == {"Pune"}


@pytest.mark.parametrize("text, number", [
    ('41.90.12.7 - - [24/Nov/2026:10:31:02 +0300] "GET /book?email=ann@example.com&phone=+254700168669 HTTP/1.1" 200 8902 "-"', "200 8902"),
    ("Mob No : 08781172304    Email : ann@example.com\nForm No. 963003881   Fee Rs. 9,510.00", "963003881"),
    ("GSM: +386 31 703 692\nOpomba: smučarska karta 93-84874281 izgubljena", "93-84874281"),
])
def test_a_logs_status_a_forms_number_and_a_card_are_no_phones(detector, text, number):
    assert number not in values_of(detector, text, "PHONE_NUMBER")


def test_numbers_after_one_label_keep_its_context(detector):
    assert values_of(detector, "Please fill in the form or call 0412 345 678 today", "PHONE_NUMBER") == {"0412 345 678"}
    assert values_of(detector, "Phone: 555-123-4567, 555-765-4321", "PHONE_NUMBER") == {"555-123-4567", "555-765-4321"}
    assert "555 123 4567" in values_of(detector, "Call me on 0412 345 678 or at work on 555 123 4567", "PHONE_NUMBER")
    assert "08279962802" in values_of(detector, "Sure ma'am. DOB 5 October 1996, alt no. 08279962802, personal mail", "PHONE_NUMBER")
    assert values_of(detector, "Phone numbers:\n555-123-4567\n555-987-6543", "PHONE_NUMBER") == {"555-123-4567", "555-987-6543"}


@pytest.mark.parametrize("text, address", [
    ("Anschrift: Goethestraße 130, 19. OG, 79184 Freiburg\nNotiz: ok", "Goethestraße 130, 19. OG, 79184 Freiburg"),
    ("Morada: Rua do Sol, 145, r/c Dto., 4700-599 Braga\nTelemóvel: 914 114 743", "Rua do Sol, 145, r/c Dto., 4700-599 Braga"),
    ("naar mijn nieuwe adres? Stationsplein 157 bis, 7478 ER Deventer", "Stationsplein 157 bis, 7478 ER Deventer"),
    ("Adres: Atatürk Caddesi No: 58 Kat: 2 D: 22, 16626 Bursa\nRandevu", "Atatürk Caddesi No: 58 Kat: 2 D: 22, 16626 Bursa"),
    ("Adresse: Mariahilfer Straße 89/Top 19, 4020 Linz. Danke", "Mariahilfer Straße 89/Top 19, 4020 Linz"),
    ("Alamat: No. 40, Jalan Ampang, Taman Melati, 88216 Kota Kinabalu, Sabah", "No. 40, Jalan Ampang, Taman Melati, 88216 Kota Kinabalu, Sabah"),
    ("Lot 7, Lorong Mawar 2, 43000 Kajang, Selangor", "Lot 7, Lorong Mawar 2, 43000 Kajang, Selangor"),
])
def test_floors_flats_and_house_numbers_of_more_countries(detector, text, address):
    assert values_of(detector, text, "STREET_ADDRESS") == {address}
    assert not values_of(detector, text, "PHONE_NUMBER") - {"914 114 743"}  # (`4700-599` is a postcode)


def test_a_quoted_flat_line_is_its_own_span(detector):
    quoted = "> Can you check you've got\n> Flat 23\n> 29 Mill Close, Sheffield S58 4SU\n> as the postcode"
    assert values_of(detector, quoted, "STREET_ADDRESS") == {"Flat 23", "29 Mill Close, Sheffield S58 4SU"}
    plain = quoted.replace("> ", "")
    assert values_of(detector, plain, "STREET_ADDRESS") == {"Flat 23\n29 Mill Close, Sheffield S58 4SU"}


@pytest.mark.parametrize("text, town", [
    ("Xavier: xavier@example.com i 667 45 18 97. Venim de Girona", "Girona"),
    ("para sa hearing ni Jun Castillo sa 12/10? Nasa Makati pa po kasi ako.", "Makati"),
    ("Helo, Rwy'n byw yn Aberystwyth nawr.", "Aberystwyth"),
])
def test_where_someone_comes_from_in_more_languages(detector, text, town):
    assert values_of(detector, text, "LOCATION") == {town}


# -- free text: names --------------------------------------------------------------------------
def test_a_roles_speaker_named_once():
    text = ("Xavier: hola! pot fer el curset?\nMonitor Pol: Sí! Necessitem el vostre correu.\n"
            "Xavier: xavier@example.com\nMonitor: Perfecte, forfet FF17906489 preparat.\n")
    assert {text[s:e] for s, e, _ in ner_names.chat_speakers(text)} == {"Xavier", "Pol"}
    assert "Perfecte" not in {text[s:e] for s, e, _ in ner_names.salutation_names(text)}
    s = text.index("Perfecte")
    assert ner_spans.clean(text, s, s + len("Perfecte"), "PERSON") is None
    text = "Kunde: Stey, Jens\nNeue IBAN: DE84 0697 1518 1166 9757 11"
    assert ner_spans.clean(text, 7, 11, "PERSON") is not None  # (`Surname, Given`)


def test_an_internal_notes_author():
    text = "Kindly reverse.\n\nInternal — Mark: Paystack shows one reversal pending."
    assert "Mark" in {text[s:e] for s, e, _ in ner_names.salutation_names(text)}


def test_exported_chat_speakers_with_surnames_that_are_words():
    text = ("Abhiram Sarraf 10:02\nHi Garima, pls share DOB\nGarima Tripathi 10:09\nSure, 18-06-1976\n"
            "Abhiram Sarraf 10:12\nNoted.\nGarima Tripathi 10:13\nThanks")
    assert {text[s:e] for s, e, _ in ner_names.chat_speakers(text)} == {"Abhiram Sarraf", "Garima Tripathi"}
    assert ner_names._checked_words("Natalie Good") == ["Natalie"]
    assert ner_names._checked_words("Front Desk") == ["Front", "Desk"]


def test_a_payee_in_capitals_with_a_spaced_number():
    text = "OMB3AF8O5U Confirmed. Ksh4,217.00 sent to DAVID ATIENO 0791 298410 on 13/01/27 at 4:12 PM."
    assert "DAVID ATIENO" in {text[s:e] for s, e, _ in ner_names.salutation_names(text)}
    assert not ner_names.salutation_names("Transfer to NEW YORK 0791 298410")


def test_lower_case_names_a_caller_gives():
    text = ("agent: thank you for calling, who am i speaking with\ncaller: yeah hi it's melissa davis um calling about my claim\n"
            "caller: my claim number is CLM14797265\n")
    assert "melissa davis" in {text[s:e] for s, e, _ in ner_names.post_process(text, [])}
    text = "Kundtjänst, Lindqvist Möbler AB\n\n> Hej, jag har flyttat till Uppsala, nytt nummer 076-244 35 34\n"
    assert "jag har" not in {text[s:e] for s, e, _ in ner_names.post_process(text, [])}
    text = "I'm not refunding the $9,851 but I'm happy to go halves on the CV joint.\n\nCheers\nSuzanne"
    assert "happy to" not in {text[s:e] for s, e, _ in ner_names.post_process(text, [])}
    assert name_lexicon.self_naming_before("yeah hi it's ", 13) and not name_lexicon.self_naming_before("Hej, ", 5)
    text = "gesprächsnotiz: kundin ellen hering hat angerufen wegen dem hörgerät"
    assert (text.index("ellen"), text.index(" hat")) in name_lexicon.lowercase_names(text)  # (a text without capitals)


def test_no_names_and_no_places_in_words_of_things():
    text = "Pt moving to Ballarat in Jan — refer to local clinic."
    s = text.index("Jan")
    assert not [x for x in ner_names.post_process(text, [(s, s + 3, "LOCATION")]) if x[2] == "LOCATION" and x[0] == s]
    text = "D.O.B : 22-03-1984     Gender : M\nResi. Addr : Flat 16, Sai Residency"
    s = text.index("Resi")
    assert ner_spans.clean(text, s, s + 4, "PERSON") is None
    text = "Interne Notiz: Rückruf erfolgt, Mandatsreferenz MR0655803760 neu angelegt."
    s = text.index("Mandatsreferenz")
    assert ner_spans.clean(text, s, s + len("Mandatsreferenz"), "PERSON") is None
    text = "cliente pediu para não deixar o cabaz com o cão (Nico). Fatura FT 2026/4479"
    assert ner_cues.pet_name(text, text.index("Nico"), text.index("Nico") + 4)
    assert ner_cues.SITE_BEFORE.search("- Next review 10/12/2026 10:00, room ")
    text = "Neue Bankverbindung: DE84 0697 1518 1166 9757 11"
    assert ner_spans.clean(text, 5, 19, "LOCATION") is None


@pytest.mark.parametrize("word", ["Boerderij", "Turizm", "Sewa", "Heyrnarstöðvarinnar", "Farm", "Tours"])
def test_farms_tours_and_rentals_are_firms(word):
    assert ORG_WORD.search(word)


@pytest.mark.parametrize("word", ["Stöð", "Faro", "Tourn", "Sewell"])
def test_firm_endings_are_no_names(word):
    assert not ORG_WORD.search(word)


def test_a_clinics_town_and_a_filipino_particle(detector):
    assert ner_cues.SITE_BEFORE.search("NHS clinic: ") and ner_cues.SITE_BEFORE.search("o programare la clinica din ")
    text = "Caller Rowena dela Cruz (DOB 07/31/1970) asked to update billing mobile to 0975 711 2345"
    assert "Rowena dela Cruz" in {m.group(0) for m in ner_cues.regex.finditer(rf"Rowena[ \t]+{ner_cues.PARTICLE_RUN}Cruz", text)}


def test_a_lower_case_answer_under_a_person_label_is_a_name_only_when_listed(detector):
    assert not values_of(detector, "candidat: oui c'est moi\nrecruteuse: parfait", "PERSON")
    assert values_of(detector, "customer: wendy white\nagent: ok", "PERSON") == {"wendy white"}
    assert values_of(detector, 'access-ctl door=FRONT-12 name="vincent bumb" result=GRANTED', "PERSON") == {"vincent bumb"}


@pytest.mark.parametrize("text, person", [
    ("From: Ticketmaster <customer_support@email.ticketmaster.com>\nTo: robert.atkins@example.com", set()),
    ("From: Octopus Energy <hello@octopus.energy>\nHi,", set()),
    ("From: Anna Berg <anna@anna-berg.se>\nHej", {"Anna Berg"}),  # (a person's own domain: listed names)
    ("From: Ann Lee <ann.lee@example.com>\nHi", {"Ann Lee"}),
])
def test_a_sender_named_as_its_domain_is_a_firm(detector, text, person):
    assert values_of(detector, text, "PERSON") == person


def test_a_noun_head_ends_no_place():
    text = "Girokonto bleibt bestehen.\nNeues Referenzkonto für Lastschriften: DE52 8230 1133 6051 0600 03"
    s = text.index("Neues")
    assert ner_spans.clean(text, s, s + len("Neues Referenzkonto"), "LOCATION") is None
