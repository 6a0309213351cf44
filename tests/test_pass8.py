"""Eighth accuracy pass (`fjord`'s errors): who wrote a quoted reply, a speaker named after
a role, sign-offs on the name's line, greetings and titles of more languages, chat
speakers the lists do not know, names in lower-case voicemails and in quoted CSV fields,
cars named like people, places after the verbs of living and moving of more languages and
after place labels, phone and birth-date words of more languages, bank accounts under
their key, and the column vocabulary of roles, phones and accounts. All values are made up."""
from __future__ import annotations

import random

import pytest

from pii_audit.detection import validators as v
from tests.helpers import column_hits, values_of


of = values_of  # the values of one entity's spans


# == free text, rules alone ====================================================================
@pytest.mark.parametrize("text,name", [
    ("> Roar Lindqvist skrev 14.02.2027:\n> Jeg flytter i august", "Roar Lindqvist"),
    ("On Mon, 3 Mar 2025 at 10:02, Jane Doe <jane@example.com> wrote:\n> hi", "Jane Doe"),
    ("Le 3 mars 2025 à 10:00, Paul Martin a écrit :\n> Bonjour", "Paul Martin"),
    ("Am 3. März 2025 schrieb Eva Braun:\n> Hallo", "Eva Braun"),
    ("Kunde (Bo Lund): Hej, mit mobilnummer virker ikke", "Bo Lund"),
    ("Asiakas (Juho Räsänen): kortti ei toimi", "Juho Räsänen"),
    ("Afbud senest 24 timer før. Venlig hilsen Nick Hansen, dyrlæge", "Nick Hansen"),
    ("Kiitos viestistä.\nTerveisin Anneli Virtanen", "Anneli Virtanen"),
    ("Randevunuz onaylandı. Saygılarımla Elif Kaya", "Elif Kaya"),
])
def test_names_after_reply_headers_roles_and_inline_sign_offs(detector, text, name):
    assert name in of(detector, text, "PERSON")


@pytest.mark.parametrize("text,name,lead", [
    ("Bonjour Madame Droz,\n\nNous vous remercions de votre séjour.", "Droz", "Madame Droz"),
    ("Merhaba Suat Yılmaz, rezervasyonunuz onaylandı.", "Suat Yılmaz", "Merhaba Suat Yılmaz"),
    ("Goddag Fru Jensen, tak for din besked.", "Jensen", "Fru Jensen"),
])
def test_greetings_and_titles_of_more_languages_stay_out_of_the_name(detector, text, name, lead):
    got = of(detector, text, "PERSON")
    assert name in got and lead not in got


@pytest.mark.parametrize("text,place", [
    ("Jeg flytter fra Kristiansand i august", "Kristiansand"),
    ("Selon nos informations, vous résidez à Montreux ; merci de confirmer", "Montreux"),
    ("Bemerkung: Zuzug aus Winterthur per 10.03.2026", "Winterthur"),
    ("Έρχομαι από την πόλη Βόλος με το πλοίο", "Βόλος"),
    ("Asiakas: Tuula Virtanen\nAsuinpaikka: Espoo\nPuhelin: 040 2323546", "Espoo"),
    ("Notes: customer moving from Dundalk to Sligo, wants a new SIM", "Sligo"),
    ("Hi team, customer is from Hamilton and flies back on Friday", "Hamilton"),
    ("my number is 021 875 6653 and i live in palmerston north now cheers", "palmerston north"),
    ("Relocating to Bendigo in March; records to follow", "Bendigo"),
])
def test_places_after_living_moving_and_place_labels(detector, text, place):
    assert place in of(detector, text, "LOCATION")


@pytest.mark.parametrize("text", [
    "The email is from Acme today",             # no town of the list
    "The invite is from Google today",          # another name of a big city, but an English word first
    "Moving the meeting to Thursday please",
    "i live in hope that it works now",         # `hope` is no town
])
def test_no_place_without_a_town(detector, text):
    assert of(detector, text, "LOCATION") == set()


