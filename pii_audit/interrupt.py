"""Ctrl-C (SIGINT) and SIGTERM as a flag that the scan checks between batches.

The signal handler also raises at once, but an exception raised at an arbitrary point can
be swallowed (inside a fork handler or a __del__, Python only prints "Exception ignored");
the flag makes sure the scan still stops at its next batch and is never reported as done.
"""
from __future__ import annotations

_requested: BaseException | None = None


def request(exc: BaseException) -> bool:
    """Record a stop request; False when one was already recorded."""
    global _requested
    first = _requested is None
    if first:
        _requested = exc
    return first


def requested() -> BaseException | None:
    """The stop request recorded, if any."""
    return _requested


def check() -> None:
    """Raise the recorded stop request, if any."""
    if _requested is not None:
        raise _requested.__class__(*_requested.args)
