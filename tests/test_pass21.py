"""Twenty-first accuracy pass: the priest's and the craftsman's titles, birth words and
place words of more languages, postal lines and lower-case addresses said aloud, a firm's
depots, a saint's church, horses, stables and studios; then towns under a numbered header,
an account number before its routing number, a brand's customer desk, rooms and distribution
centres, a subject line's name, nested query strings. All values are made up."""
from __future__ import annotations

import pytest

from pii_audit.detection import name_lexicon, ner_names, ner_places
from pii_audit.detection.validators import ORG_WORD
from tests.helpers import model_says, values_of


# -- free text: addresses ----------------------------------------------------------------------
@pytest.mark.parametrize("number", ["95-I", "95-II", "95-III", "95-IV"])
def test_a_dutch_floor_after_the_house_number(detector, number):
    text = f"Adres: Stationsweg {number}, 5690 EA Eindhoven"
    assert values_of(detector, text, "STREET_ADDRESS") == {f"Stationsweg {number}, 5690 EA Eindhoven"}


@pytest.mark.parametrize("text, address", [
    ("street=9566 Oak Street\ncity_state_zip=Spokane, WA 99277\nrouting_number=071324854", "Spokane, WA 99277"),
    ("Adres: Molenweg 86\nPostcode/plaats: 9711 WQ Groningen\nIBAN: NL24", "9711 WQ Groningen"),
])
def test_a_postal_line_alone_is_an_address(detector, text, address):
    assert address in values_of(detector, text, "STREET_ADDRESS")


def test_a_year_and_a_word_on_a_line_are_no_postal_line(detector):
    assert not values_of(detector, "Roadmap:\n2026 Q4 Planning\n", "STREET_ADDRESS")


@pytest.mark.parametrize("text, address", [
    ("hi this is ronald hahn calling about the gutters at 8984 elm st um you guys came", "8984 elm st"),
    ("calling about the gutter cleaning at 6024 maple ave, apt 20b um you guys came", "6024 maple ave, apt 20b"),
    ("client: oui bonjour j'habite 61 impasse des tilleuls, 74000 annecy je voudrais un devis", "61 impasse des tilleuls, 74000 annecy"),
])
def test_a_lower_case_address_said_aloud(detector, text, address):
    assert values_of(detector, text, "STREET_ADDRESS") == {address}


def test_a_time_after_at_is_no_address(detector):
    assert not values_of(detector, "see you at 3 pm then, we meet at 10 on the main road", "STREET_ADDRESS")


# -- free text: birth dates --------------------------------------------------------------------
@pytest.mark.parametrize("text, date", [
    ("Kunde=Meral Carsten; geb=19.11.1999; wohnort=Freiburg", "19.11.1999"),
    ("Voldríem batejar la nostra filla, nascuda el 5 de gener de 2025, a la parròquia.", "5 de gener de 2025"),
    ("Rowena: Jomar dela Cruz, ipinanganak February 25, 2026. Ninang si Liza", "February 25, 2026"),
])
def test_birth_words_of_more_languages(detector, text, date):
    assert values_of(detector, text, "DATE_OF_BIRTH") == {date}


# -- free text: names --------------------------------------------------------------------------
def test_a_roles_surname_before_its_comma_is_a_name():
    text = "Kunde: Stey, Jens\nNeue IBAN: DE84 0697 1518 1166 9757 11"
    assert "Stey" in {text[s:e] for s, e, _ in ner_names.salutation_names(text)}
    text = "Monitor: Perfecte, forfet FF17906489 preparat.\n"
    assert not ner_names.salutation_names(text)


@pytest.mark.parametrize("text, name", [
    ("Subject: Baptism enquiry\n\nDear Father Thomas,\n\nWe would love to come.", "Thomas"),
    ("Bon dia mossèn Ramon,\n\nVoldríem batejar la nostra filla.", "Ramon"),
    ("Bună ziua, părinte Decebal,\n\nAm făcut ieri un transfer.", "Decebal"),
])
def test_a_priests_title_stays_outside_the_name(detector, text, name):
    assert values_of(detector, text, "PERSON") == {name}


