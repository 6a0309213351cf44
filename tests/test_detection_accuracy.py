"""Issue-5 accuracy fixes (2026-11-26): each general fix with its positives and the near
misses it must leave alone. Values are synthetic (example domains, fake names)."""
from __future__ import annotations

import random

import pytest

from pii_audit.detection import ner_spans
from pii_audit.detection import ner_names
from pii_audit.detection.engine import Detector
from pii_audit.detection.ner import load_ner
from pii_audit.detection.validators import VALIDATORS, person_field_value, place_after_cue
from pii_audit.rules import load_rules
from tests.helpers import column_hits, text_spans

RNG_SEED = 20261126


def found(detector: Detector, text: str) -> set[tuple[str, str]]:
    return text_spans(detector, text)


def verdicts(detector: Detector, columns: dict[str, list], container: str = "records"):
    return column_hits(detector, columns, container)


# -- free text: patterns ----------------------------------------------------------------------
@pytest.mark.parametrize("text,entity,value", [
    # Scandinavian compound street names, Polish street types, Australia Post suffixes
    ("Our office moved to Skogsgränd 6, 62235 Kalmar.", "STREET_ADDRESS", "Skogsgränd 6, 62235 Kalmar"),
    ("Ny adresse: Stoltenbergsvej 78, 3661 Haslev", "STREET_ADDRESS", "Stoltenbergsvej 78, 3661 Haslev"),
    ("Flyttet til Parkveien 3B, 0350 Oslo", "STREET_ADDRESS", "Parkveien 3B, 0350 Oslo"),
    ("Ship to Ulrik Birchs Allé 739, 9427 Tureby", "STREET_ADDRESS", "Ulrik Birchs Allé 739, 9427 Tureby"),
    ("Adres: ulica Sawickiej 03/47, 57-748 Nysa", "STREET_ADDRESS", "ulica Sawickiej 03/47, 57-748 Nysa"),
    ("We are at 8 Jones Artery, Sandramouth, WA, 2928.", "STREET_ADDRESS", "8 Jones Artery, Sandramouth, WA, 2928"),
    ("Deliver to 852 Ashley Break, Lake Aliciafurt, TAS, 6414", "STREET_ADDRESS", "852 Ashley Break, Lake Aliciafurt, TAS, 6414"),
    ("Petra-Buchner-Weg 4, 1179 Waidhofen an der Ybbs", "STREET_ADDRESS", "Petra-Buchner-Weg 4, 1179 Waidhofen an der Ybbs"),
    # national numbers with a trunk prefix need no context word
    ("Regards, Aleksandra Heinrich | 0662 50256577 | Stangl Riepl GmbH", "PHONE_NUMBER", "0662 50256577"),
    ("Regards, Harald | 08-28 17 31", "PHONE_NUMBER", "08-28 17 31"),
    ("Regards, George Schneider | (03) 6547 9681", "PHONE_NUMBER", "(03) 6547 9681"),
    ("tel:0662 50256577", "PHONE_NUMBER", "0662 50256577"),
    # eight digits, no separator, behind a context word (Nordic numbers)
    ("Emergency contact: Rebecca, tel. 22416831.", "PHONE_NUMBER", "22416831"),
    # secrets in environment variables
    ("export STRIPE_SECRET=dbOJQswqGsm0N1WVmbUUQmgE7Iv33itT", "API_KEY", "dbOJQswqGsm0N1WVmbUUQmgE7Iv33itT"),
    ("MAILGUN_API_KEY=9KzJDF7xeP4Gwq92iJnh6XmrWOVUIB7h", "API_KEY", "9KzJDF7xeP4Gwq92iJnh6XmrWOVUIB7h"),
    # a name before an address in parentheses, a chat speaker, a sign-in
    ("Angela Moretti (angela.m@example.com) joined the workspace.", "PERSON", "Angela Moretti"),
    ("[chat] Tamara: hey, can you ring me later?", "PERSON", "Tamara"),
    ("[14:02] Jan Novak: on my way", "PERSON", "Jan Novak"),
    ("Hi team, Nikola here - I'll be out until Monday.", "PERSON", "Nikola"),
    ("Regards, Univ.Prof. Adrian Holzmann", "PERSON", "Adrian Holzmann"),
    # a place a few words after an event or a birth
    ("Born 24.11.2006 in Karlskoga.", "LOCATION", "Karlskoga"),
    ("Born October 07, 1948 in Nyköping.", "LOCATION", "Nyköping"),
    ("Weather in Skövde: sunny, 21 degrees.", "LOCATION", "Skövde"),
    ("Meeting with Darko Widhalm in Oberndorf bei Salzburg on March 05.", "LOCATION", "Oberndorf bei Salzburg"),
])
def test_patterns_find(detector, text, entity, value):
    assert (entity, value) in found(detector, text)


