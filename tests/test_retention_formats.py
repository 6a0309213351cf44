"""Every timestamp form the retention check reads: the exact UTC day of each value, and
exact overrun counts on files whose ages the test itself decides."""
from __future__ import annotations

import csv
import datetime as dt
import email.utils
import json
import random
from pathlib import Path

import pyarrow as pa
import pytest

from pii_audit.model import Batch
from pii_audit.policy.retention import FieldAges, TimestampTracker, count_older
from pii_audit.policy.timeparse import day_to_iso, parse_days
from pii_audit.rules import load_rules
from tests.policy_support import AS_OF, email as an_email, retention, scan

UTC = dt.timezone.utc


def day(s: str) -> int:
    return (dt.date.fromisoformat(s) - dt.date(1970, 1, 1)).days


# value -> the UTC day it dates
PARSE_CASES = [
    # ISO 8601 / RFC 3339, 'YYYY-MM-DD HH:MM:SS', JSON ISO with Z
    ("2020-10-10", "2020-10-10"),
    ("2020-10-10T13:55:36", "2020-10-10"),
    ("2020-10-10 13:55:36", "2020-10-10"),
    ("2020-10-10 13:55:36,123", "2020-10-10"),
    ("2020-10-10T13:55:36.123456Z", "2020-10-10"),
    ("2020-10-10T23:55:36-05:00", "2020-10-11"),  # offset moves the day to UTC
    ("2020-10-10T01:00:00+02:00", "2020-10-09"),
    ("2020-10-10 23:30:00 +0000", "2020-10-10"),
    ("2020-10-10 22:00:00 UTC", "2020-10-10"),
    ("2020-10-10T22:00:00+02", "2020-10-10"),
    ("2020-10-10T23:00:00.5-0130", "2020-10-11"),
    ("2020-10-10T00:30:00+05:30", "2020-10-09"),
    ("2020-10-10T12:00:00 -1100", "2020-10-10"),
    # epoch seconds / milliseconds / microseconds written as text
    ("1602338136", "2020-10-10"),
    ("1602338136123", "2020-10-10"),
    ("1602338136123456", "2020-10-10"),
    ("1602338136.25", "2020-10-10"),
    # Apache / nginx
    ("[10/Oct/2020:13:55:36 -0700]", "2020-10-10"),
    ("10/Oct/2020:23:55:36 -0700", "2020-10-11"),
    # RFC 2822 (email Date:), month names
    ("Sat, 10 Oct 2020 23:55:36 -0500", "2020-10-11"),
    ("10 Oct 2020", "2020-10-10"),
    ("10-Oct-2020", "2020-10-10"),
    ("Oct 10, 2020", "2020-10-10"),
    ("October 10, 2020 11:30 PM", "2020-10-10"),
    ("Sat Oct 10 13:55:36 2020", "2020-10-10"),  # ctime
    ("Sat Oct 10 2020 23:55:36 GMT-0700 (PDT)", "2020-10-11"),  # JavaScript Date
    ("10 Okt 2020", "2020-10-10"),  # German abbreviation
    # locale forms that cannot be misread
    ("2020/10/10 13:55", "2020-10-10"),
    ("10.10.2020", "2020-10-10"),
    ("1.2.2021 08:00", "2021-02-01"),  # dotted: always day first
    ("13/04/2021", "2021-04-13"),  # only day-first reads it
    ("04/13/2021", "2021-04-13"),  # only month-first reads it
    ("20201010", "2020-10-10"),
    ("20201010135536", "2020-10-10"),
]

NOT_DATES = ["hello", "2021-02-30", "2021-13-01", "123", "10.2.3.4", "99/99/2020", "", "  ", "Octember 10, 2020", "12345678"]


@pytest.mark.parametrize("value, expected", PARSE_CASES)
def test_each_form_gives_its_utc_day(value, expected):
    fa = FieldAges()
    fa.add(pa.array([value]), (1990, 2100))
    res = fa.resolve(AS_OF)
    assert res.days == {day(expected): 1}, (value, {day_to_iso(d): n for d, n in res.days.items()})


@pytest.mark.parametrize("value", NOT_DATES)
def test_non_dates_are_not_dated(value):
    fa = FieldAges()
    fa.add(pa.array([value]), (1990, 2100))
    assert fa.resolve(AS_OF).days == {}


