"""Checks every file of the dataset against the contract in ``schema`` and reports
every problem at once.

Each problem names the file, the row as a spreadsheet shows it (the header is
row 1), the column, the bad value and what was expected. All problems travel in
one exception type, ``DataValidationError``, that the app shows as a message.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.pandas as pa
import pyarrow
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from tracker.dataset import lifecycle, schema
from tracker.dataset.schema import ColumnSpec, FileSpec

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PARTIAL_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
INTEGER = re.compile(r"^-?\d{1,9}$")
WEB_ADDRESS = re.compile(r"^https?://[^\s/?#]+[^\s]*$")
REPORT_ADDRESS = re.compile(r"^(?:mailto:[^\s@]+@[^\s@]+|https://[^\s/?#]+[^\s]*)$")
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_SHOWN_VALUE = 60
SMALL_FILE_BYTES = 1 << 20
# What str.strip() removes, so that a big file is stripped exactly as a small one.
WHITESPACE = "\x09\x0a\x0b\x0c\x0d\x1c\x1d\x1e\x1f\x20\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
PADDED = "(?s)^[{0}]|[{0}]$".format("".join(f"\\x{{{ord(c):x}}}" for c in WHITESPACE))


@dataclass(frozen=True)
class Problem:
    file: str
    row: int | None  # as a spreadsheet shows it: header is row 1; None for the whole file
    column: str | None
    value: str | None
    expected: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column}"
        shown = ""
        if self.value is not None:
            value = self.value if len(self.value) <= MAX_SHOWN_VALUE else self.value[:MAX_SHOWN_VALUE] + "…"
            shown = f": {value!r}"
        return f"{where}{shown} — {self.expected}"


class DataValidationError(Exception):
    """The dataset does not meet its contract; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__(f"{len(self.problems)} problem(s) in the dataset:\n" + "\n".join(map(str, self.problems)))


def spreadsheet_row(index: int) -> int:
    return int(index) + 2


# --- reading -----------------------------------------------------------------------------------


def read_csv_text(path: Path, spec: FileSpec) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Read one CSV file as text columns, stripped. Structural problems make the frame None.

    A curator-sized file goes through the csv module (fastest at that size). A big one is checked
    in 1 MB chunks and parsed from disk by Arrow's CSV reader straight into Arrow strings, so that
    it never sits in memory whole as bytes or as Python strings.
    """
    name = spec.name
    if not path.exists():
        return None, [Problem(name, None, None, None, "the file is missing")]
    if not path.is_file():
        return None, [Problem(name, None, None, None, "this is not a file that can be read")]
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [Problem(name, None, None, None, f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")]
        problem = _scan(path, name)
        if problem:
            return None, [problem]
        header = _header(path)
    except OSError as exc:
        return None, [Problem(name, None, None, None, f"the file cannot be read ({exc.strerror or exc})")]
    problems = _header_problems(header, spec)
    if problems:
        return None, problems
    large = size > SMALL_FILE_BYTES
    frame, problems = (_parse_large if large else _parse_small)(path, name, header)
    if problems:
        return None, problems
    blank = (frame == "").all(axis=1)  # a row of bare commas, as spreadsheets leave them
    if blank.any():  # filtering copies the frame: only when there is something to drop
        frame = frame[~blank]
    if frame.empty:
        return None, [Problem(name, None, None, None, "the file has a header but no records")]
    return frame[list(spec.column_names)].reset_index(drop=True), []


def _scan(path: Path, name: str, chunk_bytes: int = 1 << 20) -> Problem | None:
    """Binary content, no text at all, or bytes that are not UTF-8 (with their line), read in chunks."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    has_text, lines = False, 0
    with path.open("rb") as f:
        while chunk := f.read(chunk_bytes):
            if b"\x00" in chunk:
                return Problem(name, None, None, None, "the file holds binary data, not CSV text")
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                line = lines + chunk[: max(exc.start, 0)].count(b"\n") + 1
                return Problem(name, line, None, None, "the file is not UTF-8 text; save it as 'CSV UTF-8'")
            has_text = has_text or bool(re.search(rb"\S", chunk))
            lines += chunk.count(b"\n")
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return Problem(name, lines + 1, None, None, "the file is not UTF-8 text; save it as 'CSV UTF-8'")
    if not has_text:
        return Problem(name, None, None, None, "the file is empty; it needs a header row and records")
    return None


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        for line in f:
            if line.strip():
                return [cell.strip() for cell in next(csv.reader([line.rstrip("\r\n")]), [])]
    return []


