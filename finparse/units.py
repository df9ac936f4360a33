"""The bridge to pint, created on first use (pint is slow to import).

finparse keeps its own :class:`pint.UnitRegistry` with Decimal magnitudes
and one dimension per currency (``USD`` is ``[currency_USD]``), so that
amounts in different currencies never convert into each other by accident.

>>> from decimal import Decimal
>>> from finparse.units import money_quantity, registry
>>> q = money_quantity(Decimal("16300000"), "USD")
>>> str(q.dimensionality)
'[currency_USD]'
>>> (q + money_quantity(Decimal("1"), "USD")).magnitude
Decimal('16300001')
"""

from __future__ import annotations

import threading
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pint

__all__ = ["UNKNOWN_CURRENCY", "money_quantity", "percent_quantity", "registry"]

#: The unit used for an amount whose currency is unknown.
UNKNOWN_CURRENCY = "XXX"

_lock = threading.Lock()
_registry: list[pint.UnitRegistry[Any]] = []


def registry() -> pint.UnitRegistry[Any]:
    """finparse's pint registry (created once, on the first call).

    It has pint's default units plus every ISO 4217 currency code as a unit
    of its own dimension, and :class:`~decimal.Decimal` magnitudes.
    """
    if _registry:
        return _registry[0]
    with _lock:
        if not _registry:
            import pint

            from finparse.currencies import currencies

            ureg: pint.UnitRegistry[Any] = pint.UnitRegistry(non_int_type=Decimal)
            for code in [*currencies(), UNKNOWN_CURRENCY]:
                ureg.define(f"{code} = [currency_{code}]")
            # A percentage point is the difference of two percentages: a
            # dimensionless hundredth, like the percent, but its own unit.
            ureg.define("percentage_point = 0.01 = pp")
            ureg.define("basis_point = 0.0001 = bp")
            _registry.append(ureg)
    return _registry[0]


def money_quantity(amount: Decimal, currency: str | None) -> pint.Quantity[Decimal]:
    """``amount`` in ``currency`` (``None`` means unknown: unit ``XXX``)."""
    ureg = registry()
    return ureg.Quantity(amount, currency or UNKNOWN_CURRENCY)


def percent_quantity(value: Decimal, unit: str) -> pint.Quantity[Decimal]:
    """``value`` in ``unit`` (``"percent"``, ``"percentage_point"`` or ``"basis_point"``).

    >>> from decimal import Decimal
    >>> from finparse.units import percent_quantity
    >>> percent_quantity(Decimal(50), "basis_point").to("percent").magnitude
    Decimal('0.50')
    """
    return registry().Quantity(value, unit)