def test_native_and_numeric_columns():
    moment = dt.datetime(2020, 10, 10, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))  # 04:30 UTC on the 11th
    cases = [
        (pa.array([moment], pa.timestamp("us", tz="America/New_York")), "2020-10-11"),
        (pa.array([moment.astimezone(UTC).replace(tzinfo=None)], pa.timestamp("ms")), "2020-10-11"),
        (pa.array([dt.date(2020, 10, 10)], pa.date32()), "2020-10-10"),
        (pa.array([dt.date(2020, 10, 10)], pa.date64()), "2020-10-10"),
        (pa.array([1602338136], pa.int64()), "2020-10-10"),  # epoch seconds
        (pa.array([1602338136123], pa.int64()), "2020-10-10"),  # epoch milliseconds
        (pa.array([1602338136.5], pa.float64()), "2020-10-10"),
        (pa.array([20201010], pa.int32()), "2020-10-10"),  # a date key
    ]
    for arr, expected in cases:
        assert parse_days(arr).days.to_pylist() == [day(expected)], arr.type


def test_epoch_outside_the_configured_years_is_not_a_date():
    assert parse_days(pa.array([5, 86400 * 365 * 5, 4102444800 + 10], pa.int64())).days.null_count == 3


def test_day_month_order_is_decided_per_field_from_unambiguous_values():
    # one value only day-first reads (25/12) decides the field; the others follow it
    fa = FieldAges()
    fa.add(pa.array(["03/04/2021", "05/06/2021", "25/12/2020"]), (1990, 2100))
    res = fa.resolve(AS_OF)
    assert res.order == "dmy"
    assert res.days == {day("2021-04-03"): 1, day("2021-06-05"): 1, day("2020-12-25"): 1}
    fa = FieldAges()
    fa.add(pa.array(["03/04/2021", "12/25/2020"]), (1990, 2100))
    assert fa.resolve(AS_OF).days == {day("2021-03-04"): 1, day("2020-12-25"): 1}


def test_day_month_order_that_cannot_be_told_is_not_guessed():
    fa = FieldAges()
    fa.add(pa.array(["03/04/2021", "05/06/2021"]), (1990, 2100))
    res = fa.resolve(AS_OF)
    assert res.days == {} and res.notes
    # unless the policy says which order the stores use
    assert fa.resolve(AS_OF, "mdy").days == {day("2021-03-04"): 1, day("2021-05-06"): 1}


def test_syslog_time_without_year_takes_the_latest_year_not_after_as_of():
    fa = FieldAges()
    fa.add(pa.array(["Nov 20 10:00:00", "Dec  1 10:00:00", "Feb 29 00:00:01"]), (1990, 2100))
    res = fa.resolve(AS_OF)  # as of 2026-11-25
    assert res.days == {day("2026-11-20"): 1, day("2025-12-01"): 1, day("2024-02-29"): 1}


def test_mixed_forms_in_one_field_each_read_on_its_own():
    arr = pa.array(["2020-10-10T00:00:00Z", "1602338136", "[11/Oct/2020:10:00:00 +0000]", None, "n/a"])
    fa = FieldAges()
    fa.add(arr, (1990, 2100))
    res = fa.resolve(AS_OF)
    assert res.days == {day("2020-10-10"): 2, day("2020-10-11"): 1}
    assert res.values == 4 and res.parsed == 3  # None is no value; 'n/a' is a value that is not a date


def test_tracker_merges_shards_exactly():
    rules = load_rules()
    values = [f"2020-01-{d:02d} 10:00:00" for d in range(1, 29)] * 3
    whole = TimestampTracker(rules)
    whole.update(Batch("t", pa.table({"created_at": values}), pa.array(range(1, len(values) + 1))))
    merged = TimestampTracker(rules)
    for i in range(0, len(values), 10):
        part = TimestampTracker(rules)
        chunk = values[i : i + 10]
        part.update(Batch("t", pa.table({"created_at": chunk}), pa.array(range(i + 1, i + 1 + len(chunk)))))
        merged.merge(part)
    a, b = whole.record_ages(AS_OF), merged.record_ages(AS_OF)
    assert a.field == b.field == "created_at" and a.ages.days == b.ages.days
    assert count_older(b.ages.days, dt.date(2020, 1, 20), 5) == (3 * 14, day("2020-01-01"))


# -- exact counts end to end, one file per form -----------------------------------------

# Record moments: spread over 12 years before AS_OF, never within 2 days of the cutoff, so
# the truth is exact in any time zone.
LIMIT = 2555  # Account
CUTOFF = dt.datetime.combine(AS_OF - dt.timedelta(days=LIMIT), dt.time(), UTC)


