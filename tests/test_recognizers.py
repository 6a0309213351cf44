"""Each recognizer: real positives found with exact spans, near misses left alone."""
from __future__ import annotations

import pyarrow as pa
import pytest

from pii_audit.detection.engine import Detector
from pii_audit.detection.validators import (
    aba_routing, date_of_birth, iban, ipv4, luhn, password, person_in_text, phone, us_ssn,
)
from pii_audit.model import Batch


def found(detector: Detector, text: str) -> list[tuple[str, str]]:
    """(entity, matched text) for one free-text value, through the real engine path."""
    det = detector.container("messages", occurrences=True)
    det.update(Batch("messages", pa.table({"body": [text]}), pa.array([1], pa.int64()), text_fields=frozenset({"body"})))
    hits = det.finish()
    return sorted((ent, text[s:e]) for _, _, s, e, ent, _ in det.occurrences(hits) if ent != "URL")


POSITIVES = [
    ("write to jane.doe+crm@example.co.uk today", "EMAIL_ADDRESS", "jane.doe+crm@example.co.uk"),
    ("GET /search?q=jane.doe%40example.com HTTP/1.1", "EMAIL_ADDRESS", "jane.doe%40example.com"),
    ("call me on +44 20 7946 0958 tomorrow", "PHONE_NUMBER", "+44 20 7946 0958"),
    ("mi teléfono es +34 612 34 56 78", "PHONE_NUMBER", "+34 612 34 56 78"),
    ("appelez le 0033 1 42 68 53 00 svp", "PHONE_NUMBER", "0033 1 42 68 53 00"),
    ("Call (212) 555-0143 ext. 204 after lunch", "PHONE_NUMBER", "(212) 555-0143 ext. 204"),
    ("my mobile number is 07700 900123", "PHONE_NUMBER", "07700 900123"),
    ("Handy: 0151 23456789, bitte anrufen", "PHONE_NUMBER", "0151 23456789"),
    ("paid with 4539 1488 0343 6467 yesterday", "CREDIT_CARD", "4539 1488 0343 6467"),
    ("amex 3782-822463-10005 on file", "CREDIT_CARD", "3782-822463-10005"),
    ("my SSN is 536-22-8135", "US_SSN", "536-22-8135"),
    ("social security 536228135 for the form", "US_SSN", "536228135"),
    ("deposit to bank account number 004512876391", "US_BANK_NUMBER", "004512876391"),
    ("IBAN GB82 WEST 1234 5698 7654 32 please", "IBAN_CODE", "GB82 WEST 1234 5698 7654 32"),
    ("to DE89370400440532013000 today", "IBAN_CODE", "DE89370400440532013000"),
    ("login from 203.0.113.77 failed", "IP_ADDRESS", "203.0.113.77"),
    ("client 2001:db8:85a3::8a2e:370:7334 connected", "IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334"),
    ("I live at 1600 Pennsylvania Avenue, Washington, DC 20500 now", "STREET_ADDRESS", "1600 Pennsylvania Avenue, Washington, DC 20500"),
    ("ship to 62 Jamie Street, Campbellport SS0 0WQ.", "STREET_ADDRESS", "62 Jamie Street, Campbellport SS0 0WQ"),
    ("Adresse: Hauptstraße 5, 10115 Berlin", "STREET_ADDRESS", "Hauptstraße 5, 10115 Berlin"),
    ("envoyer au 12, rue de la Paix, 75002 Paris", "STREET_ADDRESS", "12, rue de la Paix, 75002 Paris"),
    ("born on 14 March 1985 in Leeds", "DATE_OF_BIRTH", "14 March 1985"),
    ("DOB: 1985-03-14", "DATE_OF_BIRTH", "1985-03-14"),
    ("your password is Tr0ub4dor&3 for now", "PASSWORD", "Tr0ub4dor&3"),
    ("key sk_live_4eC39HqLyjWDarjtT1zdp7dc leaked", "API_KEY", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
    ("aws AKIAIOSFODNN7EXAMPLE in the repo", "API_KEY", "AKIAIOSFODNN7EXAMPLE"),
    ("our api key is 9KzJDF7xeP4Gwq92iJnh6XmrWOVUIB7h", "API_KEY", "9KzJDF7xeP4Gwq92iJnh6XmrWOVUIB7h"),
    ("This is Suzanne Julien, call me back", "PERSON", "Suzanne Julien"),
    # an extension does not count towards the number's length; `(033)-` is a national prefix
    ("call +1-813-448-6740x59238 today", "PHONE_NUMBER", "+1-813-448-6740x59238"),
    ("we could not reach you on (033)-1523073.", "PHONE_NUMBER", "(033)-1523073"),
    # addresses grow over units, postcodes (PT, Eircode, NL) and the city after a comma
    ("deliver to Travessa do Carmo, 5, 1200-095 Lisboa today", "STREET_ADDRESS", "Travessa do Carmo, 5, 1200-095 Lisboa"),
    ("moved to 11 Main Street D02 X285 Dublin last week", "STREET_ADDRESS", "11 Main Street D02 X285 Dublin"),
    ("Envoyez à 8, avenue de la République, 75011 Paris svp", "STREET_ADDRESS", "8, avenue de la République, 75011 Paris"),
    ("consegna in Via Garibaldi, 12 Piano 3, 10122, Torino (TO) domani", "STREET_ADDRESS", "Via Garibaldi, 12 Piano 3, 10122, Torino (TO)"),
    ("bezorgen op Stationsboulevard 12, 3011 AB, Rotterdam graag", "STREET_ADDRESS", "Stationsboulevard 12, 3011 AB, Rotterdam"),
    ("enviar a C. de Alcalá 45, Madrid, 28014 mañana", "STREET_ADDRESS", "C. de Alcalá 45, Madrid, 28014"),
    # names: display name of an address, titles after a cue, weak cues with a full name
    ("From: Jane Doe <jane.doe@example.com>", "PERSON", "Jane Doe"),
    ("beneficiary Sig.ra Valentina Rossi, IBAN to follow", "PERSON", "Valentina Rossi"),
    ("Please call Renato do Amorim back tomorrow", "PERSON", "Renato do Amorim"),
    ("Please confirm for Clelia Trotta by Friday", "PERSON", "Clelia Trotta"),
    # places named by movement (a site's town is none: `see you at the Rotterdam office`)
    ("She moved from Leeds to Bristol in May", "LOCATION", "Leeds"),
    ("Rotate the leaked token 9sNq0fsHQYdxFuf6ZOTkLvOukOGOyDGd today.", "API_KEY", "9sNq0fsHQYdxFuf6ZOTkLvOukOGOyDGd"),
]


@pytest.mark.parametrize("text,entity,span", POSITIVES, ids=[p[1] + ":" + p[2][:12] for p in POSITIVES])
def test_positive(detector, text, entity, span):
    assert (entity, span) in found(detector, text)


NEAR_MISSES = [
    ("version 10.2.3.4 released", "IP_ADDRESS"),
    ("Mozilla/5.0 Chrome/119.0.0.0 Safari/537.36", "IP_ADDRESS"),
    ("padded 01.02.03.04 code", "IP_ADDRESS"),
    ("order 4539 1488 0343 6468 shipped", "CREDIT_CARD"),  # Luhn fails
    ("tracking 4539148803436467 from the carrier", "CREDIT_CARD"),  # negative context
    ("IMEI-like 1234567812345670 serial", "CREDIT_CARD"),  # no issuer starts with 1
    ("ref 666-12-3456", "US_SSN"),  # area 666 never issued
    ("ref 900-12-3456", "US_SSN"),
    ("code 123-00-4567", "US_SSN"),  # group 00
    ("id 987-65-4321", "US_SSN"),  # advertising range
    ("IBAN GB82 WEST 1234 5698 7654 33", "IBAN_CODE"),  # checksum off by one
    ("meeting at 10:30:15 today", "IP_ADDRESS"),
    ("the number 12345678 means nothing", "US_BANK_NUMBER"),  # no account context
    ("invoice INV-2024-000123 paid", "PHONE_NUMBER"),
    ("order 2024-03-14 was placed", "PHONE_NUMBER"),  # a date, not a phone
    ("shipped on 1985-03-14 by courier", "DATE_OF_BIRTH"),  # no birth context
    ("your password is ******** now", "PASSWORD"),
    ("password: ${DB_PASSWORD}", "PASSWORD"),
    ("hash $2b$12$KIXQJ4bVt1bNeWkV8mD1aOzHq4rWc2m8hGmQFx2aQJrJZ3yC6xLhK stored", "PASSWORD"),
    ("Thank you for your order", "PERSON"),
    ("Dear Customer, welcome", "PERSON"),
    ("contact us at support at example dot com", "EMAIL_ADDRESS"),
    ("file report@2x.png attached", "EMAIL_ADDRESS"),  # `png` is no public suffix
    ("call +1-813-448-674x59238 today", "PHONE_NUMBER"),  # too short once the extension is off
    ("Please call Customer Service on Monday", "PERSON"),  # weak cue, no name
    ("Please call Maria back", "PERSON"),  # weak cue: one word is not enough
    ("From: Support Team <help@example.com>", "PERSON"),
    ("the meeting moved to Friday afternoon", "LOCATION"),
    ("she lives at Flat 7, Cameron Road", "LOCATION"),  # `lives at` leads to an address, not a city
    ("see you in March", "LOCATION"),
    ("your session token expired, log in again", "API_KEY"),
    ("the token aaaaaaaaaaaaaaaaaaa1 is a placeholder", "API_KEY"),  # low entropy
]


@pytest.mark.parametrize("text,entity", NEAR_MISSES, ids=[n[1] + ":" + n[0][:14] for n in NEAR_MISSES])
def test_near_miss(detector, text, entity):
    assert entity not in {e for e, _ in found(detector, text)}


def test_validators_directly():
    assert luhn("4539148803436467") and not luhn("4539148803436468") and not luhn("1234567812345670")
    assert not luhn("5105 1051-0510 5100")  # mixed separators
    assert iban("GB82WEST12345698765432") and not iban("GB82WEST1234569876543")  # wrong length
    assert us_ssn("536-22-8135") and not us_ssn("000-12-3456") and not us_ssn("536-22-0000")
    assert aba_routing("021000021") and not aba_routing("021000022")
    assert ipv4("192.0.2.1") and not ipv4("0.0.0.0") and not ipv4("127.0.0.1")
    assert phone("+1 212 555 0143") is not None
    assert date_of_birth("29/02/1996") and not date_of_birth("30/02/1996") and not date_of_birth("2099-01-01")
    assert password("hunter22") and not password("true") and not password("<password>")
    assert person_in_text("Olivier Dos Santos") and not person_in_text("Reply HELP") and not person_in_text("The Contoso Fitness")
