"""Twenty-seventh accuracy pass: a pasted table's cell ends an address at its tab, a Catalan
floor, a chat's support desk, acronyms glued to words, a form's gap, Romanian and Afrikaans
openings, a URL's raw `#`, a login log's `password sent:`, `roj.`, Estonian destinations,
team-chat handles, notifications about replies, `X here from`, visits and moves back home,
a reply header's `from the service desk`, lower-case streets and moves in transcripts,
Vietnamese addresses, `Cognoms:`, a Catalan `seu`, sign-off names, speakers' firms in brackets
and after a dash, pets named by their kind after them, two-digit years after `DOB`, the deeper name lists for
name columns, villages in the place list, and (twenty-eighth pass) the name of a thing under a
name header, branch words, address blocks of more countries, firms by their display name and trade. All
values are made up."""
from __future__ import annotations

import pytest

from tests.helpers import column_hits, text_spans, values_of


def test_a_tab_ends_the_address_of_a_pasted_row(detector):
    text = "Job\tCustomer\tFrom\tTo suburb\nAU0920\tMichele Richards\t116 Wattle Ave, Fremantle WA 6162\tTownsville\t34\n"
    assert values_of(detector, text, "STREET_ADDRESS") == {"116 Wattle Ave, Fremantle WA 6162"}


def test_a_catalan_floor_without_its_door_stays_in_the_address(detector):
    text = "Adreça d'instal·lació:\nRambla Nova, 61, 5r\n25034 Lleida\nEl client diu que la sirena salta."
    assert values_of(detector, text, "STREET_ADDRESS") == {"Rambla Nova, 61, 5r\n25034 Lleida"}


@pytest.mark.parametrize("text", [
    "9:47 Bot: Hi! You're chatting with Zoomr support. What's your name?",
    "Pay to the school account (GTBank) and send the receipt.",
    "GP: Dr Patel     Date of test: 17/09/2026",
    "2026/11/25 07:41 - Werner Khumalo: Môre, die alarm het weer afgegaan",
    "Bună ziua,\nMă numesc Romulus Dima și mă mut luna viitoare.",
])
def test_no_person_from_desks_acronyms_form_gaps_and_greetings(detector, text):
    found = values_of(detector, text, "PERSON")
    assert not found & {"Zoomr", "GTBank", "Patel     Date", "Môre", "Mă"}


def test_a_form_gap_ends_the_name_after_a_title(detector):
    assert values_of(detector, "GP: Dr Patel     Date of test: 17/09/2026", "PERSON") == {"Patel"}


def test_a_raw_hash_in_a_connection_url_password(detector):
    text = "DATABASE_URL=postgres://app:Ciocolata19#@10.246.47.28:5432/bookings"
    assert values_of(detector, text, "PASSWORD") == {"Ciocolata19#"}


@pytest.mark.parametrize(("text", "secret"), [
    ('ERROR auth: login esuat pentru ana@example.com - parola trimisa: "Dragon.2002" app 3.10.58', "Dragon.2002"),
    ("WARN login failed, password entered: wrongpass1 (attempt 3)", "wrongpass1"),
])
def test_a_password_a_log_says_was_sent(detector, text, secret):
    assert values_of(detector, text, "PASSWORD") == {secret}


def test_a_slovene_birth_abbreviation(detector):
    text = "Pozdravljeni,\nsem Neja Hočevar (roj. 28. 12. 1984). Naročila sem kontaktne leče."
    assert values_of(detector, text, "DATE_OF_BIRTH") == {"28. 12. 1984"}


def test_an_estonian_destination_label(detector):
    text = "nimi=Aino Org\naadress=Rüütli tn 148, 20383 Narva\nsihtkoht=Riia\nkolimise_kuupäev=17.12.2026"
    assert ("LOCATION", "Riia") in text_spans(detector, text)


def test_team_chat_handles_of_names(detector):
    text = "toby.jones: webhook is 401ing since 1.2\nAditya: using this key?\nmax.retries: 5\nauth.login: failed"
    assert values_of(detector, text, "PERSON") == {"toby.jones"}  # (`Aditya:` alone is the model's)


def test_who_replied_to_your_message(detector):
    assert values_of(detector, "Your removal is on its way\nEdward replied to your message\n", "PERSON") == {"Edward"}


@pytest.mark.parametrize(("text", "name"), [
    ("Kia ora Casey, Bradley here from Moana Ink. How's the healing going?", "Bradley"),
    ("Hi there, Sam Jones here at Ace Removals", "Sam Jones"),
])
def test_a_name_here_from_a_firm(detector, text, name):
    assert name in values_of(detector, text, "PERSON")


def test_nobody_here_from_a_firm(detector):
    assert not values_of(detector, "Nobody here from Acme", "PERSON")


