"""Fifth accuracy pass: values written after a label inside free text (`Label: value`
lines, JSON pairs, key=value, pasted CSV tables) judged with the column vocabulary; URL
user-info passwords; URL-safe argon2; pet, kebab-case and LAST/FIRST column values; NER
vetoes for form labels and sentence-opening words. All values are made up."""
from __future__ import annotations

import random

import pyarrow as pa
import pytest

from pii_audit.detection import ner as N
from pii_audit.detection import ner_spans
from pii_audit.detection import validators as v
from pii_audit.detection.embedded import _candidates, labelled_values, table_values
from pii_audit.detection.engine import Detector
from pii_audit.detection.protected import protected_form
from pii_audit.detection.spans import confirm
from pii_audit.detection.vector_validators import validate
from tests.helpers import column_hits, text_spans


@pytest.fixture(scope="module")
def ner(rules):
    model, note = N.load_ner(rules)
    if model is None or model.nlp is False:
        pytest.skip(note)
    return model


def spans(detector: Detector, text: str) -> set[tuple[str, str]]:
    return text_spans(detector, text)


def of(detector: Detector, text: str, entity: str) -> set[str]:
    return {val for ent, val in spans(detector, text) if ent == entity}


def lv(text: str) -> list[tuple[str, str]]:
    return [(k, text[s:e]) for k, s, e in labelled_values(text)]


def tv(text: str) -> list[tuple[str, str]]:
    return [(k, text[s:e]) for k, s, e in table_values(text)]


# == 1. labelled_values / table_values ========================================================
@pytest.mark.parametrize("text,expected", [
    ("Renter: AMY NGUYEN   DOB: 1992-08-26", [("Renter", "AMY NGUYEN"), ("DOB", "1992-08-26")]),
    ("Guest: Tom Ng\tRoom: 12", [("Guest", "Tom Ng"), ("Room", "12")]),
    ("Caller: Emily Coley | Topic: refund", [("Caller", "Emily Coley"), ("Topic", "refund")]),
    ("Caller: Emily Coley; Topic: refund", [("Caller", "Emily Coley"), ("Topic", "refund")]),
    ("Name:  Jo Bloggs.", [("Name", "Jo Bloggs")]),                      # trailing dot trimmed
    ("- Guest: Lena Vogt\n2) Phone: 0412 345 678", [("Guest", "Lena Vogt"), ("Phone", "0412 345 678")]),
    ("Gast：Lena Vogt", [("Gast", "Lena Vogt")]),                         # full-width colon
])
def test_label_value_lines(text, expected):
    assert lv(text) == expected


def test_one_space_does_not_start_a_new_field():
    # a single space is prose, not a field gap: `DOB` stays inside the first value
    assert lv("Name: Jo Bloggs DOB: 1990-01-02") == [("Name", "Jo Bloggs DOB: 1990-01-02")]


@pytest.mark.parametrize("text", ["10:30 meeting moved", "  : nothing here", "12: Jo Bloggs"])
def test_no_label_without_a_word_before_the_colon(text):
    assert lv(text) == []


def test_json_pairs():
    text = '{"first_name":"Chelsea", "last_name": "Fernandez", "age": 41, "vip": true}'
    assert lv(text) == [("first_name", "Chelsea"), ("last_name", "Fernandez")]  # only string values


@pytest.mark.parametrize("text,expected", [
    ('level=info name="Edward Kerr" plan=pro', [("level", "info"), ("name", "Edward Kerr"), ("plan", "pro")]),
    ("note='hi there' user.id=u-77", [("note", "hi there"), ("user.id", "u-77")]),
    ("GET /cb?user=jkerr&pwd=Zr8!kk2p HTTP/1.1", [("user", "jkerr"), ("pwd", "Zr8!kk2p")]),  # `&` ends a bare value
    ("a,b=c;d=e", [("b", "c"), ("d", "e")]),
])
def test_key_value_pairs(text, expected):
    assert lv(text) == expected


def test_key_value_needs_a_key_not_glued_to_a_word():
    # a dotted key is one key; a key right after `-` or `.` is a flag or a path, no field
    assert lv("cmp a.b=c and -f=g x.y") == [("a.b", "c")]
    assert lv("run --mode=fast") == []


