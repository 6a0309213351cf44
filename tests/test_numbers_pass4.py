"""Pass-4 accuracy fixes for phones, bank numbers, dates of birth and passwords: each
general rule with its positives and the near misses it must leave alone. Values are
synthetic (fake names, example domains)."""
from __future__ import annotations

import datetime as dt

import pytest

from pii_audit.detection import validators as v
from pii_audit.detection.engine import Detector
from tests.helpers import column_hits, text_spans


def found(detector: Detector, text: str) -> set[tuple[str, str]]:
    return text_spans(detector, text, skip=("URL", "PERSON", "LOCATION"))


def entities(detector: Detector, text: str, entity: str) -> set[str]:
    return {val for ent, val in found(detector, text) if ent == entity}


def verdicts(detector: Detector, columns: dict[str, list], container: str = "records"):
    return set(column_hits(detector, columns, container))


# -- DATE_OF_BIRTH: month names of many languages ----------------------------------------------
@pytest.mark.parametrize("text", [
    "3 listopada 1998", "12 października 1975", "1 stycznia 1960",       # Polish genitive
    "21 februari 1992", "26 januari 1941", "3 maj 1955", "9 augusti 1970",  # Swedish / Dutch
    "4 mei 1980", "17 maart 1966",                                         # Dutch
    "2 de setembro de 1948", "12 de julio de 1944",                       # Portuguese, Spanish
    "3. helmikuuta 1992", "30. marraskuuta 1950",                          # Finnish partitive
    "5. března 1977", "14 listopadu 1988",                                 # Czech genitive
    "1er mai 1990", "3 janv. 1962",                                        # French
    "1990. február 21.",                                                   # Hungarian: year first
    "7 decembrie 1985", "11 prosinca 1979",                                # Romanian, Croatian
])
def test_month_names_of_many_languages_are_dates(text):
    assert v.date_of_birth(text)


@pytest.mark.parametrize("text", [
    "3 items 1998", "12 stores 2001", "31 listopada 1998",  # no month; November has 30 days
    "3 maj 2999", "Room 12, 2001",
])
def test_not_a_date(text):
    assert not v.date_of_birth(text)


@pytest.mark.parametrize("text,value", [
    ("data urodzenia 3 listopada 1998, tel. 0048 12 412 55 15.", "3 listopada 1998"),
    ("data urodzenia 12.04.1992, tel. 12 127 34 42.", "12.04.1992"),
    ("Kund: Sally Nylander, född 21 februari 1992, telefon", "21 februari 1992"),
    ("Dados do cliente: data de nascimento 2 de setembro de 1948; email", "2 de setembro de 1948"),
    ("Dados do cliente: data de nascimento 20-05-1987; email", "20-05-1987"),
    ("fecha de nacimiento: 12 de julio de 1944", "12 de julio de 1944"),
    ("Geburtsdatum: 03.05.1962, Berlin", "03.05.1962"),
    ("nato il 3 maggio 1955 a Roma", "3 maggio 1955"),
    ("née le 1er mai 1990 à Lyon", "1er mai 1990"),
    ("Syntymäaika 3. helmikuuta 1992", "3. helmikuuta 1992"),
    ("Patient D.O.B.: 04/11/1971, ward 3", "04/11/1971"),
    ("fødselsdato 14.08.1983", "14.08.1983"),
    # a birth label right before the date: a recent date is a baby's birthday
    ("Baby Emma, born 2025-03-01, weight 3.2 kg.", "2025-03-01"),
])
def test_birth_dates_in_many_languages(detector, text, value):
    assert ("DATE_OF_BIRTH", value) in found(detector, text)


@pytest.mark.parametrize("text,other", [
    # a birth word nearby, but the date is of the last few years: an appointment, a checkout
    ("Rescheduled the appointment for Kristen Marshall (born 03/25/1998) to {d1} at 18:15.", "{d1}"),
    ("Guest Zoe Atkinson, date of birth June 4, 1946, room 412, checkout {d2}.", "{d2}"),
])
def test_recent_dates_near_a_birth_word_are_not_birthdays(detector, text, other):
    last_year = dt.date.today().year - 1
    d1, d2 = f"19/09/{last_year}", f"Dec 24, {last_year}"
    t = text.format(d1=d1, d2=d2)
    dobs = entities(detector, t, "DATE_OF_BIRTH")
    assert other.format(d1=d1, d2=d2) not in dobs
    assert dobs  # the real birth date is still found


def test_recency_rule_is_relative_to_the_clock():
    year = dt.date.today().year
    assert not v.date_of_birth_in_text(f"02/01/{year - 1}")
    assert not v.date_of_birth_in_text(f"02/01/{year - v.RECENT_BIRTH_YEARS}")
    assert v.date_of_birth_in_text(f"02/01/{year - v.RECENT_BIRTH_YEARS - 1}")
    assert v.date_of_birth(f"02/01/{year - 1}")  # a field name or a label right before: any past date


def test_birth_date_column_with_abbreviated_spanish_name(detector):
    values = ["02/12/1993", "13-08-2004", "12 de julio de 1944", "1 de diciembre de 1939", "15-03-1996",
              "31 de mayo de 1996", "02/05/1951", "7 de noviembre de 1987"] * 5
    assert ("fecha_nac", "DATE_OF_BIRTH") in verdicts(detector, {"fecha_nac": values})
    # the place of birth is not the date
    assert ("lugar_nac", "DATE_OF_BIRTH") not in verdicts(detector, {"lugar_nac": ["Madrid", "Sevilla"] * 20})


