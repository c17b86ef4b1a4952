"""Looks up the interface's strings and the display names of codes in the current language.

Every interface string lives in one catalog per language, ``tracker/language/locales/<code>.py``.
A catalog entry is a string with {placeholders}, or a dict of plural forms ("one", "other", and
whichever others the language's plural rules use, e.g. "few" and "many"), of which ``t`` picks the
one that Babel's plural rules give for the ``count`` value (or ``n`` when there is no ``count``).
Whole numbers filled into a string are written with the language's group symbol (1,234 / 1.234).

Adding a language: a new ``locales/<code>.py`` and its code in ``LANGUAGES``.
"""

from __future__ import annotations

import importlib
import numbers
from functools import cache, lru_cache

import pandas as pd
from babel import Locale
from babel.numbers import format_decimal

from tracker.dataset.schema import CA_CODES, FILES

LANGUAGES = ("en", "de", "ru")  # in the order the language switch shows them
DEFAULT_LANGUAGE = "en"  # the language of the data contract; every other one falls back to it
CATALOGS = {code: importlib.import_module(f"tracker.language.locales.{code}") for code in LANGUAGES}
STRINGS: dict[str, dict[str, str | dict[str, str]]] = {code: module.STRINGS for code, module in CATALOGS.items()}
# The locale whose long date form prose uses, where it is not the language's own ("3 April 2025" in English).
DATE_LOCALES = {code: getattr(module, "DATE_LOCALE", code) for code, module in CATALOGS.items()}
SEVERAL = "__several__"
_DATA_COLUMNS = frozenset(column.name for spec in FILES for column in spec.columns)


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


def plural_form(count: int, lang: str) -> str:
    """Babel's plural category of count in lang: "one", "other", and in some languages "few", "many"…"""
    return _locale(lang).plural_form(abs(count))


def plural_forms(lang: str) -> set[str]:
    """Every plural category lang uses ("other" included)."""
    return set(_locale(lang).plural_form.tags) | {"other"}


@lru_cache(maxsize=8192)
def format_count(count: int, lang: str) -> str:
    """A whole number with the language's group symbol: 1,234 in English, 1.234 in German. Kept per
    number and language: charts write thousands of small counts, and Babel takes 30 µs for each."""
    return format_decimal(count, locale=lang)


def entry_texts(entry: str | dict[str, str]) -> list[str]:
    """The texts of a catalog entry: the string itself, or each of its plural forms."""
    return list(entry.values()) if isinstance(entry, dict) else [entry]


def _is_count(value) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def t(key: str, lang: str, /, **values) -> str:
    """The string for key in lang, with {placeholders} filled in; of a plural entry, the form for
    ``count`` (or ``n``)."""
    entry = STRINGS[lang].get(key) or STRINGS[DEFAULT_LANGUAGE][key]
    if isinstance(entry, dict):
        count = values.get("count", values.get("n"))
        if not _is_count(count):
            raise TypeError(f"{key} has plural forms: give a whole number as count= or n=")
        entry = entry.get(plural_form(count, lang)) or entry["other"]
    if not values:
        return entry
    return entry.format(**{name: format_count(value, lang) if _is_count(value) else value
                           for name, value in values.items()})


def language_name(lang: str) -> str:
    """The language's own name for itself ("English", "Deutsch"), for the language switch."""
    return t("language.name", lang)


def date_locale(lang: str) -> str:
    return DATE_LOCALES.get(lang, lang)


def text_column(stem: str, lang: str) -> str:
    """The data column that holds a text in lang ("title_de"), or in English where the data contract
    has no column for lang ("title_en"; the English unit is the column "unit")."""
    for name in (f"{stem}_{lang}", f"{stem}_{DEFAULT_LANGUAGE}"):
        if name in _DATA_COLUMNS:
            return name
    return stem


class Labels:
    """Display names of every code (countries from countries.csv, the rest from the strings)."""

    def __init__(self, countries: pd.DataFrame, lang: str):
        self.lang = lang
        self._countries = dict(zip(countries["code"], countries[text_column("name", lang)], strict=True))
        self._capitals = dict(zip(countries["code"], countries[text_column("capital", lang)], strict=True))

    def column(self, stem: str) -> str:
        """The data column of a text in this language (see text_column)."""
        return text_column(stem, self.lang)

    def country(self, code: str) -> str:
        if code == SEVERAL:
            return t("several.ca", self.lang)
        if code.startswith("__"):  # a group of partners (tracker.views.colours)
            return t(f"group.{code.strip('_')}", self.lang)
        return self._countries.get(code, code)

    def capital(self, code: str) -> str:
        return self._capitals.get(code, code)

    def countries(self, codes) -> str:
        if len(codes) == len(CA_CODES) and set(codes) == set(CA_CODES):
            return t("several.all_ca", self.lang)
        return ", ".join(self.country(c) for c in codes)

    def code(self, kind: str, code: str) -> str:
        """kind: ca, partner, commodity, instrument, status, precision, fx_basis, exclusion."""
        if kind in ("ca", "partner"):
            return self.country(code)
        if code == SEVERAL:
            return t(f"several.{kind}", self.lang)
        key = f"{kind}.{code}"
        return t(key, self.lang) if key in STRINGS[self.lang] or key in STRINGS[DEFAULT_LANGUAGE] else code

    def codes(self, kind: str, codes) -> str:
        return ", ".join(self.code(kind, c) for c in codes)


def labels_for(countries: pd.DataFrame, lang: str) -> Labels:
    return Labels(countries, lang)