@pytest.mark.parametrize(("text", "town"), [
    ("I live in Galway and was visiting Sligo last weekend.", "Sligo"),
    ("Moved back home to Kisumu, wants the subscription moved.", "Kisumu"),
    ("cliente: devo traslocare a milano entro maggio", "milano"),
])
def test_visits_and_moves(detector, text, town):
    assert town in values_of(detector, text, "LOCATION")


def test_visiting_a_person_is_no_place(detector):
    assert not values_of(detector, "we are visiting Mary tomorrow", "LOCATION")


def test_a_reply_header_from_a_desk(detector):
    text = "Thanks, Steven\n\nOn Tue, Frederick from the service desk wrote:\n> Hi Steven, we can send"
    assert ("PERSON", "Frederick") in text_spans(detector, text)


@pytest.mark.parametrize(("text", "street"), [
    ("agent: and the install address\ncaller: 28 n main st here in savannah\nagent: perfect", "28 n main st"),
    ("caller: 23 w 3rd st here in savannah", "23 w 3rd st"),
    ("cliente: via dei mille 80 a bari terzo piano senza ascensore", "via dei mille 80"),
])
def test_lower_case_streets_said_on_a_call(detector, text, street):
    assert values_of(detector, text, "STREET_ADDRESS") == {street}


def test_we_went_via_rome_is_no_street(detector):
    assert not values_of(detector, "we went via rome 2 days later", "STREET_ADDRESS")


@pytest.mark.parametrize("address", ["10 Lê Lợi, Quận Hải Châu, Đà Nẵng", "68 Trần Hưng Đạo, phường Vĩnh Ninh, Huế",
                                     "208 Lý Thường Kiệt, Quận 3, TP. Hồ Chí Minh"])
def test_a_vietnamese_address_without_so(detector, address):
    assert values_of(detector, f"nhà em ở {address}\nThu Trang: Ok", "STREET_ADDRESS") == {address}


def test_a_catalan_surname_label_and_branch(detector):
    text = "Escola d'Idiomes, seu de Vic\nNom: Oriol   Cognoms: Vila\nData de naixement: 25/09/1969"
    assert values_of(detector, text, "PERSON") == {"Oriol", "Vila"}


def test_a_surname_label_over_a_placeholder_is_nothing(detector):
    assert not values_of(detector, "Surname: Unknown\nForename: N/A", "PERSON")


def test_self_naming_over_a_town_s_name(with_ner):
    text = "Bună ziua,\nMă numesc Romulus Dima și mă mut în Italia luna viitoare.\nMulțumesc, Olimpiu"
    found = values_of(with_ner, text, "PERSON")
    assert {"Romulus Dima", "Olimpiu"} <= found and "Mă" not in found


def test_a_sign_off_line_repeats_the_writer_s_name():
    from pii_audit.detection.ner_names import repeated_names

    text = "Hiya, it's Janet Lewis again - just confirming.\nDeposit paid, booking ref BK94322.\n\nJanet\n"
    s = text.index("Janet Lewis")
    assert [text[a:b] for a, b, _ in repeated_names(text, [(s, s + 11, "PERSON")])] == ["Janet Lewis", "Janet"]


def test_an_unlisted_given_name_repeats_too():
    from pii_audit.detection.ner_names import repeated_names

    text = "Góðan dag, ég heiti Trúmann Hávarsdóttir og bý á Hafnarstræti 14.\nKveðja, Trúmann\n"
    s = text.index("Trúmann")
    assert [text[a:b] for a, b, _ in repeated_names(text, [(s, s + 20, "PERSON")])] == ["Trúmann Hávarsdóttir", "Trúmann"]


def test_a_particle_before_a_speaker_s_surname():
    from pii_audit.detection.ner_spans import grow_name

    text = "Rodel dela Cruz: hi po! available pa ba"
    assert text[slice(*grow_name(text, 0, 5))] == "Rodel dela Cruz"


def test_full_names_the_deeper_lists_hold(detector):
    # names of the deeper tails only: the main lists hold neither word
    given = ["Eyyüp", "Belkize", "Nefiye", "Zümre", "Aysuna", "Nesip", "Vildane", "Sidki", "Şabettin", "Sonnur"]
    family = ["Mansız", "Akgündüz", "Öcalan", "Arsoy", "Dumanlı", "Mansız", "Akgündüz", "Öcalan", "Arsoy"]
    values = [f"{given[i % 10]} {family[(i * 7) % 9]}" for i in range(80)]
    assert ("c4", "PERSON") in column_hits(detector, {"c4": values}, "records")