def test_dates_without_birth_context_are_not_birthdays(detector):
    assert not entities(detector, "Your order shipped on 3 listopada 2019 from Kraków.", "DATE_OF_BIRTH")
    assert not entities(detector, "Invoice 12.04.1992 paid in full.", "DATE_OF_BIRTH")


# -- PHONE_NUMBER --------------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("Si no estás en casa te llamaremos al 818 99 59 17.", "818 99 59 17"),
    ('hola, soy Ana, mi número es 617 77 98 24 - asks for a callback', "617 77 98 24"),
    ("Proszę o kontakt pod numerem 512 967 245 w sprawie zamówienia.", "512 967 245"),
    ("Per modifiche chiami il 319 143 2822.", "319 143 2822"),
    ("Telemóvel de contacto: 916 916 905.", "916 916 905"),
    ("Bel me gerust op 612 345 678.", "612 345 678"),
    # five-digit area codes after the trunk 0
    ("Emergency contact: Laurie (spouse), 015065 492857.", "015065 492857"),
    ("Voicemail (0:42) from 036204 184: hi it's Edward", "036204 184"),
    # one-letter labels of a signature block
    ("Thanks,\nChelsea Carter\nOffice Manager | Oliver Group\nM: 4803026379 | E: cc@example.com", "4803026379"),
    ("Kind regards\nT: 020 7946 0958", "020 7946 0958"),
    # phone lists keep both numbers
    ("Tel: 0662 123456, 0664 654321", "0664 654321"),
])
def test_phone_numbers(detector, text, value):
    assert ("PHONE_NUMBER", value) in found(detector, text)


@pytest.mark.parametrize("text", [
    "password_changed_at=2024-12-13 22:22:58.295 email_verified=true phone_ext=1150",
    "Votre colis 9404 5638 0973 7877 8101 99 a été livré.",
    "Pay by bank transfer quoting RF72 4644 0322 74. Last sync 1713121367.",
    "número de pedido 612345678, gracias",
    "see p. 123 4567 of the manual",
])
def test_not_phone_numbers(detector, text):
    assert not entities(detector, text, "PHONE_NUMBER")


def test_timestamp_cut_at_the_hour_is_date_like():
    assert not v.phone("2024-12-13 22")
    assert not v.phone("2025-11-04T10")
    assert v.phone("020 7946 0958")


def test_trunk_validator_wants_the_trunk_first():
    assert v.phone_trunk("0662 50256577") and v.phone_trunk("(03) 6547 9681")
    assert not v.phone_trunk("4644 0322 74")


# -- US_BANK_NUMBER --------------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("ACH return R03 on account 2056393001 (routing 071158240) for Caroline Martinez.", "2056393001"),
    ("Wire received: acct no. 814702354561 at First Example Bank.", "814702354561"),
    ("Direct deposit to a/c 46906197661775, checking.", "46906197661775"),
])
def test_bank_account_with_banking_words(detector, text, value):
    assert ("US_BANK_NUMBER", value) in found(detector, text)


@pytest.mark.parametrize("text", [
    "Your account 12345678 has been locked after three attempts.",
    "Customer account 20563930 at the bank branch was updated.",
    "Loyalty account 55512345 earned 300 points.",
])
def test_generic_account_ids_are_not_bank_numbers(detector, text):
    assert not entities(detector, text, "US_BANK_NUMBER")


# -- PASSWORD --------------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("Votre mot de passe temporaire est Xk9#mQ2!pL. Adresse IP de la demande", "Xk9#mQ2!pL."),
    ("nome Ana; palavra-passe iloveyou6042; email ana@example.com", "iloveyou6042"),
    ("Ihr neues Passwort lautet Xk9#mQ2!pL", "Xk9#mQ2!pL"),
    ("Tu contraseña temporal es Abc123!xyz", "Abc123!xyz"),
    ("La tua password temporanea è Qw3rty!99", "Qw3rty!99"),
    ("Twoje tymczasowe hasło to Zx8&kL0pq", "Zx8&kL0pq"),
    ("Din midlertidige adgangskode er Hg7$kk22a", "Hg7$kk22a"),
    ("Ditt tillfälliga lösenord är walnut.staple.horse", "walnut.staple.horse"),
    ("A sua senha provisória é Tr0ub4dor&3", "Tr0ub4dor&3"),
])
def test_passwords_in_many_languages(detector, text, value):
    assert ("PASSWORD", value) in found(detector, text)


@pytest.mark.parametrize("text", [
    "Votre mot de passe temporaire pour votre compte expire demain.",
    "Your password on file is outdated",
    "Le mot de passe temporaire a expiré.",
])
def test_password_adjectives_are_not_passwords(detector, text):
    assert not entities(detector, text, "PASSWORD")


def test_locale_codes_are_not_phone_context(detector):
    ua = "Mozilla/5.0 (Windows 98; tl-PH; rv:1.9.1.20) Gecko/4533-04-23 04:15:48.909058 Firefox/12.0"
    assert not entities(detector, ua, "PHONE_NUMBER")
