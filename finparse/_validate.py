"""Checks of the options users pass, shared by every entry point.

Each returns the normalised value or raises :class:`ValueError` naming the
offending value (a :class:`TypeError` for text that is not a ``str`` lives
in :func:`finparse.core._check_text`).
"""

from __future__ import annotations

import datetime as dt

__all__ = ["check_fiscal_year_start", "check_ref_date", "check_timeout"]


def check_ref_date(ref_date: object) -> dt.date | None:
    """A ``date``, a ``datetime`` (its date), an ISO ``YYYY-MM-DD`` string, or None.

    >>> check_ref_date("2025-09-27")
    datetime.date(2025, 9, 27)
    >>> check_ref_date(20250927)
    Traceback (most recent call last):
      ...
    ValueError: ref_date must be a datetime.date, a YYYY-MM-DD string or None, got 20250927
    """
    if ref_date is None:
        return None
    if isinstance(ref_date, dt.datetime):
        return ref_date.date()
    if isinstance(ref_date, dt.date):
        return ref_date
    if isinstance(ref_date, str):
        try:
            return dt.date.fromisoformat(ref_date)
        except ValueError:
            raise ValueError(f"ref_date must be a date or YYYY-MM-DD, got {ref_date!r}") from None
    raise ValueError(
        f"ref_date must be a datetime.date, a YYYY-MM-DD string or None, got {ref_date!r}"
    )


def check_fiscal_year_start(month: object) -> int:
    """A month number from 1 to 12.

    >>> check_fiscal_year_start(13)
    Traceback (most recent call last):
      ...
    ValueError: fiscal_year_start must be a month number from 1 to 12, got 13
    """
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValueError(f"fiscal_year_start must be a month number from 1 to 12, got {month!r}")
    return month


#: Timeouts from this many seconds up (about eleven days, and infinity) set
#: no bound: the regex module cannot represent them.
_NO_BOUND = 1e6


def check_timeout(timeout: object) -> float | None:
    """A positive number of seconds, or None (no bound).

    A timeout of ``1e6`` seconds or more, infinity included, means no bound.

    >>> check_timeout(0)
    Traceback (most recent call last):
      ...
    ValueError: timeout must be a positive number of seconds or None, got 0
    >>> check_timeout(float("inf")) is None
    True
    """
    if timeout is None:
        return None
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, (int, float))
        or not timeout > 0  # NaN too
    ):
        raise ValueError(f"timeout must be a positive number of seconds or None, got {timeout!r}")
    return None if timeout >= _NO_BOUND else float(timeout)