def _parse_small(path: Path, name: str, header: list[str]) -> tuple[pd.DataFrame | None, list[Problem]]:
    """The csv module into Python strings: the fastest way for a curator-sized file."""
    try:
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    except csv.Error as exc:
        return None, [Problem(name, None, None, None, f"the file is not valid CSV ({exc})")]
    body = _records(rows)
    problems = _row_length_problems(body, name, len(header))
    if problems:
        return None, problems
    return pd.DataFrame([[cell.strip() for cell in row] for row in body], columns=header, dtype=object), []


def _parse_large(path: Path, name: str, header: list[str]) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Arrow's CSV reader into Arrow-backed strings, stripped column by column in Arrow: about the
    data's own size in memory, and no Python string per cell."""
    # The header is read as a record under generated names, so that a record with a surplus
    # field is an error rather than a quietly added column.
    names = [f"field_{i}" for i in range(len(header))]
    try:
        table = pa_csv.read_csv(
            path,
            read_options=pa_csv.ReadOptions(column_names=names, use_threads=False),
            parse_options=pa_csv.ParseOptions(newlines_in_values=True),
            convert_options=pa_csv.ConvertOptions(
                column_types=dict.fromkeys(names, pyarrow.large_string()),
                strings_can_be_null=False, quoted_strings_can_be_null=False),
        )
    except pyarrow.ArrowInvalid:  # the reasons are counted the csv module's way, for the same messages
        return None, (_field_count_problems(path, name, len(header))
                      or [Problem(name, None, None, None, "the file is not valid CSV")])
    columns = {}
    for field, column in zip(names, header, strict=True):
        cells = table.column(field).slice(1)
        table = table.drop_columns([field])
        if pc.any(pc.match_substring_regex(cells, PADDED)).as_py():  # copy only what needs it
            cells = pc.utf8_trim(cells, characters=WHITESPACE)
        columns[column] = pd.Series(cells, dtype=pd.StringDtype("pyarrow"))
    return pd.DataFrame(columns), []


def _header_problems(header: list[str], spec: FileSpec) -> list[Problem]:
    name = spec.name
    if len(header) == 1 and schema.LIST_SEPARATOR in header[0]:
        return [Problem(name, 1, None, header[0][:MAX_SHOWN_VALUE],
                        "the file looks semicolon-delimited; columns must be separated by commas")]
    problems = [Problem(name, 1, column, None, "required column is missing from the header row")
                for column in spec.column_names if column not in header]
    problems += [Problem(name, 1, column or "(empty)", None,
                         "unknown column; document it in the schema before adding it")
                 for column in header if column not in spec.column_names]
    problems += [Problem(name, 1, column, None, "column appears more than once in the header")
                 for column in sorted({h for h in header if header.count(h) > 1})]
    return problems


