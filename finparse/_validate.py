"""Checks of the options users pass, shared by every entry point.

Each returns the normalised value or raises :class:`ValueError` naming the
offending value (a :class:`TypeError` for text that is not a ``str`` lives
in :func:`finparse.core.check_text`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

__all__ = [
    "check_extra_entities",
    "check_fiscal_year_start",
    "check_mapping",
    "check_ref_date",
    "check_timeout",
]


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
        # Exactly YYYY-MM-DD: Python 3.11 also reads "20250927" and other ISO
        # forms that 3.10 rejects, and the result must not depend on that.
        if len(ref_date) == 10 and ref_date[4] == ref_date[7] == "-" and ref_date.isascii():
            try:
                return dt.date.fromisoformat(ref_date)
            except ValueError:
                pass
        raise ValueError(f"ref_date must be a date or YYYY-MM-DD, got {ref_date!r}")
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


def check_mapping(value: object, name: str, what: str) -> dict[str, object]:
    """``value`` as a dict whose keys are non-empty strings (``None`` is empty).

    ``what`` says what the mapping holds, for the message.

    >>> check_mapping({"$": "CAD"}, "currency_defaults", "{form: ISO code}")
    {'$': 'CAD'}
    >>> check_mapping("USD", "currency_defaults", "{form: ISO code}")
    Traceback (most recent call last):
      ...
    ValueError: currency_defaults must be a mapping {form: ISO code}, got 'USD'
    >>> check_mapping({5: "USD"}, "currency_defaults", "{form: ISO code}")
    Traceback (most recent call last):
      ...
    ValueError: currency_defaults: a form must be a non-empty str, got 5
    """
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ValueError(f"{name} must be a mapping {what}, got {value!r}")
    for key in value:
        if not isinstance(key, str) or not key.strip():
            raise ValueError(f"{name}: a form must be a non-empty str, got {key!r}")
    return dict(value)


def check_extra_entities(value: object) -> tuple[str | tuple[str, str], ...]:
    """Names as written, each a ``str`` or a ``(name, kind)`` pair of strings.

    A single ``str`` is one name (not its characters). Kinds are checked
    where they are read (:func:`finparse.entities.normalise_extra_entities`).

    >>> check_extra_entities("Acme Corp")
    ('Acme Corp',)
    >>> check_extra_entities([("Orbis", "org"), 5])
    Traceback (most recent call last):
      ...
    ValueError: extra_entities must hold names (str) or (name, kind) pairs of str, got 5
    """
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, (bytes, bytearray, Mapping)) or not hasattr(value, "__iter__"):
        raise ValueError(f"extra_entities must be an iterable of names, got {value!r}")
    out: list[str | tuple[str, str]] = []
    for item in value:
        if isinstance(item, str):
            out.append(item)
        elif (isinstance(item, (tuple, list)) and len(item) == 2
              and isinstance(item[0], str) and isinstance(item[1], str)):
            out.append((item[0], item[1]))
        else:
            raise ValueError(
                f"extra_entities must hold names (str) or (name, kind) pairs of str, got {item!r}"
            )
    return tuple(out)
