"""Twenty-third accuracy pass: columns of first names or surnames alone under headers that say
nothing are judged by deeper name lists (a country's 3,000th-10,000th name) and by accented
values folded as the lists are; the words of free text are not. All values are made up."""
from __future__ import annotations

import pyarrow as pa
import pytest

from pii_audit.detection import name_lexicon, validators, vector_validators
from tests.helpers import column_hits

# names the column lists hold, not the lists free text is read with
DEEP_GIVEN = ["Vihaan", "Anvi", "Saanvi", "Aarav", "Reyansh", "Atharv", "Navya", "Ahaan"]
DEEP_SURNAMES = ["Otieno", "Kibet", "Mutua", "Wangari", "Orbanić", "Turudić", "Sirotić", "Aumann"]


@pytest.mark.parametrize("word", DEEP_GIVEN + DEEP_SURNAMES)
def test_the_deeper_names_stay_out_of_free_text(word):
    assert not name_lexicon.given_name(word) and not name_lexicon.surname(word)


@pytest.mark.parametrize("values, fn", [
    (DEEP_SURNAMES + ["Kowalczyk", "Kovačević", "Abramović", "Jurić", "Bähr", "Dörr"], vector_validators.listed_surname),
    (DEEP_GIVEN + ["Yaşar", "Gülseren", "İbrahim", "Zoë", "Ştefan", "Małgorzata", "Çağla"], vector_validators.listed_given_name),
])
def test_column_forms_fold_accents_and_agree_with_the_scalar(values, fn):
    scalar = getattr(validators, fn.__name__)
    vector = fn(pa.array(values))
    assert all(v == 1 or (v == -1 and scalar(x)) for v, x in zip(vector, values)), list(zip(values, vector))
    assert [scalar(x) for x in values] == [True] * len(values)


def test_a_column_of_indian_first_names_under_an_opaque_header(detector):
    given = DEEP_GIVEN[:7] + ["Priya", "Kavya", "Diya", "Myra", "Kabir", "Aditi", "Krish", "Dhruv", "Meera", "Riya", "Yash"]
    hits = column_hits(detector, {"field_3": [given[i % len(given)] for i in range(60)]})
    assert ("field_3", "PERSON") in hits


def test_a_column_of_kenyan_and_croatian_surnames_under_an_opaque_header(detector):
    surnames = DEEP_SURNAMES + ["Kamau", "Njoroge", "Horvat", "Babić", "Marić", "Novak", "Wanjiku", "Odhiambo"]
    hits = column_hits(detector, {"c7": [surnames[i % len(surnames)] for i in range(64)]})
    assert ("c7", "PERSON") in hits


def test_many_different_surnames_with_given_names_and_unlisted_ones_among_them(detector):
    # the rule most of the cells went to sets the share of names the column needs
    listed = ["Schulze", "Krüger", "Böhm", "Dietrich", "Kühn", "Vogel", "Pohl", "Engel", "Hahn", "Schubert", "Franke",
              "Albrecht", "Ziegler", "Winkler", "Kraus", "Brandt", "Haas", "Seidel", "Aumann", "Orbanić", "Turudić",
              "Otieno", "Mutua", "Kibet"]
    given = ["Werner", "Walter", "Konrad", "Ludwig", "Otto", "Simon"]
    unlisted = ["Barkholz", "Bohlander", "Atzler", "Budig", "Dowerg", "Bolnbach", "Cichorius", "Biggen", "Drubin", "Bonbach"]
    values = listed + given + unlisted
    hits = column_hits(detector, {"field_3": values + values[:10]})
    assert ("field_3", "PERSON") in hits


def test_a_few_branch_towns_that_are_surnames_too_stay_no_people(detector):
    towns = ["Toledo", "Burgos", "Soria", "Zamora", "Segovia", "Cuenca", "Ávila", "Teruel", "Huesca"]
    assert all(validators.listed_surname(t) for t in towns)  # Spanish surnames: the share alone would pass
    hits = column_hits(detector, {"sede": [towns[(i * 7) % len(towns)] for i in range(120)]})
    assert ("sede", "PERSON") not in hits


def test_a_column_of_words_stays_no_people(detector):
    words = ["Anchor", "Harbour", "Mooring", "Pontoon", "Slipway", "Jetty", "Buoy", "Cleat", "Winch", "Rudder", "Tiller",
             "Keel", "Mast", "Boom", "Halyard", "Sheet", "Fender", "Bilge", "Hatch", "Cabin"]
    hits = column_hits(detector, {"c4": [words[i % len(words)] for i in range(80)]})
    assert not any(e == "PERSON" for _, e in hits)
