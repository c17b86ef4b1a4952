"""The selection in the URL: stable, language-independent codes.

    ?ca=KAZ,UZB&partner=EU,DEU&from=2023&to=2025&q=tungsten&lang=de

Repeated keys (``ca=KAZ&ca=UZB``) work as well as comma-separated values, and codes in any
case (``ca=kaz``, ``status=SIGNED``). Anything that makes no sense is dropped and reported as a
``Notice``, and so is a year outside the data, which is moved to the nearest year the data has;
decoding never raises. Tracking parameters that sites and mail tools append to links
(``utm_source``, ``fbclid``, ``gclid``, …) are ignored without a notice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from tracker.language.i18n import DEFAULT_LANGUAGE, LANGUAGES
from tracker.selection.filters import CODE_FILTERS, Options, Selection, default_selection
from tracker.selection.search import clean_query

YEAR_KEYS = ("from", "to")
# Keys the app reads besides the filters; they are left alone by the filter decoder.
PAGE_KEYS = ("id", "code", "with")  # what a page's own link holds beside the selection: a record; a profile
VIEW_KEYS = ("lang", "present", *PAGE_KEYS)
QUERY_KEY = "q"  # the free-text search
KNOWN_KEYS = frozenset(YEAR_KEYS + CODE_FILTERS + VIEW_KEYS + (QUERY_KEY,))
# Added to links by analytics, ad and mail tools; they say nothing about the selection.
TRACKING_PREFIXES = ("utm_",)
TRACKING_KEYS = frozenset((
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "igshid",
    "li_fat_id", "srsltid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "ref", "ref_src",
))

MAX_VALUE_LENGTH = 300  # longer values are ignored whole
MAX_VALUES_PER_KEY = 50  # more repeated values than that are ignored whole
MAX_SHOWN = 24  # how much of a bad value a notice repeats


@dataclass(frozen=True)
class Notice:
    """Something in the URL that was ignored or changed. kind: unknown_key, unknown_code, bad_year,
    year_clamped (``used`` is the year used instead), reversed_range, too_long, bad_language."""

    kind: str
    key: str
    value: str = ""
    used: str = ""


def is_tracking_key(key: str) -> bool:
    key = key.lower()
    return key in TRACKING_KEYS or key.startswith(TRACKING_PREFIXES)


def _short(text: str) -> str:
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "…"


def _values(raw: Iterable[str] | str | None) -> list[str]:
    if raw is None:
        return []
    if isinstance(raw, str):
        raw = [raw]
    return [str(v) for v in raw]


def _codes(key: str, values: list[str], allowed: tuple[str, ...], notices: list[Notice]) -> tuple[str, ...]:
    """The codes a key names, in the options' order, whatever their case; unknown ones noticed."""
    by_lower_case = {c.lower(): c for c in allowed}
    chosen: set[str] = set()
    for code in (part.strip() for value in values for part in value.split(",")):
        if not code:
            continue
        # ASCII only: "\u212aAZ".lower() is "kaz" (Kelvin sign), which no link means
        normalised = by_lower_case.get(code.lower()) if code.isascii() else None
        if normalised:
            chosen.add(normalised)
        else:
            notices.append(Notice("unknown_code", key, _short(code)))
    return tuple(c for c in allowed if c in chosen)


def _year(key: str, values: list[str], options: Options, notices: list[Notice]) -> int | None:
    """The last year given for key, clamped to the data's years (and noticed when it was)."""
    value = values[-1].strip()
    if len(value) > MAX_VALUE_LENGTH:
        notices.append(Notice("too_long", key))
        return None
    if not (value.isascii() and value.isdigit() and len(value) == 4):
        notices.append(Notice("bad_year", key, _short(value)))
        return None
    year = min(max(int(value), options.year_min), options.year_max)
    if year != int(value):
        notices.append(Notice("year_clamped", key, value, str(year)))
    return year


def decode(params: Mapping[str, Iterable[str] | str], options: Options) -> tuple[Selection, list[Notice]]:
    """A query string's values (each key to all its values) to a valid Selection and notices."""
    notices: list[Notice] = [Notice("unknown_key", _short(str(key))) for key in params
                             if key not in KNOWN_KEYS and not is_tracking_key(str(key))]
    selection = default_selection(options)
    for key in CODE_FILTERS:
        values = _values(params.get(key))
        if not values:
            continue
        if len(values) > MAX_VALUES_PER_KEY or any(len(v) > MAX_VALUE_LENGTH for v in values):
            notices.append(Notice("too_long", key))
            continue
        allowed = options.codes(key)
        chosen = _codes(key, values, allowed, notices)
        if chosen and len(chosen) < len(allowed):
            selection = selection.with_codes(key, chosen)

    years = {key: _year(key, values, options, notices) for key in YEAR_KEYS if (values := _values(params.get(key)))}
    queries = _values(params.get(QUERY_KEY))
    if queries:
        if len(queries[-1]) > MAX_VALUE_LENGTH:
            notices.append(Notice("too_long", QUERY_KEY))
        else:
            selection = replace(selection, query=clean_query(queries[-1]))
    year_from = years.get("from") or options.year_min
    year_to = years.get("to") or options.year_max
    if year_from > year_to:
        notices.append(Notice("reversed_range", "from", f"{year_from}–{year_to}"))
    else:
        selection = replace(selection, year_from=year_from, year_to=year_to)
    return selection, notices


def encode(selection: Selection, options: Options) -> dict[str, str]:
    """The query parameters for a selection; defaults are left out so links stay short."""
    params: dict[str, str] = {}
    if selection.year_from != options.year_min:
        params["from"] = str(selection.year_from)
    if selection.year_to != options.year_max:
        params["to"] = str(selection.year_to)
    for key in CODE_FILTERS:
        codes = selection.codes(key)
        if codes and len(codes) < len(options.codes(key)):
            params[key] = ",".join(codes)
    if selection.query:
        params[QUERY_KEY] = selection.query
    return params


def decode_language(params: Mapping[str, Iterable[str] | str]) -> tuple[str, list[Notice]]:
    values = _values(params.get("lang"))
    if not values:
        return DEFAULT_LANGUAGE, []
    value = values[-1].strip().lower()
    if value in LANGUAGES:
        return value, []
    return DEFAULT_LANGUAGE, [Notice("bad_language", "lang", _short(values[-1]))]


def decode_flag(params: Mapping[str, Iterable[str] | str], key: str) -> bool:
    values = _values(params.get(key))
    return bool(values) and values[-1].strip().lower() in ("1", "true", "yes", "on")