def test_villages_under_an_opaque_header(detector):
    villages = ["Hippolytushoef", "Augustinusga", "Holwerd", "Uffelte", "Wijnbergen", "Hulten", "Huisduinen", "Hoevelaken",
                "Oranjewoud", "Schijf", "Lisse", "Wageningen", "Nieuwpoort", "Son en Breugel", "Oudendijk", "Tjalhuizum"]
    values = [villages[(i * 7) % len(villages)] for i in range(80)]
    assert ("attr2", "LOCATION") in column_hits(detector, {"attr2": values}, "records")


def test_a_saint_s_short_form_is_a_town():
    from pii_audit.detection.place_lexicon import place

    assert place("St. Gallen") and place("St Pölten")


def test_a_speaker_s_firm_in_brackets_is_no_second_person():
    from pii_audit.detection.ner_spans import context_veto

    text = "10:21 Visitor: Andrew\n10:21 Jacqueline (Zoomr): G'day Andrew, how can I help?"
    s = text.index("Zoomr")
    assert context_veto(text, s, s + 5, "PERSON") and not context_veto(text, text.index("Andrew"), text.index("Andrew") + 6, "PERSON")


@pytest.mark.parametrize(("text", "name", "is_pet"), [
    ("Key safe code is 6988. Mr Whiskers the shop cat stays in the back office.", "Whiskers", True),
    ("Bruno, our dog, is friendly.", "Bruno", True),
    ("Ask John the dog walker today", "John", False),
    ("Maria the dog-sitter came", "Maria", False),
])
def test_a_pet_named_by_its_kind_after_it(text, name, is_pet):
    from pii_audit.detection.ner_cues import pet_name

    s = text.index(name)
    assert pet_name(text, s, s + len(name)) is is_pet


def test_a_two_digit_year_after_dob(detector):
    assert values_of(detector, "CLIENT: Roach, Zachary\nDOB 3/14/44 (ID checked)", "DATE_OF_BIRTH") == {"3/14/44"}


def test_a_speaker_with_the_firm_after_a_dash(detector):
    text = "Murilo: oi! queria orçar uma tattoo\nMaya - Studio Tinta Viva: oi Murilo! fica R$ 492,00"
    assert "Maya" in values_of(detector, text, "PERSON")
    assert not values_of(detector, "Invoice - Acme Ltd: total 3\n2026-01-02 10:00 - Scheduler: job done", "PERSON")


def test_a_firm_speaking_through_a_person_in_brackets():
    from pii_audit.detection.ner_spans import context_veto

    text = "You: hi my pickup never came\nWashHub (Muhammad): Sorry ah! Can confirm your name?"
    s = text.index("Muhammad")
    assert not context_veto(text, s, s + 8, "PERSON")


def test_a_catalan_we_are_is_no_part_of_the_name():
    from pii_audit.detection.ner_spans import grow_name

    text = "Bon dia Mercè,\n\nSom la Núria i el Marc, ens casem a la masia"
    s = text.index("Núria")
    assert text[slice(*grow_name(text, s, s + 5))] == "Núria"


@pytest.mark.parametrize("header", ["nom_del_paquet", "nombre_de_la_tienda", "name of product"])
def test_the_name_of_a_thing_is_no_person(detector, header):
    values = ["Paquet Dalí", "Paquet Gaudí", "Bàsic", "Paquet Miró"] * 15
    assert not column_hits(detector, {header: values}, "bookings")