CSV = ("pls add these to the waitlist\n"
       "name,mobile,suburb,dob\n"
       "Anna Lee,0412 345 678,Carlton,1990-01-02\n"
       "Ben Hall,0413 111 222,,1985-03-04\n"
       "total 2, class code QX7\n"
       "Cara Moss,0414 222 333,Fitzroy,1979-05-06\n")


def test_csv_table_cells_under_their_header():
    assert tv(CSV) == [
        ("name", "Anna Lee"), ("mobile", "0412 345 678"), ("suburb", "Carlton"), ("dob", "1990-01-02"),
        ("name", "Ben Hall"), ("mobile", "0413 111 222"), ("dob", "1985-03-04"),  # empty cell skipped
    ]


def test_csv_table_ends_at_a_line_with_other_cell_count():
    cells = [val for _, val in tv(CSV)]
    # `total 2, class code QX7` has one comma, not three: no row, and it ends the table,
    # so the row-shaped line after it belongs to no header either
    assert "total 2" not in cells and "class code QX7" not in cells
    assert "Cara Moss" not in cells and "Fitzroy" not in cells


@pytest.mark.parametrize("sep", [";", "\t", "|"])
def test_other_table_separators(sep):
    text = f"name{sep}mobile{sep}dob\nAnna Lee{sep}0412 345 678{sep}1990-01-02"
    assert tv(text) == [("name", "Anna Lee"), ("mobile", "0412 345 678"), ("dob", "1990-01-02")]


@pytest.mark.parametrize("text", [
    "name,mobile\nAnna Lee,0412 345 678",                  # two columns: no header
    "id,2024,total\nAnna Lee,0412 345 678,x",              # a number is no column name
    "name, mobile, and (sadly) dob\nAnna Lee,0412,1990",   # prose with commas
])
def test_no_table_without_a_header_line(text):
    assert tv(text) == []


@pytest.mark.parametrize("value,cut", [
    ("Kelly Juarez / Nimbus Plumbing", "Kelly Juarez"),
    ("AMY NGUYEN (renter)", "AMY NGUYEN"),
    ("Judy Platt, tel. 0400 000 000", "Judy Platt"),
    ("Jo Bloggs - +44 20 7946 0000", "Jo Bloggs"),
    ("Jo Bloggs <jo@example.org>", "Jo Bloggs"),
])
def test_value_cut_before_a_note_or_second_part(value, cut):
    got = [value[s:e] for s, e in _candidates(value, 0, len(value))]
    assert got == [value, cut]


@pytest.mark.parametrize("value", ["Lee, Anna", "Anne-Marie Roux", "O'Neil/Smith"])
def test_value_not_cut_inside_a_name(value):
    assert [value[s:e] for s, e in _candidates(value, 0, len(value))] == [value]


# == 2. free text end to end ==================================================================
@pytest.mark.parametrize("text,expected", [
    ("Renter: AMY NGUYEN   DOB: 1992-08-26", {("PERSON", "AMY NGUYEN"), ("DATE_OF_BIRTH", "1992-08-26")}),
    ('{"firstName":"Chelsea","lastName":"Fernandez"}', {("PERSON", "Chelsea"), ("PERSON", "Fernandez")}),
    ('ts=2026-01-02T03:04:05Z level=info event=signup name="Edward Kerr" plan=pro', {("PERSON", "Edward Kerr")}),
    ("Contact: Kelly Juarez / Nimbus Plumbing", {("PERSON", "Kelly Juarez")}),
    ("Renter: AMY NGUYEN (renter)", {("PERSON", "AMY NGUYEN")}),
    ("Customer: Marla Quill, tel. 0412 345 678", {("PERSON", "Marla Quill"), ("PHONE_NUMBER", "0412 345 678")}),
    ("Guest: judith chapman", {("PERSON", "judith chapman")}),
    ("Passenger: QUILL/MARLA", {("PERSON", "QUILL/MARLA")}),
    ("Ideiglenes jelszó a belső rendszerhez: Autumn2025*", {("PASSWORD", "Autumn2025*")}),
    ("DB_PASSWORD=Zr8!kk2pQw", {("PASSWORD", "Zr8!kk2pQw")}),
])
def test_labelled_values_in_free_text(detector, text, expected):
    assert expected <= spans(detector, text)


