"""The Hypothesis settings every property test of finparse uses.

``FINPARSE_EXAMPLES=N`` sets how many examples each property tries (each
module has its own default, by how costly its examples are); there is no
deadline, since a first call compiles grammars, and slow generation is not a
failure.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings


def property_settings(default_examples: int, *also_suppressed: HealthCheck) -> settings:
    """Settings with ``default_examples`` examples unless FINPARSE_EXAMPLES says."""
    return settings(
        max_examples=int(os.environ.get("FINPARSE_EXAMPLES", str(default_examples))),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, *also_suppressed],
    )
