"""Seeded, vectorised generators for the benchmarks: a wide customer export and message
bodies with labelled PII spans. Values are unique per row where real ones would be
(emails, phones, cards, IBANs, SSNs, IPs), so per-batch deduplication gets no free win.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

SEED = 8
LOCALES = ("en_US", "en_GB", "de_DE", "es_ES", "fr_FR")
DOMAINS = ("gmail.com", "yahoo.co.uk", "web.de", "outlook.com", "hotmail.fr", "example.org", "gmx.de", "proton.me", "icloud.com", "telefonica.es")
US_AREAS = (201, 202, 203, 205, 206, 207, 208, 209, 210, 212, 213, 214, 215, 216, 217, 218, 219, 224, 225, 228, 229, 231, 234, 239, 240, 248, 251, 252, 253, 254, 256, 260, 262, 267, 269, 270, 276, 281, 301, 302, 303, 304, 305, 307, 308, 309, 310, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 323, 325, 330, 331, 334, 336, 337, 339, 347, 351, 352, 360, 361, 385, 386, 401, 402, 404, 405, 406, 407, 408, 409, 410, 412, 413, 414, 415, 417, 419, 423, 424, 425, 430, 432, 434, 435, 440, 443, 469, 470, 475, 478, 479, 480, 484, 501, 502, 503, 504, 505, 507, 508, 509, 510, 512, 513, 515, 516, 517, 518, 520, 530, 540, 541, 551, 559, 561, 562, 563, 567, 570, 571, 573, 574, 575, 580, 585, 586, 601, 602, 603, 605, 606, 607, 608, 609, 610, 612, 614, 615, 616, 617, 618, 619, 620, 623, 626, 630, 631, 636, 641, 646, 650, 651, 660, 661, 662, 678, 682, 701, 702, 703, 704, 706, 707, 708, 712, 713, 714, 715, 716, 717, 718, 719, 720, 724, 727, 731, 732, 734, 740, 754, 757, 760, 762, 763, 765, 770, 772, 773, 774, 775, 781, 785, 786, 801, 802, 803, 804, 805, 806, 808, 810, 812, 813, 814, 815, 816, 817, 818, 828, 830, 831, 832, 843, 845, 847, 848, 850, 856, 857, 858, 859, 860, 862, 863, 864, 865, 870, 878, 901, 903, 904, 906, 907, 908, 909, 910, 912, 913, 914, 915, 916, 917, 918, 919, 920, 925, 928, 931, 936, 937, 940, 941, 947, 949, 951, 952, 954, 956, 970, 971, 972, 973, 978, 979, 980, 985, 989)
PLANS = ("free", "starter", "pro", "business", "enterprise")
B64 = np.frombuffer(b"./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", dtype=np.uint8)


@dataclass
class Pools:
    first: list[str]
    last: list[str]
    streets: list[str]
    cities: list[str]
    countries: list[str]


def pools(seed: int = SEED, size: int = 1500) -> Pools:
    from faker import Faker

    first, last, streets, cities, countries = [], [], [], [], []
    for i, loc in enumerate(LOCALES):
        fk = Faker(loc)
        fk.seed_instance(seed + i)
        first += [fk.first_name() for _ in range(size)]
        last += [fk.last_name() for _ in range(size)]
        streets += [fk.street_name() for _ in range(size // 3)]
        cities += [fk.city() for _ in range(size // 5)]
        countries += [loc.split("_")[1]] * (size // 5)
    return Pools(first, last, streets, cities, countries)


def _digits(rng: np.random.Generator, n: int, k: int) -> np.ndarray:
    return rng.integers(0, 10, size=(n, k), dtype=np.int64)


def _digit_strings(mat: np.ndarray) -> pa.Array:
    n, k = mat.shape
    raw = (mat + 48).astype(np.uint8).tobytes()
    return pa.Array.from_buffers(pa.binary(k), n, [None, pa.py_buffer(raw)]).cast(pa.string())


def _num(x: np.ndarray, width: int = 0) -> pa.Array:
    s = pa.array(x).cast(pa.string())
    return pc.utf8_lpad(s, width, padding="0") if width else s


def _join(*parts, sep: str = "") -> pa.Array:
    arrays = [p if isinstance(p, (pa.Array, pa.ChunkedArray)) else pa.scalar(p) for p in parts]
    return pc.binary_join_element_wise(*arrays, sep)


def _pick(rng: np.random.Generator, pool: list[str], n: int) -> pa.Array:
    return pc.take(pa.array(pool, pa.string()), pa.array(rng.integers(0, len(pool), n)))


def luhn_cards(rng: np.random.Generator, n: int) -> pa.Array:
    body = _digits(rng, n, 15)
    body[:, 0] = rng.choice([4, 5], size=n)
    # Luhn: double every second digit from the right of the final 16-digit number.
    dbl = body[:, ::-1][:, ::2] * 2
    dbl = np.where(dbl > 9, dbl - 9, dbl)
    total = dbl.sum(axis=1) + body[:, ::-1][:, 1::2].sum(axis=1)
    check = (10 - total % 10) % 10
    full = np.concatenate([body, check[:, None]], axis=1)
    s = _digit_strings(full)
    spaced = _join(*(pc.utf8_slice_codeunits(s, i, i + 4) for i in range(0, 16, 4)), sep=" ")
    return pc.if_else(pa.array(rng.random(n) < 0.5), spaced, s)


def de_ibans(rng: np.random.Generator, n: int) -> pa.Array:
    bban = _digits(rng, n, 18)
    tail = np.array([1, 3, 1, 4, 0, 0])  # "DE" -> 1314, then "00"
    r = np.zeros(n, dtype=np.int64)
    for col in list(bban.T) + [np.full(n, d) for d in tail]:
        r = (r * 10 + col) % 97
    check = 98 - r
    return _join("DE", _num(check, 2), _digit_strings(bban))


def ssns(rng: np.random.Generator, n: int) -> pa.Array:
    area = rng.integers(1, 666, n)
    return _join(_num(area, 3), _num(rng.integers(1, 100, n), 2), _num(rng.integers(1, 10000, n), 4), sep="-")


def phones(rng: np.random.Generator, n: int) -> pa.Array:
    us = _join("+1 (", _num(rng.choice(US_AREAS, n)), ") ", _num(rng.integers(200, 1000, n)), "-", _num(rng.integers(0, 10000, n), 4))
    gb = _join("+44 79", _num(rng.integers(0, 100, n), 2), " ", _num(rng.integers(0, 1000000, n), 6))
    de = _join("+49 151 ", _num(rng.integers(0, 100000000, n), 8))
    which = rng.integers(0, 3, n)
    return pc.case_when(pc.make_struct(pa.array(which == 0), pa.array(which == 1)), us, gb, de)


def ipv4(rng: np.random.Generator, n: int) -> pa.Array:
    octs = [_num(rng.integers(lo, 255, n)) for lo in (11, 0, 0, 1)]
    return _join(*octs, sep=".")


def bcrypt_hashes(rng: np.random.Generator, n: int) -> pa.Array:
    chars = B64[rng.integers(0, len(B64), size=(n, 53))]
    body = pa.Array.from_buffers(pa.binary(53), n, [None, pa.py_buffer(chars.tobytes())]).cast(pa.string())
    return _join("$2b$12$", body)


def _days(rng: np.random.Generator, n: int, start: str, end: str) -> np.ndarray:
    lo, hi = np.datetime64(start, "s").astype(np.int64), np.datetime64(end, "s").astype(np.int64)
    return rng.integers(lo, hi, n)


def customers_table(rng: np.random.Generator, p: Pools, first_id: int, n: int) -> pa.Table:
    first, last = _pick(rng, p.first, n), _pick(rng, p.last, n)
    ascii_ = lambda a: pc.replace_substring_regex(pc.utf8_lower(a), r"[^a-z]", "")  # noqa: E731
    email = _join(ascii_(first), ".", ascii_(last), _num(rng.integers(1, 1000, n)), "@", _pick(rng, list(DOMAINS), n))
    city_idx = pa.array(rng.integers(0, len(p.cities), n))
    signup = pa.array(_days(rng, n, "2014-01-01", "2026-11-01"), pa.timestamp("s"))
    dob = pa.array(_days(rng, n, "1940-01-01", "2006-01-01"), pa.timestamp("s"))
    card = luhn_cards(rng, n)
    masked = _join("**** **** **** ", pc.utf8_slice_codeunits(card, -4))
    cols = {
        "customer_id": pa.array(np.arange(first_id, first_id + n)),
        "full_name": _join(first, last, sep=" "),
        "email": email,
        "phone": phones(rng, n),
        "street_address": _join(_num(rng.integers(1, 400, n)), _pick(rng, p.streets, n), sep=" "),
        "city": pc.take(pa.array(p.cities), city_idx),
        "postcode": _num(rng.integers(1000, 99999, n), 5),
        "country": pc.take(pa.array(p.countries), city_idx),
        "date_of_birth": pc.strftime(dob, format="%Y-%m-%d"),
        "signup_at": pc.strftime(signup, format="%Y-%m-%d %H:%M:%S"),
        "last_login_ip": ipv4(rng, n),
        "card_number": pc.if_else(pa.array(rng.random(n) < 0.3), masked, card),
        "ssn": ssns(rng, n),
        "iban": de_ibans(rng, n),
        "plan": _pick(rng, list(PLANS), n),
        "monthly_amount": pc.round(pa.array(rng.gamma(2.0, 20.0, n)), 2),
        "password_hash": bcrypt_hashes(rng, n),
    }
    # ~2% empty cells in optional fields, as real exports have
    for name in ("phone", "street_address", "date_of_birth", "iban"):
        cols[name] = pc.if_else(pa.array(rng.random(n) < 0.02), pa.scalar(None, pa.string()), cols[name])
    return pa.table(cols)


def write_customers_csv(path: Path, target_bytes: int, seed: int = SEED, chunk: int = 50_000) -> int:
    """Write chunks until the file reaches target_bytes; returns the row count."""
    rng = np.random.default_rng(seed)
    p = pools(seed)
    rows = 0
    n = max(1000, min(chunk, target_bytes // 300))  # ~300 bytes a row; corrected after each chunk
    with pacsv.CSVWriter(str(path), customers_table(rng, p, 1, 1).schema) as w:
        while path.stat().st_size < target_bytes:
            w.write_table(customers_table(rng, p, rows + 1, n))
            rows += n
            size = path.stat().st_size
            n = max(1000, min(chunk, int((target_bytes - size) / (size / rows))))  # stop near the target
    return rows


# -- free text with labelled spans --------------------------------------------------

TEMPLATES = (
    "Hi {PERSON}, your appointment is confirmed for Tuesday at 3pm. Reply STOP to opt out.",
    "Please call {PERSON} back on {PHONE_NUMBER} about the invoice.",
    "Thanks for your order! We'll ship it to {STREET_ADDRESS} within two days.",
    "Can you send the contract to {EMAIL_ADDRESS}? {PERSON} is waiting for it.",
    "Your verification code is 482913. Do not share it with anyone.",
    "Meeting moved to Thursday, see you at the office in {LOCATION}.",
    "I paid with card {CREDIT_CARD} but the charge shows twice, please refund.",
    "Reminder: your plan renews next week. Questions? Just reply to this message.",
    "{PERSON} asked us to update the number to {PHONE_NUMBER}, done.",
    "The package was left with a neighbour at {STREET_ADDRESS}.",
    "Great talking today! Let me know if the new schedule works for the team.",
    "Hey, it's {PERSON} from {LOCATION}, text me at {PHONE_NUMBER} when you land.",
    "Our office will be closed on Monday for the holiday. Happy weekend!",
    "Sent the slides to {EMAIL_ADDRESS}, cc {PERSON}.",
)


def messages(n: int, seed: int = SEED, p: Pools | None = None) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """n message bodies, each with its PII spans (start, end, entity)."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    p = p or pools(seed)
    ph = phones(nrng, n).to_pylist()
    cards = luhn_cards(nrng, n).to_pylist()
    out = []
    for i in range(n):
        tpl = TEMPLATES[rng.randrange(len(TEMPLATES))]
        first, last = rng.choice(p.first), rng.choice(p.last)
        values = {
            "PERSON": f"{first} {last}" if rng.random() < 0.7 else first,
            "PHONE_NUMBER": ph[i],
            "EMAIL_ADDRESS": f"{first.lower()}.{rng.randrange(100, 999)}@{rng.choice(DOMAINS)}",
            "STREET_ADDRESS": f"{rng.randrange(1, 300)} {rng.choice(p.streets)}",
            "LOCATION": rng.choice(p.cities),
            "CREDIT_CARD": cards[i],
        }
        text, spans, pos = [], [], 0
        rest = tpl
        while "{" in rest:
            pre, _, tail = rest.partition("{")
            ent, _, rest = tail.partition("}")
            text.append(pre)
            pos += len(pre)
            val = values[ent]
            spans.append((pos, pos + len(val), ent))
            text.append(val)
            pos += len(val)
        text.append(rest)
        out.append(("".join(text), spans))
    return out