def test_json_first_and_last_keys(detector):
    # bare `first` / `last` hint no column (`last` login, `first` visit); a value the name
    # lists hold is a name's part all the same (tests/test_name_lexicon.py)
    text = '{"first":"Chelsea","last":"Fernandez"}'
    assert {("PERSON", "Chelsea"), ("PERSON", "Fernandez")} <= spans(detector, text)
    assert not of(detector, '{"first":"Monday","last":"Login","status":"Active"}', "PERSON")


def _csv_message(lead: str) -> str:
    return (f"{lead}\nname,mobile,suburb,dob\n"
            "Anna Lee,0412 345 678,Carlton,1990-01-02\n"
            "Ben Hall,0413 111 222,Fitzroy,1985-03-04\n"
            "thanks, see you")


CSV_EXPECTED = {
    ("PERSON", "Anna Lee"), ("PHONE_NUMBER", "0412 345 678"), ("DATE_OF_BIRTH", "1990-01-02"),
    ("PERSON", "Ben Hall"), ("PHONE_NUMBER", "0413 111 222"), ("DATE_OF_BIRTH", "1985-03-04"),
    ("LOCATION", "Carlton"), ("LOCATION", "Fitzroy"),
}


def test_pasted_csv_table_in_a_message(detector):
    assert CSV_EXPECTED <= spans(detector, _csv_message("pls add these to the waitlist (copied from the sheet):"))


def test_pasted_csv_table_in_a_message_without_any_colon(detector):
    assert CSV_EXPECTED <= spans(detector, _csv_message("pls add these to the waitlist"))


@pytest.mark.parametrize("text", [
    "Name: Order Confirmation",
    "Product name: Velvet Mug",
    "Status: Pending",
    "Subject: Order delayed",
    "Customer: Order Confirmation",
    "Job: nightly-etl   Client name: billing-sync",
    "Owner: Marla Quill   Pet name: Biscuit",   # the owner is a person, the pet is not
])
def test_labelled_values_that_are_no_names(detector, text):
    people = of(detector, text, "PERSON")
    assert people <= {"Marla Quill"}, people


def test_key_pattern_wins_over_a_secret_label(detector):
    rnd = random.Random(5)
    key = "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(32))
    for text in (f"STRIPE_SECRET={key}", f"export STRIPE_SECRET={key}"):
        got = spans(detector, text)
        assert ("API_KEY", key) in got
        assert not {val for ent, val in got if ent == "PASSWORD"}, got


def test_labelled_person_beside_the_model(rules, ner):
    got = text_spans(Detector(rules, ner=ner), "Renter: AMY NGUYEN   DOB: 1992-08-26")
    assert {("PERSON", "AMY NGUYEN"), ("DATE_OF_BIRTH", "1992-08-26")} <= got


# == 3. PASSWORD.url ==========================================================================
@pytest.mark.parametrize("text,password", [
    ("postgres://app_rw:Changeme2022!@10.0.0.5:5432/orders", "Changeme2022!"),
    ("DATABASE_URL=postgres://app_rw:Changeme2022!@10.0.0.5:5432/orders", "Changeme2022!"),
    ("conn = 'mysql://report:Tr4ns1t-Falcon@db.internal/sales'", "Tr4ns1t-Falcon"),
    ("postgres://app:Tr0ub4dor3x@db.example.com/x", "Tr0ub4dor3x"),
])
def test_url_user_info_password(detector, text, password):
    assert of(detector, text, "PASSWORD") == {password}


def test_url_password_recognizer_takes_exactly_the_password(detector):
    rec = next(r for r in detector.recognizers if r.id == "PASSWORD.url")
    text = "postgres://app_rw:Changeme2022!@10.0.0.5:5432/orders"
    assert [text[s.start : s.end] for s in confirm(rec, text, False, detector.spans)] == ["Changeme2022!"]