@pytest.mark.parametrize("text, name", [
    ("Deposit paid: £580.95\nArtist: Joanne   Date: 07/11/2026\nI confirm", "Joanne"),
    ("Avansas: 509,00 EUR\nMeistras: Paulius   Data: 2026-11-15\n", "Paulius"),
])
def test_the_artist_or_craftsman_of_a_form(text, name):
    assert {text[s:e] for s, e, _ in ner_names.salutation_names(text)} == {name}


def test_an_unlisted_pair_a_caller_gives_as_their_name():
    text = "caller: hi yes this is arunima ramakrishnan i have a booking for next weekend"
    s = text.index("arunima")
    assert (s, s + len("arunima ramakrishnan")) in name_lexicon.lowercase_names(text)
    for text in ("caller: hi this is about my order i have a question", "yes this is the best deal i know"):
        assert not name_lexicon.lowercase_names(text)


# -- free text: not names, not places ----------------------------------------------------------
@pytest.mark.parametrize("word", ["Glazenwasserij", "Stalle", "Tattoo", "Neteges", "Locksmiths", "Campers", "Equine"])
def test_stables_studios_and_cleaners_are_firms(word):
    assert ORG_WORD.search(word)


@pytest.mark.parametrize("word", ["Frank", "Pink", "Stall"])
def test_names_ending_like_a_trade_are_no_firms(word):
    assert not ORG_WORD.search(word)


@pytest.mark.parametrize("text, town", [
    ("El padrí serà el meu germà Oriol, que ve de Berlín.\nEl meu mòbil", "Berlín"),
    ("Ninang si Liza Mendoza at ninong si Mark Ramos na galing pa ng Cebu\nParokya", "Cebu"),
    ("Nous partons le 10/01/2027 pour aller jusqu'à Porto. Pouvez-vous ajouter", "Porto"),
    ("Labas, ar galiu rytoj atvežti žirgą? Važiuoju iš Klaipėdos\nIeva", "Klaipėdos"),
])
def test_where_someone_comes_from_or_goes_in_more_languages(text, town):
    assert {text[s:e] for s, e, _ in ner_places.cued_places(text)} == {town}


@pytest.mark.parametrize("text, value, entity", [
    ("Depots in York and Exeter should take bookings by phone only.", "Exeter", "LOCATION"),
    ("Depots in York and Exeter should take bookings by phone only.", "York", "LOCATION"),
    ("Burial afterwards in Bohermore cemetery.\nOffering: €686.20", "Bohermore", "LOCATION"),
    ("We would love to have our son baptised at St Michael's in the spring.", "St Michael", "LOCATION"),
    ("Termin: 26.02.2027 ob 15.00, cerkev sv. Martina. Dar za cerkev 439,99 EUR.", "Martina", "PERSON"),
    ("> 22/11/2026 13:08 Hi Lisa, Paul from Crystal Clear Windows here. We're in your street", "Crystal Clear Windows", "LOCATION"),
    ("aadress Kalda tee 67-5, 20323 Narva. Kas keegi saab tulla? Aleksander", "Kas", "PERSON"),
    ("Ek wil graag Ansie inskryf vir Saterdag-ryles. Sy is gebore op 14 Mei 2014.", "Sy", "PERSON"),
])
def test_a_firms_sites_a_saints_church_and_function_words(text, value, entity):
    assert not model_says(text, value, entity)


def test_a_town_someone_comes_from_stays_a_place():
    assert model_says("Paul moved here from Exeter last year.", "Exeter", "LOCATION") == {"Exeter"}


@pytest.mark.parametrize("text", [
    "mail=hfiebig@example.de\npferd=Hercules; box=1; boxenmiete=142,95 EUR",
    "Labas, ar galiu rytoj atvežti žirgą Hercules? Važiuoju rytoj",
])
def test_a_horse_is_no_person_and_no_place(with_ner, text):
    assert "Hercules" not in values_of(with_ner, text, "PERSON") | values_of(with_ner, text, "LOCATION")