def _field_count_problems(path: Path, name: str, fields: int) -> list[Problem]:
    """Every record whose number of fields differs from the header's, by spreadsheet row."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
    except csv.Error as exc:
        return [Problem(name, None, None, None, f"the file is not valid CSV ({exc})")]
    return _row_length_problems(_records(rows), name, fields)


def _records(rows: list[list[str]]) -> list[list[str]]:
    """The rows after the header that hold anything."""
    return [row for row in rows[1:] if any(cell.strip() for cell in row)]


def _row_length_problems(body: list[list[str]], name: str, fields: int) -> list[Problem]:
    return [Problem(name, spreadsheet_row(i), None, None, f"row has {len(row)} fields, the header has {fields}")
            for i, row in enumerate(body) if len(row) != fields]


# --- column checks (pandera) ------------------------------------------------------------------


VOCABULARY = "vocabulary"
COLUMN_RULES = "column rules"
REFERENCE_FILES = {"sources": "sources.csv", "agreements": "agreements.csv", "countries": "countries.csv",
                   "ca_countries": "countries.csv", "partners": "countries.csv"}


def allowed_values(spec: ColumnSpec, refs: dict[str, frozenset[str] | None]) -> frozenset[str] | None:
    """The values a column may hold; None when they cannot be known (a referenced file is unreadable)."""
    if isinstance(spec.vocabulary, str):
        return refs.get(spec.vocabulary)
    return frozenset(spec.vocabulary) if spec.vocabulary is not None else None


def _vocabulary_message(spec: ColumnSpec, value: str, allowed: frozenset[str]) -> str:
    items = schema.split_list(value) if spec.kind in ("codes", "slugs") else [value]
    bad = ", ".join(item for item in items if item not in allowed) or value
    if spec.vocabulary in ("sources", "agreements"):
        return f"unknown id {bad}; every id must exist in {REFERENCE_FILES[spec.vocabulary]}"
    shown = sorted(allowed)
    listed = ", ".join(shown[:30]) + (", …" if len(shown) > 30 else "")
    return f"unknown value {bad}; expected one of: {listed}"


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


# A rule: (what is expected, predicate on one non-empty cell). Empty cells pass every rule
# except "a value is required".
Rule = tuple[str, Callable[[str], bool]]


def column_rules(spec: ColumnSpec, refs: dict[str, frozenset[str] | None], today: date) -> list[Rule]:
    """The rules a column's cells must pass, in the order they are reported."""
    rules: list[Rule] = []
    if spec.kind == "slug":
        rules.append(("lower-case letters, digits and single hyphens only", lambda c: bool(SLUG.fullmatch(c))))
    if spec.kind == "date":
        rules.append(("a real date written YYYY-MM-DD", _is_iso_date))
        if spec.not_future:
            latest = today.isoformat()
            rules.append(("a date that is not in the future", lambda c: not _is_iso_date(c) or c <= latest))
    if spec.kind == "partial_date":
        rules.append(("YYYY, YYYY-MM or YYYY-MM-DD", lambda c: bool(PARTIAL_DATE.fullmatch(c))))
    if spec.kind == "number":
        rules.append(("a number written with a dot for decimals, no thousands separator", _is_number))
        if spec.minimum is not None or spec.maximum is not None:
            lo = -math.inf if spec.minimum is None else spec.minimum
            hi = math.inf if spec.maximum is None else spec.maximum
            bounds = ("a number that is not negative" if (lo, hi) == (0, math.inf)
                      else f"a number from {lo:g} to {hi:g}")
            rules.append((bounds, lambda c: not _is_number(c) or lo <= float(c) <= hi))
    if spec.kind == "integer":
        rules.append(("a whole number", lambda c: bool(INTEGER.fullmatch(c))))
    if spec.kind == "text":
        rules.append((f"text of at most {spec.max_length} characters", lambda c: len(c) <= spec.max_length))
    if spec.web_address:
        rules.append(("a web address starting with http:// or https://, without spaces",
                      lambda c: bool(WEB_ADDRESS.fullmatch(c))))
    allowed = allowed_values(spec, refs)
    if allowed is not None:
        if spec.kind in ("codes", "slugs"):
            rules.append((VOCABULARY, lambda c: all(item in allowed for item in schema.split_list(c))))
        else:
            rules.append((VOCABULARY, lambda c: c in allowed))
    return rules


def first_broken_rule(cell: str, required: bool, rules: list[Rule]) -> str | None:
    if cell == "":
        return "a value is required" if required else None
    return next((expected for expected, passes in rules if not passes(cell)), None)


def _column_check(required: bool, rules: list[Rule]) -> pa.Check:
    """One pandera check per column: a cell passes when it breaks no rule. Each distinct value is
    judged once (codes and dates repeat a lot), then the broken ones are found among the cells."""

    def passes(cells: pd.Series) -> pd.Series:
        bad = [value for value in cells.unique() if first_broken_rule(value, required, rules) is not None]
        return ~cells.isin(bad)  # bad values are few: no second copy of a column of distinct ids

    return pa.Check(passes, error=COLUMN_RULES)


def _unique_column(spec: FileSpec) -> str | None:
    for candidate in ("id", "code", "key", "year"):
        if candidate in spec.column_names:
            return candidate
    return None