@pytest.mark.parametrize("text,phone", [
    ("Το τηλέφωνό μου είναι 689 131 2782 και το email", "689 131 2782"),
    ("mporeite na mou peite to kinito sas?\nChristian: 691 045 3428", "691 045 3428"),
    ("Se precisar de alterar, contacte-nos pelo 22 659 1891.", "22 659 1891"),
])
def test_phone_words_of_more_languages(detector, text, phone):
    assert phone in of(detector, text, "PHONE_NUMBER")


@pytest.mark.parametrize("text,dob", [
    ("Név: Kovács Zsuzsanna\nSzületési dátum: 1956. 11. 04.\nLakcím: 9741 Sopron", "1956. 11. 04"),
    ("Kai imerominia gennisis?\nPatroklos: 02/06/1993\nAgent: Entaxei", "02/06/1993"),
    ("Voitko vahvistaa syntymäaikasi?\nMaarit: 03.01.1945", "03.01.1945"),
    ("Ημερομηνία γέννησης για την κάρτα μέλους: 02/04/1942.", "02/04/1942"),
    ("GYM-746424|born 18th of December 1980|Kochi|Silver", "18th of December 1980"),
])
def test_birth_dates_of_more_languages_and_formats(detector, text, dob):
    assert dob in of(detector, text, "DATE_OF_BIRTH")


def test_an_invoice_date_in_the_hungarian_format_is_no_birth_date(detector):
    assert of(detector, "A számla kelte 2025. 11. 04., fizetve.", "DATE_OF_BIRTH") == set()


@pytest.mark.parametrize("value,ok", [("1956. 11. 04.", True), ("1956. 11. 04", True), ("04.11.1956.", True),
                                      ("18th of December 1980", True), ("1956. 13. 04.", False), ("2999. 01. 01.", False)])
def test_birth_date_validator_reads_the_new_formats(value, ok):
    assert v.date_of_birth(value) is ok


def test_a_bank_account_under_its_key_in_a_log_line(detector):
    text = 'title="Engineer" gross=$358.25 dd_routing=053392105 dd_account=58591977 addr="5833 Cox Pines"'
    assert of(detector, text, "US_BANK_NUMBER") == {"58591977"}
    assert of(detector, 'order_id=58591977 ticket=40012345', "US_BANK_NUMBER") == set()


# == free text, with the model ==================================================================
def test_chat_speakers_the_lists_do_not_know(with_ner):
    text = ("Eykleidis: Geia sas, exw provlima me to internet\nAgent: Kalispera, mporeite na mou peite to kinito sas?\n"
            "Eykleidis: 688 577 6707\nAgent: Efcharisto. Kai imerominia gennisis?\nEykleidis: 13/11/1999")
    got = of(with_ner, text, "PERSON")
    assert got == {"Eykleidis"}  # not the greeting `Kalispera` after `Agent:`


def test_a_log_of_labels_has_no_speakers(with_ner):
    text = "Subject: router\nNote: call back\nStatus: open\nNote: again\nStatus: closed\nAgent: Sam"
    assert not {"Note", "Status", "Subject"} & of(with_ner, text, "PERSON")


def test_a_quoted_last_first_field_of_a_csv_line_is_a_name(with_ner):
    text = ('booking_ref,renter,phone,vehicle\nRNHZC8,"Vasquez, Jessica",(778) 233-5348,Tesla Model 3\n'
            'E9P4SK,"Nguyen, Jasmine",519-309-9250,Ford Focus\n')
    assert {"Vasquez, Jessica", "Nguyen, Jasmine"} <= of(with_ner, text, "PERSON")


def test_cars_are_no_persons(with_ner):
    text = "Vehicle: Kia Niro, pickup Monday. Hyundai i30 returned. Opel Corsa booked by Maria Ford. Ford Focus (silver)."
    assert of(with_ner, text, "PERSON") == {"Maria Ford"}


