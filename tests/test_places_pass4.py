"""Pass 4 (probe split): people, places and street addresses by pattern and by the address
extender; each general rule with positives and the near misses it must leave alone.
Values are synthetic (fake names, example domains)."""
from __future__ import annotations

import pytest

from pii_audit.detection.address import address_tail, extend_address_start
from pii_audit.detection.engine import Detector
from pii_audit.detection.spans import Span, resolve
from pii_audit.detection.validators import display_name_in_address, person_in_text, place_in_text
from tests.helpers import column_hits, text_spans


def found(detector: Detector, text: str) -> set[tuple[str, str]]:
    return text_spans(detector, text)


def verdicts(detector: Detector, columns: dict[str, list], container: str = "records"):
    return set(column_hits(detector, columns, container))


# -- addresses ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    # address blocks: the lines after the street (town, state and postcode; a postcode line)
    ("Deliver to:\nAlan Birch\n6 Kerry Rapid\nNorth Ryanborough\nL3 0ZL\nLeave it at the door",
     "6 Kerry Rapid\nNorth Ryanborough\nL3 0ZL"),
    ("Ship to:\nJo Moss\n656 Smith Lock\nJamesmouth, KY 53053\nThanks", "656 Smith Lock\nJamesmouth, KY 53053"),
    ("Ship to:\n49131 Garcia Estate\nCunninghamburgh, NU C8N 2T5\n", "49131 Garcia Estate\nCunninghamburgh, NU C8N 2T5"),
    ("Leverans:\nJärnvägsgatan 1\n23621 Jönköping\nTack", "Järnvägsgatan 1\n23621 Jönköping"),
    ("Adres:\nHiddeweg 616\n9905QP\nGrashoek\nbedankt", "Hiddeweg 616\n9905QP\nGrashoek"),
    ("Envío:\nCalle de Alcalá 45\nMadrid, 28014\nGracias", "Calle de Alcalá 45\nMadrid, 28014"),
    # a unit line before the street
    ("Deliver to:\nDom Ryan\nFlat 19\nJones Estate\nWebbberg\nCM6 4BS\nTel later", "Flat 19\nJones Estate\nWebbberg\nCM6 4BS"),
    ("Send it to Apt 4, 12 Main Street, Springfield, IL 62701.", "Apt 4, 12 Main Street, Springfield, IL 62701"),
    # post-office boxes, with the town and postcode after them
    ("Please update my billing address to PO Box 92647, Robertmouth L00 9SL. Thanks", "PO Box 92647, Robertmouth L00 9SL"),
    ("billing address: POB 39227, Joshuaburgh, WY 71723.", "POB 39227, Joshuaburgh, WY 71723"),
    ("mail it to P.O. Box 97096, East Dana, NM 08932 please", "P.O. Box 97096, East Dana, NM 08932"),
    ("PO Box 25375 Stn Main, Port Andrewshire PE P5P1P6", "PO Box 25375 Stn Main, Port Andrewshire PE P5P1P6"),
    ("Anschrift: Postfach 10 20 30, 10115 Berlin", "Postfach 10 20 30, 10115 Berlin"),
    ("Dirección: Apartado de Correos 1234, 28080 Madrid", "Apartado de Correos 1234, 28080 Madrid"),
    ("Adresse : Boîte postale 88, 75002 Paris", "Boîte postale 88, 75002 Paris"),
    # Polish, Italian and Portuguese street forms; US suffixes
    ("Adres: al. Reymonta 80/35, 18-080 Luboń", "al. Reymonta 80/35, 18-080 Luboń"),
    ("residente in Canale Ermenegildo, 351, 45015, Corbola (RO).", "Canale Ermenegildo, 351, 45015, Corbola (RO)"),
    ("Morada: Av Rodrigues, 12, 8239-615 Macedo de Cavaleiros", "Av Rodrigues, 12, 8239-615 Macedo de Cavaleiros"),
    ("enviada para Rua de Maia, S/N, 8670-558 Felgueiras. Obrigado", "Rua de Maia, S/N, 8670-558 Felgueiras"),
    ("shipping to 169 Parsons Rue, Grahamton, WV 78478, thanks", "169 Parsons Rue, Grahamton, WV 78478"),
    ("shipping to 12 Maple Parkways, Dover, DE 19901", "12 Maple Parkways, Dover, DE 19901"),
])
def test_addresses_found_whole(detector, text, value):
    assert ("STREET_ADDRESS", value) in found(detector, text)


@pytest.mark.parametrize("text,street,town", [
    ("Please send it to my sister, 921 Dylan Walks Suite 531, Joyport. She's home.", "921 Dylan Walks Suite 531", "Joyport"),
    ("Ship to: Ana Ruiz, Runokylänkuja 81, Naantali. Tel later", "Runokylänkuja 81", "Naantali"),
    ("Ship to Aleea Florilor Nr. 9 Bl. 3 Sc. 2 Ap. 17, Brasov", "Aleea Florilor Nr. 9 Bl. 3 Sc. 2 Ap. 17", "Brasov"),
])
def test_a_bare_town_after_the_street_is_a_place(detector, text, street, town):
    spans = found(detector, text)
    assert ("STREET_ADDRESS", street) in spans
    assert ("LOCATION", town) in spans


