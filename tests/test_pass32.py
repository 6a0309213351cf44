"""Thirty-second accuracy pass (`spur`'s errors): rooms named after people, a Vietnamese shop's
`Khách:` (customer) speaker, a car wash named after its owner, a site by its town and `location`,
a phone's last group ending its line before `Key safe`, a breadcrumb's surname in capitals, an
autopay account key, `X writes:`, a PIN's last four, and accounts of other countries' banks. All
values are made up."""
from __future__ import annotations

import pytest

from tests.helpers import after_model, column_hits, values_of


@pytest.mark.parametrize(("text", "said"), [
    ("Ops update - 13 October 2026\nRooms: Kepler and Hubble out of service 09:00-13:00 for AV refit.", "Kepler"),
    ('Assumpte: Confirmació reserva sala "Mercè Rodoreda"\n\nBon dia Aina,', "Mercè Rodoreda"),
    ("Cheers,\nPaul\nMember Care | Tommy's Express Car Wash\n1710 Maple Ave, Richmond, VA 23271", "Tommy"),
    ("Wartungshinweis 09.12.2026: Die Bahnen 1-8 der Bowlingbahn sind von 10:00 bis 14:00 gesperrt.", "Bowlingbahn"),
    ("- Member since 2021, coworking hot-desk plan (Toronto Queen West location)\n- wants to upgrade", "Toronto Queen West"),
    ("Khách: chào shop, mình muốn in 20 cái cốc có logo công ty\nTrang: Dạ chào anh/chị", "Khách"),
])
def test_rooms_shops_lanes_sites_and_a_customer_label_are_no_one(text, said):
    assert said not in {v for _, v in after_model(text, (said, "PERSON"))}


@pytest.mark.parametrize(("text", "said", "name"), [
    ("CRM > Contacts > ALVAREZ, Jamie\nCall logged 2026-11-27 10:53 by Ashley James", [("Jamie", "PERSON")], "ALVAREZ, Jamie"),
    ('Created: 2026-10-15T07:52:38Z\n\nStewart writes:\n"I\'m cancelling my valet subscription"', [], "Stewart"),
])
def test_a_breadcrumb_s_surname_in_capitals_and_who_writes(text, said, name):
    assert ("PERSON", name) in after_model(text, *said)


def test_a_phone_s_last_group_ending_its_line_opens_no_address(detector):
    text = "Next of kin: Rebecca Heath   Relationship: Daughter   Ph: 0416 581 262\nKey safe code: 2962"
    assert values_of(detector, text, "PHONE_NUMBER") == {"0416 581 262"}
    assert not values_of(detector, text, "STREET_ADDRESS")


@pytest.mark.parametrize(("text", "entity", "value"), [
    ("autopay_routing: 196738804\nautopay_account: 1816107506\nemergency_contact: none", "US_BANK_NUMBER", "1816107506"),
])
def test_an_autopay_account_key(detector, text, entity, value):
    assert values_of(detector, text, entity) == {value}


def test_an_account_beside_another_country_s_bank_or_currency_is_no_us_account(detector):
    text = "Noted sir. Total fee is 621,000 naira. Pay to Zenith acct 1318203308."
    assert not values_of(detector, text, "US_BANK_NUMBER")


def test_a_pin_s_last_four_is_no_password_column(detector):
    n = 40
    hits = column_hits(detector, {"pin_laatste4": [f"{(i * 7919) % 10000:04d}" for i in range(n)], "kenteken": ["KR-447-B"] * n})
    assert ("pin_laatste4", "PASSWORD") not in hits


@pytest.mark.parametrize(("text", "said", "name"), [
    ("Sales: John Smith will call you back tomorrow.", [("John Smith", "PERSON")], "John Smith"),
    ("I spoke to Mary Hall yesterday about the invoice.", [("Mary", "PERSON")], "Mary Hall"),
])
def test_a_department_label_and_a_surname_that_names_a_hall_leave_the_person(text, said, name):
    assert ("PERSON", name) in after_model(text, *said)
