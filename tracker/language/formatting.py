"""Numbers, money and dates written the way each language writes them (with Babel)."""

from __future__ import annotations

import decimal
import math
from datetime import date, datetime

import pandas as pd
from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton
from babel.numbers import format_decimal, get_currency_symbol

# Long dates, for prose and hovers: "20 June 2023", "June 2023", "2023".
DATE_PATTERNS = {
    "en": {"day": "d MMMM y", "month": "MMMM y", "year": "y"},
    "de": {"day": "d. MMMM y", "month": "MMMM y", "year": "y"},
}
# Short dates, for tables and exports: Babel's skeletons give each language its own form
# ("Sep 2023" / "Sept. 2023"); a date is never written more exactly than it is known.
SHORT_SKELETONS = {"day": "yMMMd", "month": "yMMM", "year": "y"}
ROUNDING = decimal.ROUND_HALF_UP  # one rounding for every figure shown: 2.25 → 2.3 everywhere


def rounded(value: float, decimals: int) -> decimal.Decimal:
    """The value rounded half up to ``decimals`` places, as every table, metric and chart shows it."""
    return decimal.Decimal(repr(float(value))).quantize(decimal.Decimal(1).scaleb(-decimals), rounding=ROUNDING)


def format_number(value: float, lang: str, decimals: int = 1) -> str:
    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return format_decimal(rounded(value, decimals), format=pattern, locale=lang, decimal_quantization=False)


def format_money(value_m: float | None, currency: str, lang: str) -> str:
    """An amount in millions: "€1,600 m" in English, "1.600 Mio. €" in German; "–" when none."""
    if value_m is None or (isinstance(value_m, float) and math.isnan(value_m)):
        return "–"
    symbol = get_currency_symbol(currency, locale=lang)
    number = format_number(value_m, lang)
    if lang == "de":
        return f"{number} Mio. {symbol}"
    return f"{symbol}{number} m"


def format_date(value: date | datetime | None, precision: str, lang: str, short: bool = False) -> str:
    """A date as exact as it is known: "3 April 2025", "April 2025" or "2025" (short: "Apr 3, 2025",
    "Apr 2025", "2025"); "" when there is none."""
    if value is None or pd.isna(value):
        return ""
    if hasattr(value, "date"):
        value = value.date()
    if short:
        return format_skeleton(SHORT_SKELETONS.get(precision, SHORT_SKELETONS["day"]), value, locale=lang)
    patterns = DATE_PATTERNS[lang]
    return babel_format_date(value, patterns.get(precision, patterns["day"]), locale=lang)


def format_dates(dates: pd.Series, precisions: pd.Series | str, lang: str, short: bool = True) -> list[str]:
    """format_date for a column of dates; each distinct date and precision is formatted once."""
    if isinstance(precisions, str):
        precisions = pd.Series(precisions, index=dates.index)
    pairs = list(zip(dates, precisions))
    done: dict = {}
    out = []
    for pair in pairs:
        key = (None if pd.isna(pair[0]) else pair[0], pair[1])
        if key not in done:
            done[key] = format_date(key[0], key[1], lang, short)
        out.append(done[key])
    return out


def iso_at_precision(value, precision: str) -> str:
    """A sortable date as exact as it is known: "2023-06-20", "2023-06" or "2023"."""
    if value is None or pd.isna(value):
        return ""
    text = value.strftime("%Y-%m-%d")
    return {"month": text[:7], "year": text[:4]}.get(precision, text)


def format_year_range(year_from: int, year_to: int) -> str:
    return str(year_from) if year_from == year_to else f"{year_from}–{year_to}"
