"""Looks up the interface's strings and the display names of codes in the current language."""

from __future__ import annotations

import pandas as pd

from tracker.language.locales import de, en
from tracker.dataset.schema import CA_CODES

STRINGS: dict[str, dict[str, str]] = {"en": en.STRINGS, "de": de.STRINGS}
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}
SEVERAL = "__several__"


def t(key: str, lang: str, /, **values) -> str:
    """The string for key in lang, with {placeholders} filled in."""
    text = STRINGS[lang].get(key) or STRINGS["en"][key]
    return text.format(**values) if values else text


class Labels:
    """Display names of every code (countries from countries.csv, the rest from the strings)."""

    def __init__(self, countries: pd.DataFrame, lang: str):
        self.lang = lang
        self._countries = dict(zip(countries["code"], countries[f"name_{lang}"]))
        self._capitals = dict(zip(countries["code"], countries[f"capital_{lang}"]))

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
        return STRINGS[self.lang].get(f"{kind}.{code}", code)

    def codes(self, kind: str, codes) -> str:
        return ", ".join(self.code(kind, c) for c in codes)


def labels_for(countries: pd.DataFrame, lang: str) -> Labels:
    return Labels(countries, lang)
