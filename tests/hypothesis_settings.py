"""The Hypothesis settings every property test of finparse uses.

Each module names its full number of examples (by how costly its examples
are). The quick suite, plain ``pytest``, tries a tenth of it (at least 10),
so that every property still runs, each with its ``@example`` cases;
``FINPARSE_EXAMPLES=full`` tries the full number (CI does), and
``FINPARSE_EXAMPLES=N`` tries N. There is no deadline,
since a first call compiles grammars, and slow generation is not a failure.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

#: The share of each module's full number of examples that the quick suite tries.
QUICK_SHARE = 10


def examples(full: int, setting: str | None = None) -> int:
    """How many examples a property tries, given its module's ``full`` number.

    ``setting`` is the value of ``FINPARSE_EXAMPLES`` (read from the
    environment when omitted).

    >>> examples(400, ""), examples(400, "full"), examples(400, "7"), examples(20, "")
    (40, 400, 7, 10)
    """
    if setting is None:
        setting = os.environ.get("FINPARSE_EXAMPLES", "")
    if setting == "full":
        return full
    if setting:
        try:
            return max(1, int(setting))
        except ValueError:
            raise ValueError(f"FINPARSE_EXAMPLES must be 'full' or a number, got {setting!r}") from None
    return max(10, full // QUICK_SHARE)


def property_settings(full_examples: int, *also_suppressed: HealthCheck) -> settings:
    """Settings trying :func:`examples` of ``full_examples``, with no deadline."""
    return settings(
        max_examples=examples(full_examples),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, *also_suppressed],
    )