@pytest.mark.parametrize("text,entity", [
    ("Gecko/3254-12-29 17:40:07.092651 Firefox/3.6", "PHONE_NUMBER"),  # a time with microseconds
    ("Invoice 0123 4567 total 12.50, order 07.11.2024", "PHONE_NUMBER"),  # a reference, a date
    ("Part no. 0451-22 ships from stock", "PHONE_NUMBER"),
    ("release v0.12.3-4 is out", "PHONE_NUMBER"),
    ("export PATH=/usr/local/bin:/usr/bin", "API_KEY"),
    ("Support (support@example.com) answers within a day.", "PERSON"),
    ("[2026-01-02 10:00:00] Scheduler: job finished", "PERSON"),  # a log component, not a speaker
    ("Click here.", "PERSON"),
    ("Meeting in Zoom at 10, then lunch.", "LOCATION"),
    ("We met in English class.", "LOCATION"),
    ("Meeting with Darko in Oberndorf on March 05.", "PERSON"),  # `on March` is no part of a place
])
def test_patterns_near_misses(detector, text, entity):
    assert not any(e == entity for e, _ in found(detector, text))


def test_place_does_not_run_into_a_date(detector):
    spans = found(detector, "Meeting with Darko in Oberndorf bei Salzburg on March 05.")
    assert ("LOCATION", "Oberndorf bei Salzburg") in spans


# -- validators ---------------------------------------------------------------------------------
def test_new_validators_are_registered():
    assert VALIDATORS["person_field_value"] is person_field_value
    assert VALIDATORS["place_after_cue"] is place_after_cue


@pytest.mark.parametrize("value,ok", [
    ("Dávid Horváth", True), ("Max Weber", True), ("Prof. Dr. Z. László Csaba", True), ("Anna Plus-Nowak", True),
    ("Aqua Pro", False), ("Nimbus Lite", False), ("Harbor Max", False), ("Trail Runner Edition", False), ("Comfort Pack", False),
])
def test_person_field_value(value, ok):
    assert person_field_value(value) is ok


@pytest.mark.parametrize("value,ok", [("Karlskoga", True), ("Oberndorf bei Salzburg", True), ("Zoom", False), ("English", False), ("March", False)])
def test_place_after_cue(value, ok):
    assert place_after_cue(value) is ok


# -- columns ------------------------------------------------------------------------------------
def test_product_names_in_an_unknown_container_are_not_people(detector):
    rng = random.Random(RNG_SEED)
    words = ["Nimbus", "Harbor", "Quartz", "Falcon", "Willow", "Ember", "Summit", "Aurora"]
    products = [f"{rng.choice(words)} {rng.choice(['Pro', 'Lite', 'Max', 'Plus'])}" for _ in range(150)]
    for container in ("produkty", "tuotteet", "artikler", "records"):
        assert ("name", "PERSON") not in verdicts(detector, {"name": products}, container=container)
    # a few tier words among real names do not hide a person column
    people = [f"{rng.choice(['Anna', 'Jonas', 'Maria', 'Pavel', 'Ines'])} {rng.choice(['Novak', 'Berg', 'Costa', 'Lind', 'Kowalski', 'Horvat'])}" for _ in range(150)]
    assert ("name", "PERSON") in verdicts(detector, {"name": people}, container="produkty")


def test_generic_name_hint_needs_most_values(detector):
    rng = random.Random(RNG_SEED)
    people = [f"{rng.choice(['Anna', 'Jonas', 'Maria'])} {rng.choice(['Novak', 'Berg', 'Costa', 'Lind'])}" for _ in range(100)]
    half = people[:70] + [f"Widget {i} Pro" for i in range(30)] + ["Gadget Max" for _ in range(50)]
    assert ("name", "PERSON") not in verdicts(detector, {"name": half}, container="records")
    # a strong hint keeps the usual bar
    assert ("full_name", "PERSON") in verdicts(detector, {"full_name": people[:70] + ["Aqua Pro"] * 30})