@pytest.mark.parametrize("text", [
    "postgres://app_rw:${DB_PASSWORD}@db/orders",
    "postgres://app_rw:<password>@db/orders",
    "https://user:****@host",
    "https://example.com:8080/path",          # a port is no password
    "see https://example.com:8080/a@b",
    "ftp://anonymous:@files.example.org/",
])
def test_url_without_a_password(detector, text):
    assert not of(detector, text, "PASSWORD")


def test_url_password_with_empty_user(detector):
    assert of(detector, "redis://:Sup3rSecret9@cache:6379/0", "PASSWORD") == {"Sup3rSecret9"}


def test_url_password_with_bang_is_not_an_email(detector):
    got = spans(detector, "amqp://svc_bus:Qz7!mPa9rT@mq.example.net:5672/")
    assert ("PASSWORD", "Qz7!mPa9rT") in got
    assert not {val for ent, val in got if ent == "EMAIL_ADDRESS"}


# == 4. argon2, hash columns ==================================================================
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _argon2_urlsafe(rnd: random.Random) -> str:
    salt = "".join(rnd.choice(B64 + "-_") for _ in range(20)) + rnd.choice("-_")  # URL-safe for sure
    hsh = "".join(rnd.choice(B64 + "-_") for _ in range(42)) + rnd.choice("-_")
    return f"$argon2id$v=19$m=65536,t=3,p=4${salt}${hsh}"


def _bcrypt(rnd: random.Random) -> str:
    return f"$2b${rnd.choice(['10', '12'])}$" + "".join(rnd.choice("./" + B64) for _ in range(53))


@pytest.mark.parametrize("value", [
    "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ-_w$aGFzaF9oYXNo-_9Q",    # URL-safe
    "$argon2i$v=19$m=4096,t=3,p=1$c2FsdF9zYWx0$aGFzaC1oYXNoLWhhc2g",
    "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g+/Q==",         # standard base64
])
def test_argon2_salts_of_both_alphabets_are_protected(detector, value):
    assert protected_form(value, detector.protected) == "protected.argon2"


@pytest.mark.parametrize("value", [
    "$argon2id$v=19$m=65536,t=3$c2FsdA$aGFzaA",           # no parallelism: not argon2's form
    "$argon2id$v=19$m=65536,t=3,p=4$c2Fs dHNh$aGFz",       # a space inside
])
def test_broken_argon2_strings_are_not_argon2(detector, value):
    assert protected_form(value, detector.protected) != "protected.argon2"


def test_password_hash_column_is_no_password(detector):
    rnd = random.Random(11)
    hashes = [_argon2_urlsafe(rnd) if i % 2 else _bcrypt(rnd) for i in range(48)]
    assert all(protected_form(h, detector.protected) for h in hashes)
    plain = [rnd.choice(["Soleil2024!", "Chat#Noir9", "Brume-77x", "Pluie%2023", "Givre&81k"]) for _ in range(48)]
    hits = column_hits(detector, {"Empreinte du mot de passe": hashes, "mot_de_passe": plain})
    assert ("Empreinte du mot de passe", "PASSWORD") not in hits
    assert ("mot_de_passe", "PASSWORD") in hits  # control: the hint itself still works


def test_bcrypt_after_a_password_label_in_text_is_no_password(detector):
    rnd = random.Random(3)
    for label in ("Empreinte du mot de passe", "password"):
        assert not of(detector, f"{label}: {_bcrypt(rnd)}", "PASSWORD")


@pytest.mark.parametrize("label", ["Empreinte du mot de passe", "password"])
def test_argon2_after_a_password_label_in_text_is_no_password(detector, label):
    rnd = random.Random(3)
    assert not of(detector, f"{label}: {_argon2_urlsafe(rnd)}", "PASSWORD")


# == 5. columns ===============================================================================
N_ROWS = 48
FIRST = ["Marla", "Tobias", "Ines", "Ravi", "Greta", "Oskar", "Lena", "Darius", "Yuki", "Noor"]
LAST = ["Quill", "Brandt", "Okafor", "Lindqvist", "Marchetti", "Haldane", "Vasquez", "Tanaka", "Moreau", "Kowalczyk"]
PETS = ["Biscuit", "Pepper", "Mochi", "Rex", "Luna", "Ziggy", "Waffles", "Nala", "Bruno", "Pickles"]
TOWNS = ["Ballarat", "Geelong", "Bendigo", "Wodonga", "Mildura", "Shepparton", "Warrnambool", "Horsham", "Traralgon", "Echuca"]
JOBS = ["billing-sync", "nightly-etl", "invoice-export", "crm-bridge", "report-builder", "ledger-import",
        "audit-sweep", "cache-warm"]


