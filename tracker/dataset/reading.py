"""Reads one CSV file of the dataset as text columns, or says why it cannot.

Every file, whatever its size, is parsed by Arrow's CSV reader straight into Arrow strings, so
that a big file never sits in memory whole as bytes or as Python strings; each cell is stripped
as str.strip() strips. Python's csv module is used only to name the rows of a file Arrow refuses
(a record with the wrong number of fields). A curator-sized file's text is then handed on as
Python strings, a big file's stays in Arrow strings.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path

import pandas as pd
import pyarrow
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from tracker.dataset import schema
from tracker.dataset.problems import MAX_SHOWN_VALUE, Problem, spreadsheet_row
from tracker.dataset.schema import FileSpec

MAX_FILE_BYTES = 256 * 1024 * 1024
PYTHON_STRINGS_UP_TO_BYTES = 1 << 20  # of text; beyond, a file's text stays in Arrow strings
LOOK_BEFORE_STRIPPING_BYTES = 1 << 20  # a column bigger than this is copied only if a cell needs stripping
# What str.strip() removes: every cell is stripped exactly as Python strips a string.
WHITESPACE = (
    "\x09\x0a\x0b\x0c\x0d\x1c\x1d\x1e\x1f\x20\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")  # noqa: E501
PADDED = "(?s)^[{0}]|[{0}]$".format("".join(f"\\x{{{ord(c):x}}}" for c in WHITESPACE))
NOT_UTF8 = "the file is not UTF-8 text; save it as 'CSV UTF-8'"


def read_csv_text(path: Path, spec: FileSpec) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Read one CSV file as text columns, stripped. Structural problems make the frame None."""
    name = spec.name
    if not path.exists():
        return None, [Problem(name, None, None, None, "the file is missing")]
    if not path.is_file():
        return None, [Problem(name, None, None, None, "this is not a file that can be read")]
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None, [Problem(name, None, None, None, f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")]
        problem = _scan(path, name)
        if problem:
            return None, [problem]
        header = _header(path)
        problems = _header_problems(header, spec)
        if problems:
            return None, problems
        columns, problems = _parse(path, name, header)
    except OSError as exc:
        return None, [Problem(name, None, None, None, f"the file cannot be read ({exc.strerror or exc})")]
    if problems:
        return None, problems
    if not len(columns[header[0]]):
        return None, [Problem(name, None, None, None, "the file has a header but no records")]
    return _frame(columns, spec), []


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
                return Problem(name, lines + chunk[: max(exc.start, 0)].count(b"\n") + 1, None, None, NOT_UTF8)
            has_text = has_text or bool(re.search(rb"\S", chunk))
            lines += chunk.count(b"\n")
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return Problem(name, lines + 1, None, None, NOT_UTF8)
    if not has_text:
        return Problem(name, None, None, None, "the file is empty; it needs a header row and records")
    return None


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        for line in f:
            if line.strip():
                return [cell.strip() for cell in next(csv.reader([line.rstrip("\r\n")]), [])]
    return []


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


def _parse(path: Path, name: str, header: list[str]) -> tuple[dict[str, pyarrow.ChunkedArray], list[Problem]]:
    """Arrow's CSV reader into Arrow strings by column name, stripped column by column in Arrow,
    without blank records: about the data's own size in memory, and no Python string per cell."""
    # The header is read as a record under generated names, so that a record with a surplus
    # field is an error rather than a quietly added column.
    names = [f"field_{i}" for i in range(len(header))]
    try:
        table = pa_csv.read_csv(
            path,
            read_options=pa_csv.ReadOptions(column_names=names, use_threads=False),
            parse_options=pa_csv.ParseOptions(newlines_in_values=True, invalid_row_handler=_skip_blank_lines),
            convert_options=pa_csv.ConvertOptions(
                column_types=dict.fromkeys(names, pyarrow.large_string()),
                strings_can_be_null=False, quoted_strings_can_be_null=False),
        )
    except pyarrow.ArrowInvalid:  # the csv module finds the rows to name
        return {}, (_field_count_problems(path, name, len(header))
                    or [Problem(name, None, None, None, "the file is not valid CSV")])
    columns = {}
    for field, column in zip(names, header, strict=True):
        cells = table.column(field).slice(1)
        table = table.drop_columns([field])
        columns[column] = _stripped(cells)
    blank = _blank_records(columns.values())  # rows of bare commas, as spreadsheets leave them
    if blank is not None:  # filtering copies the columns: only when there is something to drop
        columns = {column: cells.filter(pc.invert(blank)) for column, cells in columns.items()}
    return columns, []


def _stripped(cells: pyarrow.ChunkedArray) -> pyarrow.ChunkedArray:
    """Every cell stripped as str.strip() strips. A big column is first looked through, and copied
    only when some cell needs it; a small one is stripped at once, which is quicker than looking."""
    if cells.nbytes > LOOK_BEFORE_STRIPPING_BYTES and not pc.any(pc.match_substring_regex(cells, PADDED)).as_py():
        return cells
    return pc.utf8_trim(cells, characters=WHITESPACE)


def _blank_records(columns) -> pyarrow.ChunkedArray | None:
    """Which records hold nothing but empty cells; None when no record is blank."""
    lengths = None
    for cells in columns:
        lengths = pc.binary_length(cells) if lengths is None else pc.add(lengths, pc.binary_length(cells))
    blank = pc.equal(lengths, 0)
    return blank if pc.any(blank).as_py() else None


def _frame(columns: dict[str, pyarrow.ChunkedArray], spec: FileSpec) -> pd.DataFrame:
    """The columns in the schema's order. A big file's text stays in Arrow strings (pandas on Arrow's
    own buffers: about the data's own size, no Python object per cell); a curator-sized file's
    becomes Python strings, on which pandas works faster at a few thousand cells."""
    if sum(cells.nbytes for cells in columns.values()) <= PYTHON_STRINGS_UP_TO_BYTES:
        return pd.DataFrame({column: columns[column].to_numpy() for column in spec.column_names}, dtype=object)
    return pd.DataFrame({column: pd.arrays.ArrowStringArray(columns[column]) for column in spec.column_names},
                        copy=False)


def _skip_blank_lines(row: pa_csv.InvalidRow) -> str:
    """A line of nothing but spaces is no record, whatever its number of fields; any other record
    whose number of fields differs from the header's makes the file invalid."""
    return "skip" if not _holds_anything(next(csv.reader(io.StringIO(row.text, newline="")), [])) else "error"


def _holds_anything(row: list[str]) -> bool:
    return any(cell.strip() for cell in row)


def _field_count_problems(path: Path, name: str, fields: int) -> list[Problem]:
    """Every record whose number of fields differs from the header's, by spreadsheet row."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            rows = [row for row in csv.reader(f) if _holds_anything(row)][1:]
    except csv.Error as exc:
        return [Problem(name, None, None, None, f"the file is not valid CSV ({exc})")]
    return [Problem(name, spreadsheet_row(i), None, None, f"row has {len(row)} fields, the header has {fields}")
            for i, row in enumerate(rows) if len(row) != fields]