def test_translated_name_and_password_hints(detector):
    people = ["Anna Novak", "Jonas Berg", "Maria Costa", "Pavel Lind", "Ines Kowalski"] * 30
    assert ("wlasciciel_konta", "PERSON") in verdicts(detector, {"wlasciciel_konta": people})
    assert ("kontohavare", "PERSON") in verdicts(detector, {"kontohavare": people})
    secrets = ["hunter22", "Winter2024!", "letmein99", "S3cr3t-pass"] * 30
    for name in ("haslo", "lösenord", "adgangskode"):
        assert (name, "PASSWORD") in verdicts(detector, {name: secrets})
    assert ("haslo_hash", "PASSWORD") not in verdicts(detector, {"haslo_hash": ["$2b$12$" + "a" * 53] * 120})


def test_known_format_keys_carry_a_column_with_unprefixed_keys(detector):
    rng = random.Random(RNG_SEED)

    def body(n: int) -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))

    keys = [rng.choice([f"sk_live_{body(24)}", f"AKIA{body(16).upper()}", body(32), f"ghp_{body(36)}"]) for _ in range(150)]
    assert ("credentials", "API_KEY") in verdicts(detector, {"credentials": keys})
    # random ids alone stay unflagged without a name
    assert verdicts(detector, {"credentials": [body(32) for _ in range(150)]}) == {}


def test_user_agent_timestamps_are_not_phones(detector):
    rng = random.Random(RNG_SEED)
    uas = [f"Mozilla/5.0 (X11; Linux x86_64; rv:1.9.6.20) Gecko/2011-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
           f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999999):06d} Firefox/3.6"
           for _ in range(150)]
    assert ("ua_string", "PHONE_NUMBER") not in verdicts(detector, {"ua_string": uas})


# -- NER post-processing (helpers run without a model) ------------------------------------------
def _clean(text: str, span: str, entity: str):
    start = text.index(span)
    return ner_spans.clean(text, start, start + len(span), entity)


@pytest.mark.parametrize("text,span", [
    ("Regards, George Schneider | (03) 6547 9681 | Conley Inc", "Conley Inc"),  # a legal form ends it
    ("Spółdzielnia Nesterowicz confirmed the order.", "Spółdzielnia Nesterowicz"),
    ("Please call Sylvie back regarding the quote from Maury.", "Maury"),  # who sends a quote is a business
    ("An invoice from ProRail arrived.", "ProRail"),
    ("Regards, Univ.Prof. Adrian Holzmann", "Univ"),  # a title alone
])
def test_ner_drops_companies_and_titles(text, span):
    assert _clean(text, span, "PERSON") is None
    assert _clean(text, span, "LOCATION") is None


def test_ner_keeps_people_and_places():
    assert _clean("I got an email from Maury yesterday.", "Maury", "PERSON") is not None
    assert _clean("Regards, George Schneider | (03) 6547 9681", "George Schneider", "PERSON") is not None
    assert _clean("Vestergaard & Steffensen A/S confirmed the order ORD-21048.", "ORD-21048", "LOCATION") is None


@pytest.mark.parametrize("text,span,expected", [
    ("[chat] Magnus: hey, can you ring me?", "Magnus", "PERSON"),
    ("Hi team, Melania here - I'll be out.", "Melania", "PERSON"),
    ("Does anyone know if Klara got the keys?", "Klara", "PERSON"),
    ("Selina (selina@example.org) joined.", "Selina", "PERSON"),
    ("André Figueiredo moved from Valongo to Porto.", "André Figueiredo", "PERSON"),
    # places stay places
    ("We flew to Paris: lovely.", "Paris", "LOCATION"),
    ("The meeting is in Bergen here in Norway.", "Norway", "LOCATION"),
    ("Paris will host the games.", "Paris", "LOCATION"),
])
def test_ner_relabels_by_what_follows(text, span, expected):
    start = text.index(span)
    assert ner_spans.cue_label(text, start, start + len(span), "LOCATION") == expected


@pytest.fixture(scope="module")
def model():
    m, note = load_ner(load_rules())
    if m is None:
        pytest.skip(note)
    return m


def test_ner_end_to_end_first_names(model):
    text = "[chat] Magnus: hey, can you ring me on +46 (0)8 443 688 84 after 18:00?"
    spans = {(text[s:e], ent) for s, e, ent, _ in model.find([text])[0]}
    assert ("Magnus", "LOCATION") not in spans


