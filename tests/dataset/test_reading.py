"""The CSV reader: Arrow's parser for every file, read exactly as Python's csv module with every cell
stripped by str.strip() would read it, at every size and in both representations of the text
(Python strings for a curator-sized file, Arrow strings for a big one); and every file it cannot
read gets a message that names the reason, never a traceback."""

from __future__ import annotations

import csv
import io

import pyarrow
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import REPO
from tracker.dataset import reading, schema
from tracker.dataset.reading import read_csv_text

SOURCES = schema.SOURCES
HEADER = ",".join(SOURCES.column_names)
FIELDS = len(SOURCES.column_names)


def oracle(text: str) -> list[list[str]]:
    """What the file holds by Python's csv module: every cell stripped, rows that hold nothing left
    out, the header row left out."""
    rows = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))]
    return [row for row in rows if any(row)][1:]


def cells(frame) -> list[list[str]]:
    return frame.astype(object).values.tolist()


def read_as_big(monkeypatch, big: bool = True) -> None:
    """Treat every file as a big one: text kept in Arrow strings, columns looked through before stripping."""
    monkeypatch.setattr(reading, "PYTHON_STRINGS_UP_TO_BYTES", -1 if big else 1 << 20)
    monkeypatch.setattr(reading, "LOOK_BEFORE_STRIPPING_BYTES", -1 if big else 1 << 20)


@pytest.fixture(params=["python strings", "arrow strings"])
def representation(request, monkeypatch):
    """Read as a curator-sized file (Python strings) and as a big one (Arrow strings)."""
    read_as_big(monkeypatch, request.param == "arrow strings")
    return request.param


def read_text(tmp_path, text: str | bytes, spec=SOURCES):
    path = tmp_path / spec.name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return read_csv_text(path, spec)


def _row(**values: str) -> str:
    row = {c: "x" for c in SOURCES.column_names} | values
    return ",".join(row[c] for c in SOURCES.column_names)


# --- what it reads ---------------------------------------------------------------------------------


@pytest.mark.parametrize("spec", schema.FILES, ids=lambda s: s.name)
def test_the_real_files_read_as_the_csv_module_reads_them(spec, representation):
    path = REPO / "data" / spec.name
    frame, problems = read_csv_text(path, spec)
    assert not problems
    assert list(frame.columns) == list(spec.column_names)
    header = next(csv.reader([path.read_text(encoding="utf-8-sig").splitlines()[0]]))
    order = [header.index(column) for column in spec.column_names]
    expected = [[row[i] for i in order] for row in oracle(path.read_text(encoding="utf-8"))]
    assert len(expected) > 0 and cells(frame) == expected
    assert frame.dtypes.eq(object).all() == (representation == "python strings")


READABLE = {
    "byte-order mark, CRLF, blank lines and a row of bare commas":
        "\ufeff" + HEADER + "\r\n\r\n" + _row(id="a") + "\r\n" + "," * (FIELDS - 1) + "\r\n"
        + _row(id="b") + "\r\n\r\n",
    "quoted commas, doubled quotes and line breaks inside a cell":
        HEADER + "\n" + _row(id="a", title='"Roadmap, phase 2 ""draft""\nsecond line\r\nthird"') + "\n",
    "every kind of space around cells, none inside":
        HEADER + "\n" + _row(id=" a\t", title="\u3000Zusammenarbeit\u00a0", notes="\x1cx y\u2029") + "\n",
    "umlauts and other scripts":
        HEADER + "\n" + _row(id="a", title='"Rohstoffpartnerschaft – Überblick, 中亚, Қазақстан"') + "\n",
    "empty cells, quoted or not":
        HEADER + "\n" + _row(id="a", notes="", title='""') + "\n",
    "a quote inside an unquoted cell":
        HEADER + "\n" + _row(id="a", title='5" pipes') + "\n",
    "a quote that is never closed in the last cell":
        HEADER + "\n" + _row(id="a") + "\n" + _row(id="b", notes='"open') + "\n",
    "a line of spaces between records, and a row of spaced commas":
        HEADER + "\n" + _row(id="a") + "\n   \t\n" + " ," * (FIELDS - 1) + "\n" + _row(id="b") + "\n",
    "no line break at the end": HEADER + "\n" + _row(id="a"),
}


@pytest.mark.parametrize("text", READABLE.values(), ids=READABLE.keys())
def test_tricky_files_read_as_the_csv_module_reads_them(text, tmp_path, representation):
    frame, problems = read_text(tmp_path, text)
    assert not problems
    assert cells(frame) == oracle(text)


def test_cells_are_stripped_and_keep_their_inner_text(tmp_path, representation):
    frame, _ = read_text(tmp_path, READABLE["every kind of space around cells, none inside"])
    assert (frame.loc[0, "id"], frame.loc[0, "title"], frame.loc[0, "notes"]) == ("a", "Zusammenarbeit", "x y")
    frame, _ = read_text(tmp_path, READABLE["quoted commas, doubled quotes and line breaks inside a cell"])
    assert frame.loc[0, "title"] == 'Roadmap, phase 2 "draft"\nsecond line\r\nthird'
    frame, _ = read_text(tmp_path, READABLE["empty cells, quoted or not"])
    assert (frame.loc[0, "notes"], frame.loc[0, "title"]) == ("", "")


def test_the_whitespace_set_is_what_python_strips():
    assert set(reading.WHITESPACE) == {c for c in map(chr, range(0x110000)) if c.isspace()}


def test_a_blank_line_above_the_header_does_not_make_the_header_a_record(tmp_path):
    frame, problems = read_text(tmp_path, "\n" + HEADER + "\n" + _row(id="a") + "\n")
    assert not problems and frame["id"].tolist() == ["a"]