@pytest.mark.parametrize("header", ["nom_de_famille", "nombre_del_cliente", "name_of_guardian"])
def test_the_name_of_a_person_stays_one(detector, header):
    values = ["Dubois", "Martin", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre",
              "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "Andre"] * 3
    assert ("PERSON" in {e for _, e in column_hits(detector, {header: values}, "members")})


def test_a_malay_branch_column_is_no_people(detector):
    towns = ["Ipoh", "Johor Bahru", "Kuala Lumpur", "Kuching", "Petaling Jaya", "Shah Alam"]
    assert not column_hits(detector, {"cawangan": [towns[(i * 5) % 6] for i in range(90)]}, "laundry_accounts")


@pytest.mark.parametrize(("text", "address"), [
    ("Address:\nApt 35\n224 Castle Road\nGalway\nCo. Galway\nH91 E2K3\nThanks", "Apt 35\n224 Castle Road\nGalway\nCo. Galway\nH91 E2K3"),
    ("Adres:\nEenheid 9\nBosmanstraat 142\nDie Boord\nStellenbosch, 7600\nDankie", "Eenheid 9\nBosmanstraat 142\nDie Boord\nStellenbosch, 7600"),
    ("Name\tAddress\tPhone\nJo Bloggs\t208 King Street, Fremantle\t0415 051 454\t34", "208 King Street, Fremantle"),
    ("87, 2nd cross, usman road, kochi 682016", "87, 2nd cross, usman road, kochi 682016"),
])
def test_address_blocks_of_more_countries(detector, text, address):
    assert values_of(detector, text, "STREET_ADDRESS") == {address}


def test_numbers_with_commas_are_no_indian_address(detector):
    assert not values_of(detector, "qty 3, 4, 5, total 123456", "STREET_ADDRESS")


def test_a_firm_s_display_name_completed_by_the_words_before():
    from pii_audit.detection.name_lexicon import listed
    from pii_audit.detection.ner_cues import sender_is_domain

    text = "El 21 de novembre de 2026, Estudi Llum <hola@estudillum.cat> va escriure:"
    s = text.index("Llum")
    assert sender_is_domain(text, s, s + 4, listed)
    text = "Maria Kowalczykowska <maria@mariakowalczykowska.pl> wrote:"
    s = text.index("Kowalczykowska")
    assert not sender_is_domain(text, s, s + 14, listed)


@pytest.mark.parametrize("text", [
    "Paid with: **** 9143\nEvent date: 15 January 2027\nGate opens 5pm.",
    "ticket TKT-3269053 stays valid.\nCallback: (206) 900-7905",
    "[02-12-2026 07:53] Fietsenmaker De Spaak: Hoi, je fiets is klaar.",
])
def test_no_address_or_person_from_dates_labels_and_bike_shops(detector, text):
    found = text_spans(detector, text)
    assert not {v for e, v in found if e in ("STREET_ADDRESS", "PERSON")}


def test_a_complex_and_its_street_are_one_address(detector):
    text = "sorry! it's the complex next door, Unit 47 Oak Gardens, 3 4th Avenue, Morningside, Durban, 4001\nok"
    assert values_of(detector, text, "STREET_ADDRESS") == {"Unit 47 Oak Gardens, 3 4th Avenue, Morningside, Durban, 4001"}


def test_a_team_chat_speaker_with_a_date_before_the_time(detector):
    assert values_of(detector, "Jack Williams  18/03 12:58 PM\nthe hub app crashed again", "PERSON") == {"Jack Williams"}


def test_a_malay_origin_label(detector):
    text = "Alamat: No. 24, Jalan Bukit Bintang, 93200 Kuching, Sarawak\nAsal: Alor Setar\nPakej: B (6 keping)"
    assert values_of(detector, text, "LOCATION") == {"Alor Setar"}


def test_a_trade_after_a_name_s_possessive():
    from pii_audit.detection.ner_cues import TRADE_AFTER

    assert TRADE_AFTER.match("Hobson's Choice Cycles", 6) and TRADE_AFTER.match("Jamie's Italian is on its way", 5)


@pytest.mark.parametrize("header", ["cust_last", "recipient_first", "customer.first", "owner_first_name"])
def test_a_person_and_a_name_part_in_the_header_is_a_name_column_in_any_table(detector, header):
    names = ["Brooks", "Hayes", "Johnson", "Kowalski", "Miller", "Nguyen", "Patel", "Ramirez", "Sullivan", "Thompson"]
    assert (header, "PERSON") in column_hits(detector, {header: [names[i % 10] for i in range(60)]}, "heating_jobs")


def test_a_header_part_before_other_words_is_no_name_field():
    from pii_audit.detection.ner_cues import person_name_part
    from pii_audit.names import tokens

    assert person_name_part(tokens("customer_last_visit")) is None and person_name_part(tokens("user_last_seen")) is None


def test_a_checking_account_column(detector):
    values = [str(10_000_000 + i * 7_919_113)[: 8 + i % 5] for i in range(60)]
    assert ("checking_acct", "US_BANK_NUMBER") in column_hits(detector, {"checking_acct": values}, "dealer_customers")


@pytest.mark.parametrize(("text", "town"), [
    ("We're flying out of Winnipeg on January 22, 2027.", "Winnipeg"),
    ("Thank you for booking your package holiday to Lanzarote with Sunway Travel.", "Lanzarote"),
])
def test_travel_with_a_date_after_the_town(detector, text, town):
    assert values_of(detector, text, "LOCATION") == {town}


def test_a_pasted_table_header_with_a_currency(detector):
    text = ("Patient\tDOB\tMobile\tCity\tNext visit\tDue (₹)\nSuresh Rao\t19-05-1996\t08849815407\tKochi\t03/12/2026\t22317\n"
            "Nair, Rohan\t23-12-1998\t+91 84699 58240\tChennai\t06/12/2026\t10298")
    assert values_of(detector, text, "LOCATION") == {"Kochi", "Chennai"}


def test_an_irish_county_line_in_a_quoted_reply(detector):
    text = "> we have you down at:\n> 189 Abbey Street\n> Limerick\n> Co. Limerick\n> V94 YD26\n> Can you confirm?"
    assert values_of(detector, text, "STREET_ADDRESS") == {"189 Abbey Street", "Limerick", "Co. Limerick", "V94 YD26"}