# -- third issue-5 pass (2026-11-26): fixes from `final`'s errors, phrasing-level cues ------------
@pytest.mark.parametrize("text,entity,value", [
    # passwords after a keyword with or without a connector, in more languages
    ("Login for the shared mailbox is ops@ with password Tq7#mZ2!x", "PASSWORD", "Tq7#mZ2!x"),
    ("Account unlocked, temporary passcode Kx9-44pq sent by text.", "PASSWORD", "Kx9-44pq"),
    ("pw: Hunter2go", "PASSWORD", "Hunter2go"),
    ("db pass=Zr8!kk2p", "PASSWORD", "Zr8!kk2p"),
    ("Heslo: Modra2024!", "PASSWORD", "Modra2024!"),
    ("Set the admin password to Maple-88-River and tell nobody.", "PASSWORD", "Maple-88-River"),
    # dates of birth: compact and day-month-name-year with dashes
    ("Customer was born 19620131 and lives in Pecs.", "DATE_OF_BIRTH", "19620131"),
    ("Date of birth 27-Nov-1965.", "DATE_OF_BIRTH", "27-Nov-1965"),
    ("DOB: 5 Feb 1997", "DATE_OF_BIRTH", "5 Feb 1997"),
    # addresses: number, postcode and town whatever the street is called; more street words
    ("Delivery address changed to Za Valem 79, 649 25 Litovel by Jana.", "STREET_ADDRESS", "Za Valem 79, 649 25 Litovel"),
    ("Deliver to Egeri út 30., H-3946 Keresztharaszti today", "STREET_ADDRESS", "Egeri út 30., H-3946 Keresztharaszti"),
    ("Ship to rue des Alpes 4, 3510 Besse-sur-Lac", "STREET_ADDRESS", "rue des Alpes 4, 3510 Besse-sur-Lac"),
    # (a bare town after the street is a place of its own since pass 4: tests/test_places_pass4.py)
    ("Ship to Aleea Florilor Nr. 9 Bl. 3 Sc. 2 Ap. 17, Brasov", "STREET_ADDRESS", "Aleea Florilor Nr. 9 Bl. 3 Sc. 2 Ap. 17"),
    ("Send it to Parque Ferreira, 10, Engenho Novo, 55499-959 Macedo / PA.", "STREET_ADDRESS", "Parque Ferreira, 10, Engenho Novo, 55499-959 Macedo / PA"),
    ("Office: Mannerheimintie 12, 00100 Helsinki", "STREET_ADDRESS", "Mannerheimintie 12, 00100 Helsinki"),
    ("Ship to: Walentin Chorellin polku 22, Vaasa.", "STREET_ADDRESS", "Walentin Chorellin polku 22"),
    # people: a signature after a dash, label and report cues, greetings of more markets
    ("SMS from 0380021498: running late, sorry! - Marko", "PERSON", "Marko"),
    ("Caller: Emily Coley | Topic: refund", "PERSON", "Emily Coley"),
    ("Hei Imre, kiitos tilauksesta!", "PERSON", "Imre"),
    ("Bug reported by Laszlo Barta on build 1.0.13.", "PERSON", "Laszlo Barta"),
    ("Address changed by Monique Besse on Monday.", "PERSON", "Monique Besse"),
])
def test_third_pass_patterns_find(detector, text, entity, value):
    assert (entity, value) in found(detector, text)


@pytest.mark.parametrize("text,entity", [
    ("Use the password reset link we sent.", "PASSWORD"),
    ("The password for the account expired.", "PASSWORD"),
    ("Your password manager should fill it in.", "PASSWORD"),
    ("Boarding pass 12345678 is ready.", "PASSWORD"),
    ("Member since 2025-10-12, renewed 2026-01-02.", "DATE_OF_BIRTH"),
    ("Version 4, 2025 Roadmap is out.", "STREET_ADDRESS"),
    ("Chapter 3, 1998 Edition, page 12", "STREET_ADDRESS"),
    ("GPS fix logged for SKU VPN-57404.", "PERSON"),
    ("Please issue a refund for Nova Lamp 63GB.", "PERSON"),
])
def test_third_pass_near_misses(detector, text, entity):
    assert not any(ent == entity for ent, _ in found(detector, text))


def test_member_since_is_no_birth_date(detector):
    hits = found(detector, "Date of birth 13/09/1997; member since 2025-10-12.")
    assert ("DATE_OF_BIRTH", "13/09/1997") in hits
    assert ("DATE_OF_BIRTH", "2025-10-12") not in hits


@pytest.mark.parametrize("value,ok", [
    ("Tq7#mZ2!x", True), ("sunflower", True), ("reset", False), ("the", False), ("manager", False),
    ("expired.", False), ("${DB_PASSWORD}", False), ("****", False),
])
def test_password_in_text(value, ok):
    assert VALIDATORS["password_in_text"](value) is ok