@pytest.mark.parametrize("text,name", [
    ("hallo hier spricht julius schweighofer ich ruf wegen unserem kater an", "julius schweighofer"),
    ("hi this is david donaldson calling for dr newman i had a filling done", "newman"),
    ("hi my name is monica barnes im calling about my parking permit", "monica barnes"),  # `barnes` in a pair
])
def test_names_in_lower_case_voicemails(with_ner, text, name):
    assert name in of(with_ner, text, "PERSON")


# == columns ===================================================================================
@pytest.mark.parametrize("header", ["vet_on_duty", "dentist", "trainer", "tannlege", "Tierarzt"])
def test_a_column_of_people_named_by_their_role(detector, header):
    rng = random.Random(8)
    surnames = ["Evans", "Berg", "Hunter", "Jacobsen", "McKenzie", "Morgan", "Roberts", "Jepsen", "Christensen", "Nielsen"]
    values = [rng.choice(["Dr ", "Dr. ", ""]) + rng.choice(surnames) for _ in range(80)]
    assert (header, "PERSON") in column_hits(detector, {header: values})


def test_a_role_header_over_things_is_no_person_column(detector):
    rng = random.Random(8)
    values = [f"{rng.choice(['Model', 'Type', 'Unit'])}-{rng.randint(100, 999)}" for _ in range(80)]
    assert column_hits(detector, {"trainer": values}) == {}


@pytest.mark.parametrize("header", ["tlf", "Puhelin", "cep_tel", "τηλέφωνο"])
def test_phone_headers_of_more_languages(detector, header):
    rng = random.Random(8)
    values = [f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}" for _ in range(60)]
    assert (header, "PHONE_NUMBER") in column_hits(detector, {header: values})


@pytest.mark.parametrize("header", ["Payout Account", "DD Account", "SELLER_PAYOUT_ACCT"])
def test_bank_account_headers(detector, header):
    rng = random.Random(8)
    values = [str(rng.randint(10**7, 10**14)) for _ in range(60)]
    assert (header, "US_BANK_NUMBER") in column_hits(detector, {header: values})


def test_a_brazilian_postcode_is_no_phone(detector):
    text = "Endereço: Rua Otto Lopes, 2511, Belo Horizonte - MG, CEP 63978671\nCelular: (11) 92730-0597"
    assert of(detector, text, "PHONE_NUMBER") == {"(11) 92730-0597"}


@pytest.mark.parametrize("text,address", [
    ("Morada: Agerlandsgade 140, 3. tv., 8600 Silkeborg\nTlf: 25 61 63 14", "Agerlandsgade 140, 3. tv., 8600 Silkeborg"),
    ("Send it to Caprivej 25, st. th., 9000 Aalborg please", "Caprivej 25, st. th., 9000 Aalborg"),
    ("Adresa: Strada Mihai Eminescu nr. 98, bl. 23, ap. 41, 720877 Suceava\n",
     "Strada Mihai Eminescu nr. 98, bl. 23, ap. 41, 720877 Suceava"),
    ("Morada: Avenida da Liberdade, 9, 7º Esq., 3569-798 Viseu\nTelemóvel: 21 963 8680",
     "Avenida da Liberdade, 9, 7º Esq., 3569-798 Viseu"),
    ("Adresse: Avenue des Combattants 94 bte 6\n1348 Louvain-la-Neuve\n", "Avenue des Combattants 94 bte 6\n1348 Louvain-la-Neuve"),
    ("Alış: Cumhuriyet Caddesi No: 114 D: 14, 06592 Çankaya/Ankara\nVarış: havalimanı",
     "Cumhuriyet Caddesi No: 114 D: 14, 06592 Çankaya/Ankara"),
])
def test_address_tails_of_more_countries(detector, text, address):
    assert address in of(detector, text, "STREET_ADDRESS")