def _moments(seed: int, n: int = 60) -> list[dt.datetime]:
    rnd = random.Random(seed)
    out = []
    while len(out) < n:
        m = dt.datetime(2014, 12, 1, tzinfo=UTC) + dt.timedelta(seconds=rnd.randrange(0, 12 * 365 * 86400))
        if abs((m - CUTOFF).total_seconds()) > 2 * 86400 and m.date() < AS_OF:
            out.append(m)
    return out


def _offset(i: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=(-8, -5, 0, 2, 9)[i % 5]))


FORMATS = {
    "iso_t": lambda m, i: m.strftime("%Y-%m-%dT%H:%M:%S"),
    "iso_space": lambda m, i: m.strftime("%Y-%m-%d %H:%M:%S"),
    "json_iso_z": lambda m, i: m.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
    "iso_offset": lambda m, i: m.astimezone(_offset(i)).isoformat(),
    "epoch_s": lambda m, i: str(int(m.timestamp())),
    "epoch_ms": lambda m, i: str(int(m.timestamp() * 1000)),
    "apache": lambda m, i: m.astimezone(_offset(i)).strftime("[%d/%b/%Y:%H:%M:%S %z]"),
    "rfc2822": lambda m, i: email.utils.format_datetime(m.astimezone(_offset(i))),
    "d_mon_y": lambda m, i: m.strftime("%d %b %Y %H:%M"),
    "mon_d_y": lambda m, i: m.strftime("%b %d, %Y"),
    "ctime": lambda m, i: m.strftime("%a %b %d %H:%M:%S %Y"),
    "ymd_slash": lambda m, i: m.strftime("%Y/%m/%d %H:%M"),
    "dmy_dots": lambda m, i: m.strftime("%d.%m.%Y %H:%M"),
    "dmy_slash": lambda m, i: m.strftime("%d/%m/%Y"),
    "mdy_slash": lambda m, i: m.strftime("%m/%d/%Y"),
    "compact": lambda m, i: m.strftime("%Y%m%d"),
}


@pytest.fixture(scope="module")
def format_files(tmp_path_factory) -> tuple[Path, dict[str, tuple[int, str]]]:
    """One CSV per form: customers with emails, aged by `created_at`; truth per file."""
    root = tmp_path_factory.mktemp("formats")
    truth = {}
    for k, (name, fmt) in enumerate(FORMATS.items()):
        moments = _moments(k)
        with open(root / f"customers_{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "email", "created_at"])
            for i, m in enumerate(moments):
                w.writerow([i + 1, an_email(i), fmt(m, i)])
        older = sum(1 for m in moments if m < CUTOFF)
        truth[f"customers_{name}.csv"] = (older, min(moments).date().isoformat())
    return root, truth


@pytest.fixture(scope="module")
def format_report(format_files):
    root, _ = format_files
    return scan(root)


@pytest.mark.parametrize("name", list(FORMATS))
def test_exact_overrun_count_per_form(format_files, format_report, name):
    _, truth = format_files
    container = f"customers_{name}.csv"
    older, oldest = truth[container]
    assert older > 5
    f = retention(format_report)[container]
    assert f["category"] == "Account" and f["limit_days"] == LIMIT
    assert f["field"] == "created_at"
    assert (f["count"], f["oldest"]) == (older, oldest)
    assert f["severity"] == "high" and f["rule"] == "retention.Account"


def test_json_lines_with_iso_z_and_epoch_ms(tmp_path):
    moments = _moments(99, 40)
    path = tmp_path / "signup_events.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for i, m in enumerate(moments):
            fh.write(json.dumps({"event": {"at": int(m.timestamp() * 1000)}, "user": {"email": an_email(i)},
                                 "logged": m.strftime("%Y-%m-%dT%H:%M:%SZ")}) + "\n")
    rep = scan(path)
    f = retention(rep)["signup_events.jsonl"]
    # `event.at` (a time word) and `logged` both date the record; either gives the same count
    older = sum(1 for m in moments if m < dt.datetime.combine(AS_OF - dt.timedelta(days=f["limit_days"]), dt.time(), UTC))
    assert f["count"] == older and f["oldest"] == min(moments).date().isoformat()


def test_unhinted_field_of_timestamps_is_found_by_its_values(tmp_path):
    moments = _moments(7, 40)
    path = tmp_path / "customers.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["email", "x1"])
        for i, m in enumerate(moments):
            w.writerow([an_email(i), m.strftime("%Y-%m-%d %H:%M:%S")])
    f = retention(scan(path))["customers.csv"]
    assert f["field"] == "x1" and f["count"] == sum(1 for m in moments if m < CUTOFF)