@pytest.mark.parametrize("value,ok", [
    ("19620131", True), ("20011018", True), ("19621331", False), ("27-Nov-1965", True), ("5/Feb/1997", True),
    ("27-Foo-1965", False), ("1962-01-31", True),
])
def test_date_of_birth_formats(value, ok):
    assert VALIDATORS["date_of_birth"](value) is ok


def test_upper_case_acronyms_are_no_names():
    assert not VALIDATORS["person_in_text"]("SKU VPN")
    assert VALIDATORS["person_in_text"]("Jana Novak")


@pytest.mark.parametrize("text,span,entity,vetoed", [
    ("wants the Velvet Mug replaced", "Velvet Mug", "PERSON", True),
    ("Caller: Ana Lopes | Callback: +41 44 668 18 00", "Callback", "PERSON", True),
    ("[chat] Magnus: hey", "Magnus", "PERSON", False),
    ("refund for Summit Lamp 3 today", "Summit Lamp", "PERSON", True),
    ("refund for Speaker Turbo Black, 2-pack", "Speaker Turbo Black", "PERSON", True),
    ("logged for SKU VPN-57404", "VPN", "PERSON", True),
    ("Hi Jan Novak, thanks", "Jan Novak", "PERSON", False),
    ("Your Nova Charger leaves", "Nova Charger", "LOCATION", True),
    ("leaves our Diesbach warehouse", "Diesbach", "LOCATION", False),
    ("on 27 Jun.", "Jun", "LOCATION", True),
    ("changed to H.No. 719", "H.No", "LOCATION", True),
    ("moved to Bergen last year", "Bergen", "LOCATION", False),
])
def test_ner_context_veto(text, span, entity, vetoed):
    start = text.index(span)
    assert ner_spans.context_veto(text, start, start + len(span), entity) is vetoed


def test_ner_carries_a_name_across_or():
    text = "Could Kalervo or Valdemar cover the shift?"
    out = ner_names.post_process(text, [(6, 13, "PERSON")])
    assert (17, 25, "PERSON") in out


def test_greetings_of_more_markets_are_trimmed():
    text = "Hei Louis, kiitos!"
    assert ner_spans.clean(text, 0, 9, "LOCATION") == (4, 9)


def test_abbreviated_and_role_name_columns(detector):
    rng = random.Random(RNG_SEED)
    first = ["Jana", "Petr", "Ilona", "Dávid", "Erzsébet", "Mihai", "Ana", "Kalle", "Sondre", "Aiko"]
    last = ["Novak", "Horváth", "Popescu", "Virtanen", "Berg", "Kovács", "Dvořák", "Lindholm", "Iversen", "Rácz"]
    names = [f"{rng.choice(first)} {rng.choice(last)}" for _ in range(60)]
    v = verdicts(detector, {"CUST_NM": names, "manager": names[::-1]}, container="CUSTOMER_MASTER")
    assert ("CUST_NM", "PERSON") in v and ("manager", "PERSON") in v
    # a generic role name over product names is still no person
    products = [f"{rng.choice(['Nordic', 'Aqua', 'Orion'])} {rng.choice(['Pro', 'Lite', 'Max'])}" for _ in range(60)]
    assert ("manager", "PERSON") not in verdicts(detector, {"manager": products}, container="catalog_rows")


def test_column_thresholds_come_from_detection_yaml():
    rules = load_rules()
    col = rules.detection.setdefault("column", {})
    assert Detector(rules).min_ratio_generic == float(col["min_ratio_generic_name"])
    col["min_ratio_generic_name"], col["self_evident_score"] = 0.55, 0.95
    d = Detector(rules)
    assert (d.min_ratio_generic, d.self_evident_score) == (0.55, 0.95)


@pytest.mark.parametrize("text,span", [
    ("New lead from Tóth Bt.: Julianna Hegedüs", "Tóth"),
    ("Quote from Virtanen Oy arrived", "Virtanen"),
    ("Invoice from Novák s.r.o. is due", "Novák"),
])
def test_ner_drops_legal_forms_of_more_markets(text, span):
    start = text.index(span)
    assert ner_spans.clean(text, start, start + len(span), "PERSON") is None


@pytest.mark.parametrize("text,span,expected", [
    ("Your order leaves our Radauti warehouse today.", "Radauti", "LOCATION"),
    ("Could Satu cover the Posio store on Monday?", "Posio", "LOCATION"),
    ("Your parcel from Anna Berg arrived.", "Anna Berg", "PERSON"),
])
def test_ner_site_after_names_a_place(text, span, expected):
    start = text.index(span)
    assert ner_spans.cue_label(text, start, start + len(span), "PERSON") == expected