@pytest.mark.parametrize("text", [
    "Takk for besøket.\nMvh Tannhelse Sentrum",
    "Vielen Dank.\nSincerely, Zurich Versicherung",
    "Die Abbuchung von Ihrem Konto erfolgt am 3. Mai.",
    "Hilsen fra Fjordvet Dyreklinik i dag.",
])
def test_businesses_and_phrases_of_other_languages_are_no_persons(with_ner, text):
    assert of(with_ner, text, "PERSON") == set()


def test_a_name_with_particles_still_signs(with_ner):
    assert "Sanne van der Linden" in of(with_ner, "Met vriendelijke groet,\nSanne van der Linden", "PERSON")


_VALUES = {
    "PASSWORD": lambda r: f"{r.choice(['Summer', 'Falcon', 'Tiger', 'Ocean'])}{r.randint(10, 2025)}{r.choice('!#?$')}",
    "DATE_OF_BIRTH": lambda r: f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(1940, 2005)}",
    "STREET_ADDRESS": lambda r: f"{r.choice(['Ermou', 'Stadiou', 'Athinas', 'Patision'])} {r.randint(1, 200)}, {r.randint(10431, 18999)} Athina",
    "PERSON": lambda r: f"{r.choice(['Elif', 'Mehmet', 'Ayşe', 'Nikos', 'Maria', 'Eleni'])} {r.choice(['Kaya', 'Demir', 'Papadopoulos', 'Georgiou', 'Yilmaz'])}",
    "LOCATION": lambda r: r.choice(["Ankara", "Izmir", "Bursa", "Konya", "Thessaloniki", "Patras", "Debrecen", "Szeged", "Pécs",
                                    "Győr", "Antalya", "Kayseri", "Larissa", "Volos", "Miskolc", "Eskişehir"]),
}


@pytest.mark.parametrize("header,entity", [
    ("pw", "PASSWORD"), ("ημερομηνία_γέννησης", "DATE_OF_BIRTH"), ("διεύθυνση", "STREET_ADDRESS"), ("ad_soyad", "PERSON"),
    ("όνομα", "PERSON"), ("şehir", "LOCATION"), ("πόλη", "LOCATION"), ("város", "LOCATION"),
])
def test_headers_of_more_languages(detector, header, entity):
    rng = random.Random(8)
    hits = column_hits(detector, {header: [_VALUES[entity](rng) for _ in range(60)]})
    assert (header, entity) in hits


# == `lumen`'s remaining names, read after the pass (roles, speakers, two people) ===============
@pytest.mark.parametrize("text,names", [
    ("REFILL REQUEST KY84544958\nPatient: WRIGHT, VICTORIA    DOB: 12/14/1954", {"WRIGHT, VICTORIA"}),
    ("[15:21] Courier Ashley: Hi! I am at the door\n[15:28] Courier Ashley: Got it", {"Ashley"}),
    ("2025-07-02 08:14:36 Agent Andrea: Hello, sorry about that!\n2025-07-02 08:17:40 Agent Andrea: Done.", {"Andrea"}),
    ("Isis (Recrutadora): Oi, tudo bem? Vi seu perfil\nIsis (Recrutadora): pode mandar", {"Isis"}),
    ("Mañana a las 9 llegarán Carmelita y Julieta con el furgón para la mudanza.", {"Carmelita", "Julieta"}),
    ("El filósofo José Ortega y Gasset escribió mucho.", {"José Ortega y Gasset"}),
    ("Text offers: Y   Enrolled by: cashier Regina", {"Regina"}),
])
def test_roles_speakers_and_two_people(with_ner, text, names):
    assert of(with_ner, text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "2026-01-02 10:00 Support Scheduler: job done",  # a desk and a component, no person
    "Sixt (Berlin): your car is ready",
])
def test_no_speaker_without_a_person(detector, text):
    assert of(detector, text, "PERSON") == set()


def test_a_desk_speaking_in_a_chat_is_no_person(detector):
    text = "[07:05] Dispatch: Truck F-4 assigned to the job ORD-2024-763213\n[07:13] Dispatch: ok, call her back"
    assert of(detector, text, "PERSON") == set()
