"""Numbers, money and dates written the way each language writes them (with Babel)."""

from __future__ import annotations

import math
from datetime import date, datetime

from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal, get_currency_symbol

DATE_PATTERNS = {
    "en": {"day": "d MMMM y", "month": "MMMM y", "year": "y"},
    "de": {"day": "d. MMMM y", "month": "MMMM y", "year": "y"},
}
SHORT_DATE_PATTERNS = {
    "en": {"day": "d MMM y", "month": "MMM y", "year": "y"},
    "de": {"day": "d. MMM y", "month": "MMM y", "year": "y"},
}


def format_number(value: float, lang: str, decimals: int = 1) -> str:
    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=lang)


def format_money(value_m: float | None, currency: str, lang: str) -> str:
    """An amount in millions: "€1,600 m" in English, "1.600 Mio. €" in German; "–" when none."""
    if value_m is None or (isinstance(value_m, float) and math.isnan(value_m)):
        return "–"
    symbol = get_currency_symbol(currency, locale=lang)
    number = format_number(value_m, lang)
    if lang == "de":
        return f"{number} Mio. {symbol}"
    return f"{symbol}{number} m"


def format_date(value: date | datetime, precision: str, lang: str, short: bool = False) -> str:
    """A date as exact as it is known: "3 April 2025", "April 2025" or "2025"."""
    patterns = (SHORT_DATE_PATTERNS if short else DATE_PATTERNS)[lang]
    if hasattr(value, "date"):
        value = value.date()
    return babel_format_date(value, patterns.get(precision, patterns["day"]), locale=lang)


def format_year_range(year_from: int, year_to: int) -> str:
    return str(year_from) if year_from == year_to else f"{year_from}–{year_to}"