def check_columns(frame: pd.DataFrame, spec: FileSpec, refs: dict[str, frozenset[str] | None],
                  today: date) -> list[Problem]:
    """Every cell against its column's rules, with pandera, collecting all failures."""
    rules = {c.name: column_rules(c, refs, today) for c in spec.columns}
    columns = {c.name: pa.Column(None, [_column_check(c.required, rules[c.name])]) for c in spec.columns}
    unique = _unique_column(spec)
    frame_schema = pa.DataFrameSchema(columns, unique=[unique] if unique else None)
    try:
        frame_schema.validate(frame, lazy=True, inplace=True)  # inplace: no copy of the frame
    except pa.errors.SchemaErrors as exc:
        return _problems_from_failures(exc.failure_cases, spec, frame, rules, refs)
    return []


def _problems_from_failures(failures: pd.DataFrame, spec: FileSpec, frame: pd.DataFrame,
                            rules: dict[str, list[Rule]], refs: dict[str, frozenset[str] | None]) -> list[Problem]:
    problems = []
    for row in failures.itertuples(index=False):
        index = None if pd.isna(row.index) else int(row.index)
        column = None if pd.isna(row.column) else str(row.column)
        value = None if pd.isna(row.failure_case) else str(row.failure_case)
        check = str(row.check)
        if check == COLUMN_RULES and index is not None:
            failed = [first_broken_rule(value or "", spec.column(column).required, rules[column])]
        elif "unique" in check:
            failed = ["a value used only once in this column"]
        else:
            failed = [check]
        for expected in failed:
            if expected == VOCABULARY:
                column_spec = spec.column(column)
                expected = _vocabulary_message(column_spec, value or "", allowed_values(column_spec, refs))
            problems.append(Problem(spec.name, None if index is None else spreadsheet_row(index), column, value,
                                    expected))
    return sorted(problems, key=lambda p: (p.row or 0, spec.column_names.index(p.column)
                                           if p.column in spec.column_names else 0))


# --- rules across columns and files -----------------------------------------------------------


