"""Looks up the interface's strings and the display names of codes in the current language."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from tracker.locales import de, en
from tracker.schema import CA_CODES

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


@lru_cache(maxsize=8)
def _labels_cached(countries_key: tuple, lang: str) -> Labels:
    codes, en_names, de_names, en_caps, de_caps = countries_key
    frame = pd.DataFrame({"code": codes, "name_en": en_names, "name_de": de_names,
                          "capital_en": en_caps, "capital_de": de_caps})
    return Labels(frame, lang)


def labels_for(countries: pd.DataFrame, lang: str) -> Labels:
    key = tuple(tuple(countries[c]) for c in ("code", "name_en", "name_de", "capital_en", "capital_de"))
    return _labels_cached(key, lang)
