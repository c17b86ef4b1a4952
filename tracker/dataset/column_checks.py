"""Every cell of a file against its column's rules, with pandera.

Each rule of ``cell_rules`` becomes one pandera check carrying the rule's message; pandera runs
them all (lazily, collecting every failure) and its failure cases become the problems, row by row.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pandas as pd
import pandera.pandas as pa

from tracker.dataset.cell_rules import REQUIRED, UNIQUE, Rule, column_rules
from tracker.dataset.problems import Problem, spreadsheet_row
from tracker.dataset.schema import ColumnSpec, FileSpec


def check_columns(frame: pd.DataFrame, spec: FileSpec, refs: dict[str, frozenset[str] | None],
                  today: date) -> list[Problem]:
    """Every cell against its column's rules, and the identifying column's values unique."""
    rules = {c.name: column_rules(c, refs, today) for c in spec.columns}
    unique = _unique_column(spec)
    if _every_cell_passes(frame, spec, rules, unique):
        return []  # the usual case, found without building and running a pandera schema of every rule
    distinct = DistinctValues()
    frame_schema = pa.DataFrameSchema(
        {c.name: pa.Column(None, _checks(c, rules[c.name], distinct)) for c in spec.columns},
        unique=[unique] if unique else None)
    try:
        frame_schema.validate(frame, lazy=True, inplace=True)  # inplace: no copy of the frame
    except pa.errors.SchemaErrors as exc:
        return _problems(exc.failure_cases, spec, rules)
    finally:
        distinct.forget()  # pandera keeps the schema as long as the frame lives: let it keep no values
    return []


def _every_cell_passes(frame: pd.DataFrame, spec: FileSpec, rules: dict[str, list[Rule]], unique: str | None) -> bool:
    """True when no cell breaks a rule of its column and the identifying column repeats no value: the
    same rules pandera runs below, judged once per distinct value. Where anything breaks, pandera
    runs them all and its failure cases say where."""
    if unique and not frame[unique].is_unique:
        return False
    for column in spec.columns:
        values = frame[column.name].unique()
        if column.required and "" in values:
            return False
        filled = [value for value in values if value]
        if not all(rule.passes(value) for rule in rules[column.name] for value in filled):
            return False
    return True


def _checks(column: ColumnSpec, rules: list[Rule], distinct: DistinctValues) -> list[pa.Check]:
    """A check that the cell is not empty when the column is required, then one check per rule."""
    checks = [_required_check(column.name, distinct)] if column.required else []
    return checks + [_rule_check(column.name, distinct, rules[:position], rule)
                     for position, rule in enumerate(rules)]


class DistinctValues:
    """The distinct values of the column being checked, found by its first check for all its checks
    (codes, dates and texts repeat a lot). pandera runs a column's checks one after another, so
    only the current column's values are kept."""

    def __init__(self) -> None:
        self._column: str | None = None
        self._values: Sequence[str] = ()

    def of(self, column: str, cells: pd.Series) -> Sequence[str]:
        if column != self._column:  # kept in the column's own form: Arrow strings stay Arrow strings
            self._column, self._values = column, cells.unique()
        return self._values

    def forget(self) -> None:
        self._column, self._values = None, ()


def _required_check(column: str, distinct: DistinctValues) -> pa.Check:
    def passes(cells: pd.Series) -> pd.Series | bool:
        return cells != "" if "" in distinct.of(column, cells) else True  # no mask to look through when all have one

    return pa.Check(passes, error=REQUIRED)


def _rule_check(column: str, distinct: DistinctValues, earlier: list[Rule], rule: Rule) -> pa.Check:
    """Fails the non-empty cells that pass every earlier rule and break this one. Each distinct
    value is judged, then its cells are found."""

    def passes(cells: pd.Series) -> pd.Series | bool:
        values = filter(None, distinct.of(column, cells))  # the non-empty ones, one at a time
        for before in earlier:
            values = filter(before.passes, values)
        broken = [value for value in values if not rule.passes(value)]
        return ~cells.isin(broken) if broken else True  # bad values are few: no mask built when there are none

    return pa.Check(passes, error=rule.expected)


def _unique_column(spec: FileSpec) -> str | None:
    for candidate in ("id", "code", "key", "year"):
        if candidate in spec.column_names:
            return candidate
    return None


def _problems(failures: pd.DataFrame, spec: FileSpec, rules: dict[str, list[Rule]]) -> list[Problem]:
    """pandera's failure cases as problems, in row order, then in the file's column order."""
    problems = []
    for row in failures.itertuples(index=False):
        index = None if pd.isna(row.index) else int(row.index)
        column = None if pd.isna(row.column) else str(row.column)
        value = None if pd.isna(row.failure_case) else str(row.failure_case)
        expected = str(row.check)
        if "unique" in expected:
            expected = UNIQUE
        else:
            rule = next((r for r in rules.get(column, []) if r.expected == expected), None)
            if rule is not None and value is not None:
                expected = rule.message(value)
        problems.append(Problem(spec.name, None if index is None else spreadsheet_row(index), column, value,
                                expected))
    order = {name: position for position, name in enumerate(spec.column_names)}
    return sorted(problems, key=lambda p: (p.row or 0, order.get(p.column, 0)))