def check_agreement_rules(agreements: pd.DataFrame, fx_rates: pd.DataFrame | None) -> list[Problem]:
    """Rules that join several columns: precision, periods, amounts and their conversion.

    Runs after the column checks passed, so every cell has the right form.
    """
    a = agreements
    found: list[tuple[pd.Series, str | pd.Series, str | pd.Series]] = []

    def rule(mask: pd.Series, column: str | pd.Series, expected: str | pd.Series) -> None:
        """Rows where mask holds break the rule; column and expected may differ per row."""
        found.append((mask, column, expected))

    rule((a["date_precision"] == "month") & ~a["date"].str.endswith("-01"), "date",
         "a month-precise date uses day 01 (YYYY-MM-01)")
    rule((a["date_precision"] == "year") & ~a["date"].str.endswith("-01-01"), "date",
         "a year-precise date is written YYYY-01-01")
    has_start, has_end = a["period_start"] != "", a["period_end"] != ""
    rule(has_start != has_end, "period_end", "period_start and period_end are given together or not at all")
    rule(has_start & has_end & (a["period_start"] > a["period_end"]), "period_end",
         "a date on or after period_start")
    rule((a["part_of"] != "") & (a["part_of"] == a["id"]), "part_of", "the id of another record, not of this one")
    rule((a["follows"] != "") & (a["follows"] == a["id"]), "follows", "the id of another record, not of this one")
    date_of = pd.Series(a["date"].to_numpy(), index=a["id"].to_numpy())
    date_of = date_of[~date_of.index.duplicated()]
    followed_date = a["follows"].map(date_of)
    rule((a["follows"] != "") & (a["follows"] != a["id"]) & followed_date.notna() & (followed_date > a["date"]),
         "follows", "the id of an earlier record (or one of the same date): a record cannot follow a later one")
    for column in ("part_of", "follows"):
        parents = dict(zip(a["id"], a[column]))
        looped = lifecycle.chain_problems({k: v for k, v in parents.items() if v != k}, column)
        if looped:
            rule(a["id"].isin(looped.keys()) & (a[column] != a["id"]), column, a["id"].map(looped))
    rule((a["in_totals"] == "false") & (a["exclusion_reason"] == ""), "exclusion_reason",
         "a reason (outbound or wider_scope) when in_totals is false")
    rule((a["in_totals"] == "true") & (a["exclusion_reason"] != ""), "exclusion_reason",
         "empty when in_totals is true")

    has_value = a["value_m"] != ""
    amount_columns = ("value_currency", "amount_kind", "value_usd_m", "value_eur_m", "fx_basis")
    for column in amount_columns:
        rule(~has_value & (a[column] != ""), column, "empty when value_m is empty")
        rule(has_value & (a[column] == ""), column, "a value when value_m is given")

    complete = has_value
    for column in amount_columns:
        complete &= a[column] != ""
    stated = pd.to_numeric(a["value_m"].where(complete), errors="coerce")
    usd = pd.to_numeric(a["value_usd_m"].where(complete), errors="coerce")
    eur = pd.to_numeric(a["value_eur_m"].where(complete), errors="coerce")
    is_eur = a["value_currency"] == "EUR"
    own, own_column = eur.where(is_eur, usd), pd.Series("value_usd_m", index=a.index).where(~is_eur, "value_eur_m")
    other, other_column = usd.where(is_eur, eur), own_column.map({"value_eur_m": "value_usd_m",
                                                                  "value_usd_m": "value_eur_m"})
    rule(complete & ((own - stated).abs() > 0.05), own_column,
         "the amount stated in value_m, since value_currency names this column's currency")

    years = pd.to_numeric(a["date"].str[:4], errors="coerce")
    rates = pd.Series(dtype="float64")
    if fx_rates is not None:
        rates = pd.Series(pd.to_numeric(fx_rates["usd_per_eur"], errors="coerce").values,
                          index=pd.to_numeric(fx_rates["year"], errors="coerce"))
        rates = rates[~rates.index.duplicated()]
    rate = years.map(rates)
    rule(complete & rate.isna(), "date", "a year that has a rate in fx_rates.csv to convert the amount")
    with np.errstate(over="ignore", invalid="ignore"):  # absurd amounts are reported, not warned about
        expected_other = (stated * rate).where(is_eur, stated / rate)
    tolerance = a["fx_basis"].map(schema.FX_TOLERANCE).fillna(0.0).astype("float64")
    with np.errstate(over="ignore", invalid="ignore"):
        off = (other - expected_other).abs() > (expected_other.abs() * tolerance).clip(lower=0.05)
        expected_other = expected_other.round(1)
    message = ("about " + expected_other.astype(str) + " at the rate of fx_rates.csv for " +
               years.astype("Int64").astype(str) + "; an inconsistent conversion")
    rule(complete & rate.notna() & off, other_column, message)

    problems = []
    for mask, column, expected in found:
        for i in mask[mask.fillna(False)].index:
            column_name = column if isinstance(column, str) else column.at[i]
            text = expected if isinstance(expected, str) else expected.at[i]
            problems.append(Problem(schema.AGREEMENTS.name, spreadsheet_row(i), column_name,
                                    a.at[i, column_name], text))
    return sorted(problems, key=lambda p: p.row or 0)


def check_metadata(metadata: pd.DataFrame, today: date) -> list[Problem]:
    problems = []
    present = set(metadata["key"])
    for key in schema.METADATA_KEYS:
        if key not in present:
            problems.append(Problem(schema.METADATA.name, None, "key", key, "this key is required"))
    for i, r in metadata.iterrows():
        if r["key"] == "report_error" and not REPORT_ADDRESS.fullmatch(r["value"]):
            problems.append(Problem(schema.METADATA.name, spreadsheet_row(i), "value", r["value"],
                                    "a mailto: or https:// address without spaces"))
        if r["key"] == "updated":
            parsed = pd.to_datetime(r["value"], format="%Y-%m-%d", errors="coerce")
            if pd.isna(parsed) or parsed > pd.Timestamp(today):
                problems.append(Problem(schema.METADATA.name, spreadsheet_row(i), "value", r["value"],
                                        "the date of the last update, YYYY-MM-DD, not in the future"))
    return problems