@pytest.mark.parametrize("text, value", [
    ("Your class at our Croydon club has been moved to Studio 2. Booking ref BKL4BVYAZ.", "Studio"),
])
def test_a_room_by_its_number_is_no_place(text, value):
    assert not model_says(text, value, "LOCATION")
    assert model_says("The office moved to Dublin 8 last year.", "Dublin", "LOCATION")


@pytest.mark.parametrize("text, value", [
    ("Feyruz: Merhaba, Turkcell müşteri hizmetlerine hoş geldiniz. Size nasıl yardımcı olabilirim?", "Turkcell"),
    ("I called Vodafone customer care yesterday and they hung up.", "Vodafone"),
])
def test_a_brands_customer_desk_is_no_person(detector, text, value):
    assert not model_says(text, value, "PERSON")
    assert value not in values_of(detector, text, "PERSON")


def test_a_german_caller_gives_an_unlisted_pair():
    text = "kunde: ja hallo hier ist lilo stey ich wollte meine buchung ändern"
    s = text.index("lilo")
    assert (s, s + len("lilo stey")) in name_lexicon.lowercase_names(text)


def test_a_column_of_towns_under_a_numbered_header(detector):
    from tests.helpers import column_hits
    towns = ["Tralee", "Waterford", "Sligo", "Cork", "Galway", "Athlone", "Dublin 8"] * 20
    assert ("attr2", "LOCATION") in column_hits(detector, {"attr2": towns}, container="leads")
    assert not column_hits(detector, {"attr2": ["Gold", "Silver", "Bronze", "Ouro", "Prata"] * 20}, container="leads")
    assert not column_hits(detector, {"dealer_branch": towns}, container="leads")


@pytest.mark.parametrize("text, account", [
    ("agent: the title company handles that but go on\ncaller: it's 6892218448 routing 095456931\n", "6892218448"),
    ("Refund by ACH to acct 8872228773, ABA 045997259. SSN last 4 given.", "8872228773"),
])
def test_an_account_number_said_with_its_routing_number(detector, text, account):
    assert values_of(detector, text, "US_BANK_NUMBER") == {account}
    assert not values_of(detector, text, "PHONE_NUMBER")


def test_a_number_to_call_stays_a_phone(detector):
    assert values_of(detector, "Call me on 045997259 tomorrow", "PHONE_NUMBER") == {"045997259"}


@pytest.mark.parametrize("text, value", [
    ("J&T Express: Parcel 873791423831 arrived at Mandaue DC. Track at jtexpress.ph", "Mandaue DC"),
    ("# kyc-service config — staging (Johannesburg DC)\nservice:\n  name: kyc", "Johannesburg DC"),
])
def test_a_distribution_centre_is_no_place(text, value):
    assert not model_says(text, value, "LOCATION")


def test_a_subject_line_that_ends_on_a_full_name():
    text = "Subject: Re: Prescription for collection - Morgan McReady\n\nHi Mia,"
    assert "Morgan McReady" in {text[s:e] for s, e, _ in ner_names.salutation_names(text)}
    for text in ("Subject: Order 1234 - Customer Care Team\n\nHi,", "Subject: Flights - New York Office\n\nHi"):
        assert not ner_names.salutation_names(text)


def test_a_query_string_inside_a_field_keeps_its_keys(detector):
    text = "  body=first_name=Terry&last_name=Thornton&dob=1978-10-29&email=tthor@example.com"
    assert values_of(detector, text, "PERSON") == {"Terry", "Thornton"}


def test_an_internal_notes_author_with_an_initial():
    text = "Please refund.\n--\nInternal note (Billy A.): sort code 31-57-45 matches IBAN; BIC LOYDGB21."
    assert {text[s:e] for s, e, _ in ner_names.salutation_names(text)} == {"Billy A."}
    assert not ner_names.salutation_names("Internal note (Report A.): checked.")
