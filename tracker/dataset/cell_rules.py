"""The rules a column's cells must pass, read from the column's entry in ``schema``.

A rule says what is expected (the message a curator reads) and judges one non-empty cell.
Empty cells pass every rule; whether a column may hold them is the column's ``required``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from tracker.dataset import schema
from tracker.dataset.schema import ColumnSpec

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PARTIAL_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
INTEGER = re.compile(r"^-?\d{1,9}$")
WEB_ADDRESS = re.compile(r"^https?://[^\s/?#]+[^\s]*$")
REFERENCE_FILES = {"sources": "sources.csv", "agreements": "agreements.csv", "countries": "countries.csv",
                   "ca_countries": "countries.csv", "partners": "countries.csv"}
REQUIRED = "a value is required"
KNOWN_VALUE = "a value from the column's vocabulary"
UNIQUE = "a value used only once in this column"


@dataclass(frozen=True)
class Rule:
    expected: str  # what a cell that breaks the rule should be
    passes: Callable[[str], bool]  # judges one non-empty cell
    # What is expected of one particular bad cell, where that depends on the cell (which of its items are unknown).
    explain: Callable[[str], str] | None = None

    def message(self, cell: str) -> str:
        return self.explain(cell) if self.explain else self.expected


def allowed_values(spec: ColumnSpec, refs: dict[str, frozenset[str] | None]) -> frozenset[str] | None:
    """The values a column may hold; None when they cannot be known (a referenced file is unreadable)."""
    if isinstance(spec.vocabulary, str):
        return refs.get(spec.vocabulary)
    return frozenset(spec.vocabulary) if spec.vocabulary is not None else None


def column_rules(spec: ColumnSpec, refs: dict[str, frozenset[str] | None], today: date) -> list[Rule]:
    """The rules a column's cells must pass, in order: a cell is held to a rule only once it passes
    the rules before it, so that each bad cell is reported once, for the first rule it breaks."""
    rules = _format_rules(spec, today)
    if spec.web_address:
        rules.append(Rule("a web address starting with http:// or https://, without spaces",
                          lambda c: bool(WEB_ADDRESS.fullmatch(c))))
    allowed = allowed_values(spec, refs)
    if allowed is not None:
        rules.append(_vocabulary(spec, allowed))
    return rules


def _format_rules(spec: ColumnSpec, today: date) -> list[Rule]:
    """What the column's kind asks of a cell's form (and, for dates and numbers, its range)."""
    rules: list[Rule] = []
    if spec.kind == "slug":
        rules.append(Rule("lower-case letters, digits and single hyphens only", lambda c: bool(SLUG.fullmatch(c))))
    if spec.kind == "date":
        rules.append(Rule("a real date written YYYY-MM-DD", _is_iso_date))
        if spec.not_future:
            latest = today.isoformat()
            rules.append(Rule("a date that is not in the future", lambda c: c <= latest))
    if spec.kind == "partial_date":
        rules.append(Rule("YYYY, YYYY-MM or YYYY-MM-DD", lambda c: bool(PARTIAL_DATE.fullmatch(c))))
    if spec.kind == "number":
        rules.append(Rule("a number written with a dot for decimals, no thousands separator", _is_number))
        if spec.minimum is not None or spec.maximum is not None:
            rules.append(_bounds(spec))
    if spec.kind == "integer":
        rules.append(Rule("a whole number", lambda c: bool(INTEGER.fullmatch(c))))
    if spec.kind == "text":
        rules.append(Rule(f"text of at most {spec.max_length} characters", lambda c: len(c) <= spec.max_length))
    return rules


def _bounds(spec: ColumnSpec) -> Rule:
    lo = -math.inf if spec.minimum is None else spec.minimum
    hi = math.inf if spec.maximum is None else spec.maximum
    expected = "a number that is not negative" if (lo, hi) == (0, math.inf) else f"a number from {lo:g} to {hi:g}"
    return Rule(expected, lambda c: lo <= float(c) <= hi)


def _vocabulary(spec: ColumnSpec, allowed: frozenset[str]) -> Rule:
    listed = spec.kind in ("codes", "slugs")

    def items(cell: str) -> list[str]:
        return schema.split_list(cell) if listed else [cell]

    def explain(cell: str) -> str:
        bad = ", ".join(item for item in items(cell) if item not in allowed) or cell
        if spec.vocabulary in ("sources", "agreements"):
            return f"unknown id {bad}; every id must exist in {REFERENCE_FILES[spec.vocabulary]}"
        shown = sorted(allowed)
        return f"unknown value {bad}; expected one of: " + ", ".join(shown[:30]) + (", …" if len(shown) > 30 else "")

    return Rule(KNOWN_VALUE, lambda c: all(item in allowed for item in items(c)), explain)


def _is_number(cell: str) -> bool:
    try:
        return math.isfinite(float(cell)) and "_" not in cell
    except ValueError:
        return False


def _is_iso_date(cell: str) -> bool:
    if not ISO_DATE.fullmatch(cell):
        return False
    try:
        date.fromisoformat(cell)
    except ValueError:
        return False
    return True