@pytest.mark.parametrize("text,value", [
    # a town with a state or a postcode stays in the address
    ("I live at 1600 Pennsylvania Avenue, Washington, DC 20500 now", "1600 Pennsylvania Avenue, Washington, DC 20500"),
    ("bezorgen op Stationsboulevard 12, 3011 AB, Rotterdam graag", "Stationsboulevard 12, 3011 AB, Rotterdam"),
])
def test_a_town_with_a_postcode_stays_in_the_address(detector, text, value):
    spans = found(detector, text)
    assert ("STREET_ADDRESS", value) in spans
    assert not any(e == "LOCATION" for e, _ in spans)


@pytest.mark.parametrize("text,value", [
    ("Deliver to:\n6 Kerry Rapid\nNorth Ryanborough\nL3 0ZL\nLeave at the back door", "6 Kerry Rapid\nNorth Ryanborough\nL3 0ZL"),
    ("12 Main Street, Springfield\nThanks a lot", "12 Main Street"),
])
def test_address_does_not_run_into_the_next_sentence(detector, text, value):
    spans = found(detector, text)
    assert ("STREET_ADDRESS", value) in spans


def test_address_tail_units():
    text = "12 Main Street, Springfield. Bye"
    end, town = address_tail(text, len("12 Main Street"))
    assert text[slice(*town)] == "Springfield" and end == len("12 Main Street, Springfield")
    assert address_tail("12 Main Street, Springfield, IL 62701", 14)[1] is None
    assert extend_address_start("Flat 19\nJones Estate", 5) == 0
    assert extend_address_start("Call me, 12 Main St", 9) == 9
    assert extend_address_start("Flat B, 12 Main St", 8) == 0
    # a surname that starts like a unit word (`Ste`) is no unit
    assert extend_address_start("Sandra Stelzer, Michaela-Lassnig-Platz 2/6", 16) == 16


@pytest.mark.parametrize("text", [
    "The box 12 is in the hall.",
    "Order PO 12345 shipped.",
    "Interview at 10 Main, then lunch.",
    "12 Main Street, Thanks",  # `Thanks` is no town
])
def test_address_near_misses(detector, text):
    spans = found(detector, text)
    assert not any(e == "LOCATION" for e, _ in spans)
    assert not any(e == "STREET_ADDRESS" and ("box" in v.lower() or "PO " in v or "Thanks" in v) for e, v in spans)


# -- places -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("Candidate Bryan Mac, based in Port Williamberg. CV received.", "Port Williamberg"),
    ("Cliente: Luigi Rossi, nato il 14 marzo 1983 a Fiumicino Di Savignano, residente a Roma.", "Fiumicino Di Savignano"),
    ("Il signor Rossi, nato a Pergine Valdarno il 3 maggio 1950.", "Pergine Valdarno"),
    ("Mme Adèle Martin, née le 3 mars 1980 à Saint-Étienne.", "Saint-Étienne"),
    ("Don Pedro, nacido el 3 de marzo de 1980 en Sevilla.", "Sevilla"),
    ("Sr. Costa, nascido em Braga, cliente desde 2010.", "Braga"),
    ("Herr Braun, geboren am 3. März 1962 in Bad Homburg.", "Bad Homburg"),
    ("Frau Weiß, wohnhaft in Frankfurt am Main.", "Frankfurt am Main"),
    ("Pan Nowak, urodzony 12.03.1990 w Krakowie.", "Krakowie"),
    ("Sven, född 1955 i Malmö, bor i Lund.", "Malmö"),
    ("Sven, född 1955 i Malmö, bor i Lund.", "Lund"),
    ("She resides in St. Albans with her family.", "St. Albans"),
    ("The parcel ships from Antwerp tomorrow.", "Antwerp"),
])
def test_places_after_cues(detector, text, value):
    assert ("LOCATION", value) in found(detector, text)


@pytest.mark.parametrize("text", [
    "Nata a sorpresa la festa di Maria.",
    "It ships from stock in 2 days.",
    "The course is taught in English.",
    "We met at the New office today.",
    "Happy New Year to the whole team!",
])
def test_place_near_misses(detector, text):
    assert not any(e == "LOCATION" for e, _ in found(detector, text))


def test_place_prefixes():
    assert place_in_text("New Kevin") and place_in_text("Great Yarmouth") and place_in_text("Upper Hutt")
    assert not place_in_text("New") and not place_in_text("Thanks")


def test_model_span_backed_by_a_pattern_carries_its_rule():
    ner = Span(10, 20, "LOCATION", 0.85, "LOCATION.ner")
    pattern = Span(10, 20, "LOCATION", 0.6, "LOCATION.context")
    for spans in ([ner, pattern], [pattern, ner]):
        (kept,) = resolve(spans, frozenset())
        assert (kept.start, kept.end, kept.score, kept.rule) == (10, 20, 0.85, "LOCATION.context")
    other = Span(10, 20, "PERSON", 0.6, "PERSON.context")
    (kept,) = resolve([ner, other], frozenset())
    assert kept.rule == "LOCATION.ner"  # a pattern of another entity backs nothing