def test_line_breaks_inside_cells_across_the_readers_blocks(tmp_path):
    """Arrow reads a big file in blocks; a quoted line break must not be taken for a record's end."""
    rows = [_row(id=f"s{i}", title='"' + "first line\nsecond line, " * 20 + '"') for i in range(5000)]
    text = HEADER + "\n" + "\n".join(rows) + "\n"
    frame, problems = read_text(tmp_path, text)
    assert (tmp_path / SOURCES.name).stat().st_size > 2 * 2**20
    assert not problems and len(frame) == 5000
    assert not frame.dtypes.eq(object).any()  # a big file's text stays in Arrow strings
    assert cells(frame) == oracle(text)


CELL = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=12) | st.sampled_from(
    ["", " ", '"', '""', ",", "\n", "\r\n", "\r", " a ", "\u3000b\u00a0", "\x1c", "a,b", '"q"'])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(CELL, min_size=FIELDS, max_size=FIELDS), min_size=1, max_size=8),
       line_end=st.sampled_from(["\n", "\r\n"]), big=st.booleans())
def test_any_file_the_csv_module_writes_reads_back_as_it_reads_it(tmp_path, monkeypatch, rows, line_end, big):
    read_as_big(monkeypatch, big)
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator=line_end).writerows([SOURCES.column_names, *rows])
    text = buffer.getvalue()
    frame, problems = read_text(tmp_path, text)
    expected = oracle(text)  # a bare \r is a line break to both, so a record may come out cut in two
    miscounted = [f"row {i + 2} — row has {len(row)} fields" for i, row in enumerate(expected) if len(row) != FIELDS]
    if miscounted:
        assert frame is None and [str(p).removeprefix("sources.csv, ").split(",")[0] for p in problems] == miscounted
    elif not expected:
        assert frame is None and [p.expected for p in problems] == ["the file has a header but no records"]
    else:
        assert not problems and cells(frame) == expected


# --- what it refuses, and how it says so ----------------------------------------------------------


def messages(tmp_path, text, spec=SOURCES) -> list[str]:
    frame, problems = read_text(tmp_path, text, spec)
    assert frame is None
    return [str(p) for p in problems]


def test_records_with_the_wrong_number_of_fields_are_named_by_spreadsheet_row(tmp_path):
    text = (HEADER + "\n" + _row(id="a") + "\n\n" + _row(id="b") + ",extra\n"
            + '"a cell on\ntwo lines",' + _row(id="c").split(",", 1)[1] + "\n" + _row(id="d").rsplit(",", 1)[0] + "\n")
    assert messages(tmp_path, text) == [
        f"sources.csv, row 3 — row has {FIELDS + 1} fields, the header has {FIELDS}",
        f"sources.csv, row 5 — row has {FIELDS - 1} fields, the header has {FIELDS}",
    ]


def test_a_file_arrow_cannot_parse_gets_a_message_not_a_crash(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise pyarrow.ArrowInvalid("CSV parse error")

    monkeypatch.setattr(reading.pa_csv, "read_csv", refuse)
    assert messages(tmp_path, HEADER + "\n" + _row(id="a") + "\n") == ["sources.csv — the file is not valid CSV"]


@pytest.mark.parametrize("content, expected", [
    (b"", "sources.csv — the file is empty; it needs a header row and records"),
    (b" \r\n\t\n", "sources.csv — the file is empty; it needs a header row and records"),
    (HEADER + "\n\n,,,,,,,\n", "sources.csv — the file has a header but no records"),
    ((HEADER + "\n" + _row(id="a") + "\n").encode() + b"x\xe4\n", "sources.csv, row 3 — the file is not UTF-8 text; "
                                                                 "save it as 'CSV UTF-8'"),
    ((HEADER + "\n").encode() + b"\xc3", "sources.csv, row 2 — the file is not UTF-8 text; save it as 'CSV UTF-8'"),
    ((HEADER + "\n" + _row(id="a\x00")).encode(), "sources.csv — the file holds binary data, not CSV text"),
    (HEADER.replace(",", ";") + "\n", "sources.csv, row 1: 'id;publisher;outlet;title;language;published;url;notes' "
                                      "— the file looks semicolon-delimited; columns must be separated by commas"),
], ids=["empty", "only spaces", "header only", "latin-1 byte", "cut multi-byte character", "NUL byte", "semicolons"])
def test_unreadable_files_get_one_clear_message(tmp_path, content, expected):
    assert messages(tmp_path, content) == [expected]


def test_header_problems_are_all_named(tmp_path):
    header = HEADER.replace("title", "id").replace(",notes", ",notes,comment,")
    assert messages(tmp_path, header + "\n" + _row(id="a") + ",x,y\n") == [
        "sources.csv, row 1, column title — required column is missing from the header row",
        "sources.csv, row 1, column comment — unknown column; document it in the schema before adding it",
        "sources.csv, row 1, column (empty) — unknown column; document it in the schema before adding it",
        "sources.csv, row 1, column id — column appears more than once in the header",
    ]


def test_missing_file_directory_and_size_cap(tmp_path, monkeypatch):
    assert read_csv_text(tmp_path / "sources.csv", SOURCES)[1][0].expected == "the file is missing"
    (tmp_path / "sources.csv").mkdir()
    assert read_csv_text(tmp_path / "sources.csv", SOURCES)[1][0].expected == "this is not a file that can be read"
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 2**20)
    big = tmp_path / "big"
    big.mkdir()
    too_big = HEADER + "\n" + (_row(id="a") + "\n") * 70000
    assert messages(big, too_big) == ["sources.csv — the file is larger than 1 MB"]