@pytest.fixture(scope="module")
def columns():
    rnd = random.Random(42)

    def names():
        return [f"{rnd.choice(FIRST)} {rnd.choice(LAST)}" for _ in range(N_ROWS)]

    def dates(lo, hi):
        return [f"{rnd.randint(lo, hi)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}" for _ in range(N_ROWS)]

    return {
        "petName": [rnd.choice(PETS) for _ in range(N_ROWS)],
        "petDob": dates(2010, 2024),
        "client_name": [rnd.choice(JOBS) for _ in range(N_ROWS)],
        "gst_nm": [f"{rnd.choice(LAST).upper()}/{rnd.choice(FIRST).upper()}" for _ in range(N_ROWS)],
        "ownerSuburb": [rnd.choice(TOWNS) for _ in range(N_ROWS)],
        "pod.signed_by": names(),
        "BUYER": names(),
    }


@pytest.fixture(scope="module")
def verdicts(detector, columns):
    return set(column_hits(detector, columns))


@pytest.mark.parametrize("field,entity", [
    ("petName", "PERSON"), ("petDob", "DATE_OF_BIRTH"), ("client_name", "PERSON"),
])
def test_columns_not_flagged(verdicts, field, entity):
    assert (field, entity) not in verdicts


@pytest.mark.parametrize("field,entity", [
    ("gst_nm", "PERSON"), ("ownerSuburb", "LOCATION"), ("pod.signed_by", "PERSON"), ("BUYER", "PERSON"),
])
def test_columns_flagged(verdicts, field, entity):
    assert (field, entity) in verdicts


def test_pet_values_under_a_person_column_would_be_flagged(detector, columns):
    # control: it is the `pet` in the column name, not the values, that keeps them out
    hits = set(column_hits(detector, {"name": columns["petName"], "birth_date": columns["petDob"]}))
    assert {("name", "PERSON"), ("birth_date", "DATE_OF_BIRTH")} <= hits


def test_capitalised_names_under_client_name_are_flagged(detector):
    rnd = random.Random(7)
    hits = column_hits(detector, {"client_name": [f"{rnd.choice(FIRST)} {rnd.choice(LAST)}" for _ in range(N_ROWS)]})
    assert ("client_name", "PERSON") in hits


@pytest.mark.parametrize("value,ok", [
    ("billing-sync", False), ("nightly-etl", False), ("crm-bridge", False),
    ("DOE/JANE", True), ("QUILL/MARLA", True), ("Okafor/Ines", True),
    *[pytest.param(name, True) for name in ("NICOL/MAX", "Nicol/Max")],
    ("Anne-Marie", True), ("Jean-Luc Picard", True), ("judith chapman", True), ("Marla Quill", True),
])
def test_person_field_value_scalar_and_column_agree(value, ok):
    assert v.person_field_value(value) is ok
    assert bool(validate(v.person_field_value, pa.array([value], pa.string()))[0]) is ok


def test_person_name_reads_last_slash_first():
    assert v.person_name("NICOL/MAX")
    assert not v.person_name("NUM-GB-MOBILE")


# == 6. NER: form labels and sentence-opening words ===========================================
FORM = "Gast: Lena Vogt\nAnreise: 12.03.2026\nKurtaxe: CHF 12.50\nZimmer: 14"
CHAT = "Elizabeth: can someone rotate this key?\nMarcus: on it\nElizabeth: thanks\nMarcus: done"


@pytest.mark.parametrize("text,is_form", [
    (FORM, True),
    ("Booking 4471\n" + FORM, True),
    (CHAT, False),                                         # speakers recur
    ("Gast: Lena Vogt\nAnreise: 12.03.2026", False),       # two labels only
    ("Elizabeth: can someone rotate this key?", False),
])
def test_form(text, is_form):
    assert ner_spans.form(text) is is_form