# -- people -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("Direct deposit form\nEmployee: Brenda R. Morris\nBank routing #: 074456473", "Brenda R. Morris"),
    ("Claimant: Antoni Nehring / D.O.B.: 2001-07-29", "Antoni Nehring"),
    ("Kund: Margareta Lundquist\nOrder: 12345", "Margareta Lundquist"),
    ("Kontoinhaber: Jörg Weber-Lenz\nIBAN folgt", "Jörg Weber-Lenz"),
    ("Mit freundlichen Grüßen\nMatthäus Trupp-Wiek", "Matthäus Trupp-Wiek"),
    ("Cordialement,\nAdèle de Villiers", "Adèle de Villiers"),
    ("Pozdrawiam\nJan Nowak\nDział sprzedaży", "Jan Nowak"),
    ("Merged PR #6719 from patrick baird <patrickbaird@example.com>: bump lib", "patrick baird"),
    ("from gordon j. brown <gordon.brown@example.co.uk>", "gordon j. brown"),
    ("from diana monteiro <dmonteiro@example.pt>", "diana monteiro"),
    ("Bonjour M. Fouquet, votre commande est prête.", "Fouquet"),
    ("Sehr geehrte Frau vom Stein,\n\nvielen Dank", "vom Stein"),
    ("La Sra. de León llamó ayer.", "de León"),
    ("Emergency contact: Laurie St. Clair (spouse), 015065 492857.", "Laurie St. Clair"),
    ("Contacto: Ana Ruiz (madre)", "Ana Ruiz"),
    ("Reminder: Anne-Marie Manning invited you to the Q3 planning.", "Anne-Marie Manning"),
    ("Phone screen with Lance on 31/08/2026.", "Lance"),
    ("[09:14] Agent Abdul: Hi, who am I speaking with?", "Abdul"),
])
def test_people_by_pattern(detector, text, value):
    assert ("PERSON", value) in found(detector, text)


@pytest.mark.parametrize("text", [
    "Status: Order Shipped",
    "Name: Order Confirmation",
    "Kind regards,\nThe Support Team",
    "Kind regards,\nDavid King\nCustomer Care",  # `Care` is no one (David King is)
    "[09:15] Visitor: (805) 747-1632",
    "write to contact us <support@example.com>",
    "the sales team <sales@example.com> will answer",
    "Someone invited you to a meeting.",
])
def test_people_near_misses(detector, text):
    spans = found(detector, text)
    bad = {"Order Shipped", "Order Confirmation", "The Support Team", "Care", "Visitor", "contact us", "sales team", "Someone"}
    assert not any(e == "PERSON" and v in bad for e, v in spans)


def test_person_validators():
    assert person_in_text("Brenda R. Morris") and not person_in_text("SKU VPN")
    assert display_name_in_address("patrick baird <patrickbaird@")
    assert not display_name_in_address("contact us <support@")
    assert not display_name_in_address("the team <team@")


# -- columns ------------------------------------------------------------------------------------
FIRST = ["Karen", "Kathleen", "Brittany", "James", "Anita", "Damon", "Oskar", "Lena", "Marta", "Pierre"] * 3
LAST = ["Jackson", "Kemp", "O'Neill", "Kirk", "Smith", "Dunn", "Berg", "Nowak", "Rossi", "Dubois"] * 3
TOWNS = ["Olsonville", "North Gwendolynchester", "South Ninaville", "Port Cameronshire", "Aubert", "Lebrun-sur-Legrand"] * 5


def test_abbreviated_and_translated_name_headers(detector):
    got = verdicts(detector, {"emp_fnm": FIRST, "emp_lnm": LAST, "cty_nm": TOWNS, "commune": TOWNS,
                              "destinataire": [f"{f} {last}" for f, last in zip(FIRST, LAST)]}, container="hr_empl_mstr")
    assert {("emp_fnm", "PERSON"), ("emp_lnm", "PERSON"), ("cty_nm", "LOCATION"), ("commune", "LOCATION"),
            ("destinataire", "PERSON")} <= got
    assert ("cty_nm", "PERSON") not in got  # a town column is no name column for `nm`


def test_placeholders_do_not_dilute_a_column(detector):
    names = [f"{f} {last}" for f, last in zip(FIRST, LAST)]
    col = names[:22] + ["null", "N/A", "?", "TBD", "unknown", "-", "none", "?"]
    assert ("Contact", "PERSON") in verdicts(detector, {"Contact": col}, container="crm_contacts_raw")
    # placeholders are no evidence either way: the rest must still be names
    things = ["Aqua Pro", "Nimbus Lite", "Harbor Max", "Trail Kit", "Comfort Pack"] * 4 + ["null", "N/A", "?", "TBD"] * 3
    assert ("Contact", "PERSON") not in verdicts(detector, {"Contact": things}, container="crm_contacts_raw")
