"""Numbers as the person's locale writes them (QLocale's default, set with the language)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

__all__ = ["decimal", "number", "percent"]


def number(value: int) -> str:
    """A count with the locale's digit grouping (20,000)."""
    return QLocale().toString(int(value))


def decimal(value: float, digits: int = 2) -> str:
    """A measurement with `digits` decimals in the locale's notation."""
    return QLocale().toString(float(value), "f", digits)


def percent(share: float, digits: int = 0) -> str:
    """A share (0.953) as a percentage (95%) in the locale's notation."""
    return QLocale().toString(share * 100, "f", digits) + QLocale().percent()