@pytest.mark.parametrize("text,word,opens", [
    ("Meter point reference changed.", "Meter", True),
    ("Moved in.\nMeter point reference changed.", "Meter", True),
    ("- Meter point reference changed.", "Meter", True),
    ("Tenant update. Meter point reference changed.", "Meter", True),
    ("Dr. Davis called back.", "Davis", False),            # a title's dot ends no sentence
    ("Please call Anna today.", "Anna", False),
])
def test_opens_line_or_sentence(text, word, opens):
    assert ner_spans.opens_line_or_sentence(text, text.index(word)) is opens


@pytest.mark.parametrize("text,word,entity,vetoed", [
    (FORM, "Kurtaxe", "PERSON", True),                               # a form's field name
    ("Kurtaxe: CHF 12.50", "Kurtaxe", "PERSON", False),              # one line: could be a speaker
    ("Elizabeth: can someone rotate this key?", "Elizabeth", "PERSON", False),
    (CHAT, "Marcus", "PERSON", False),
    ("Meter point reference changed.", "Meter", "PERSON", True),
    ("Nuovo intestatario: Marco Bellini", "Nuovo", "PERSON", True),
    ("Nuovo intestatario: Marco Bellini", "Marco Bellini", "PERSON", False),
    ("Dr. Davis called back.", "Davis", "PERSON", False),
    ("Olá Ana,\nObrigado pela sua reserva.", "Obrigado", "LOCATION", True),        # a sentence's first word
    ("Bitte ab diesem Zeitpunkt keine Beiträge mehr.", "Zeitpunkt", "LOCATION", True),  # after another language's article
    ('"Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0"', "Gecko", "LOCATION", True),
    ("We moved to Porto last year.", "Porto", "LOCATION", False),
    # the price: a real place opening a sentence goes too (on `harbor`: none such among
    # the ~100 sentence-opening words the model called a person or a place)
    ("Obrigado! Porto is lovely.", "Porto", "LOCATION", True),
])
def test_context_veto(text, word, entity, vetoed):
    start = text.index(word)
    assert ner_spans.context_veto(text, start, start + len(word), entity) is vetoed


def _model(ner, text: str) -> set[tuple[str, str]]:
    return {(text[s:e], ent) for s, e, ent, _ in ner.find([text])[0]}


def _proposes(ner, text: str, word: str) -> bool:
    return any(e.text == word for e in ner.nlp(N._tame(text)).ents)


@pytest.mark.parametrize("text,word", [
    (FORM, "Kurtaxe"),
    # (a word opening the whole text or following `.\n` was dropped before this pass too)
    ("Notes:\n  Meter point reference changed.", "Meter"),
    ("Ref 55\n\tMeter point reference changed for the flat.", "Meter"),
])
def test_model_drops_labels_and_sentence_openers(ner, text, word):
    if not _proposes(ner, text, word):
        pytest.skip(f"the installed model does not propose {word!r} here")
    assert not any(t == word for t, _ in _model(ner, text))


def test_model_keeps_form_values_and_chat_speakers(ner):
    assert ("Lena Vogt", "PERSON") in _model(ner, FORM)
    assert ("Elizabeth", "PERSON") in _model(ner, "Elizabeth: can someone rotate this key?")
    assert ("Elizabeth", "PERSON") in _model(ner, CHAT)
    assert ("Marco Bellini", "PERSON") in _model(ner, "Nuovo intestatario: Marco Bellini")
    assert ("Davis", "PERSON") in _model(ner, "Dr. Davis called back.")


def test_model_keeps_speakers_of_a_three_person_chat(ner):
    text = "Elizabeth: can someone rotate this key?\nMarcus: on it, give me five\nPriya: thanks both"
    assert ("Elizabeth", "PERSON") in _model(ner, text)


@pytest.mark.parametrize("span,ok", [
    ("Regards, Harald", False),   # a sign-off word with its comma is still a sign-off word
    ("Thanks, Anna", False),
    ("Castro, Jeffrey", True),
])
def test_person_in_text_reads_words_without_their_comma(span, ok):
    from pii_audit.detection.validators import person_in_text
    assert person_in_text(span) is ok
