"""Numbers, money and dates written the way each language writes them (with Babel)."""

from __future__ import annotations

import decimal
import math
from datetime import date, datetime

import pandas as pd
from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton
from babel.numbers import format_decimal, get_currency_symbol, get_decimal_symbol, get_group_symbol

from tracker.language.i18n import date_locale, t

# Long dates, for prose and hovers: "20 June 2023", "June 2023", "2023" (Babel's long date form, and
# skeletons for the month and the year, in the language's date locale).
LONG_SKELETONS = {"month": "yMMMM", "year": "y"}
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
    return t("format.money_millions", lang, symbol=get_currency_symbol(currency, locale=lang),
             number=format_number(value_m, lang))


def plotly_separators(lang: str) -> str:
    """plotly's layout ``separators``: the language's decimal symbol, then its group symbol (".," / ",.")."""
    return get_decimal_symbol(lang) + get_group_symbol(lang)


def format_date(value: date | datetime | None, precision: str, lang: str, short: bool = False) -> str:
    """A date as exact as it is known: "3 April 2025", "April 2025" or "2025" (short: "Apr 3, 2025",
    "Apr 2025", "2025"); "" when there is none."""
    if value is None or pd.isna(value):
        return ""
    if hasattr(value, "date"):
        value = value.date()
    if short:
        return format_skeleton(SHORT_SKELETONS.get(precision, SHORT_SKELETONS["day"]), value, locale=lang)
    if precision in LONG_SKELETONS:
        return format_skeleton(LONG_SKELETONS[precision], value, locale=date_locale(lang))
    return babel_format_date(value, "long", locale=date_locale(lang))


def format_dates(dates: pd.Series, precisions: pd.Series | str, lang: str, short: bool = True) -> list[str]:
    """format_date for a column of dates; each distinct date and precision is formatted once."""
    if isinstance(precisions, str):
        precisions = pd.Series(precisions, index=dates.index)
    pairs = list(zip(dates, precisions, strict=True))
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


def format_period(start, end, lang: str) -> str:
    """A period of days ("3 April 2025 – 5 May 2026"); "" when it has no start."""
    if start is None or pd.isna(start):
        return ""
    return f"{format_date(start, 'day', lang)} – {format_date(end, 'day', lang)}"


def format_year_range(year_from: int, year_to: int) -> str:
    return str(year_from) if year_from == year_to else f"{year_from}–{year_to}"


TICK_STEPS = (1, 2, 3, 6, 12, 24, 60)  # months between two ticks of a date axis
DAY_STEPS = (1, 2, 7, 14)  # days between two ticks, for a range of a few weeks


def date_ticks(start, end, lang: str, most: int = 8) -> tuple[list[pd.Timestamp], list[str]]:
    """Ticks for a date axis from start to end, at most ``most`` of them, labelled by Babel in the
    language ("Oct 2024" / "Okt. 2024"; years alone when ticks are a year or more apart; days for a
    range of a few weeks), since plotly would write its own English month names."""
    start, end = pd.Timestamp(start).normalize(), pd.Timestamp(end)
    days = (end - start).days + 1
    if days / DAY_STEPS[-1] <= most:
        step = next(s for s in DAY_STEPS if days / s <= most)
        ticks = list(pd.date_range(start, end, freq=f"{step}D"))
        return ticks, [format_skeleton("yMMMd", day.date(), locale=lang) for day in ticks]
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    step = next((s for s in TICK_STEPS if months / s <= most), TICK_STEPS[-1])
    first = pd.Timestamp(year=start.year, month=1, day=1)
    ticks = [day for day in pd.date_range(first, end, freq=pd.DateOffset(months=step)) if day >= start]
    skeleton = "y" if step >= 12 else "yMMM"
    return ticks, [format_skeleton(skeleton, day.date(), locale=lang) for day in ticks]
