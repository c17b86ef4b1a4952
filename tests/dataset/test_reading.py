"""Big files take a memory-lean reader (Arrow's CSV parser); it must read every file exactly as
the curator-sized reader does, or a dataset would change meaning with its size."""

from __future__ import annotations

import pytest

from tests.conftest import REPO
from tracker.dataset import schema
from tracker.dataset import validation
from tracker.dataset.validation import read_csv_text

SOURCES = schema.SOURCES
HEADER = ",".join(SOURCES.column_names)


def read_both(path, spec, monkeypatch):
    """(small reader's result, big reader's result) for the same file."""
    small = read_csv_text(path, spec)
    monkeypatch.setattr(validation, "SMALL_FILE_BYTES", -1)
    large = read_csv_text(path, spec)
    monkeypatch.undo()
    return small, large


def assert_same(small, large):
    (small_frame, small_problems), (large_frame, large_problems) = small, large
    assert [str(p) for p in small_problems] == [str(p) for p in large_problems]
    if small_frame is None:
        assert large_frame is None
        return
    assert list(small_frame.columns) == list(large_frame.columns)
    assert small_frame.astype(object).values.tolist() == large_frame.astype(object).values.tolist()


@pytest.mark.parametrize("spec", schema.FILES, ids=lambda s: s.name)
def test_the_real_files_read_the_same_both_ways(spec, monkeypatch):
    small, large = read_both(REPO / "data" / spec.name, spec, monkeypatch)
    assert small[0] is not None and len(small[0]) > 0
    assert_same(small, large)


def _row(**cells: str) -> str:
    values = {c: "x" for c in SOURCES.column_names} | cells
    return ",".join(values[c] for c in SOURCES.column_names)


TRICKY = {
    "byte-order mark, blank lines and a row of bare commas":
        "\ufeff" + HEADER + "\r\n\r\n" + _row(id="a") + "\r\n" + "," * (len(SOURCES.column_names) - 1) + "\r\n"
        + _row(id="b") + "\r\n\r\n",
    "quoted commas, doubled quotes and line breaks inside a cell":
        HEADER + "\n" + _row(id="a", title='"Roadmap, phase 2 ""draft""\nsecond line"') + "\n",
    "every kind of space around cells, none inside":
        HEADER + "\n" + _row(id=" a\t", title="\u3000Zusammenarbeit\u00a0", notes="\x1cx y\u2029") + "\n",
    "umlauts and other scripts":
        HEADER + "\n" + _row(id="a", title="Rohstoffpartnerschaft – Überblick, 中亚, Қазақстан") + "\n",
    "a record with a surplus field":
        HEADER + "\n" + _row(id="a") + "\n" + _row(id="b") + ",extra\n",
    "a record with a missing field":
        HEADER + "\n" + _row(id="a").rsplit(",", 1)[0] + "\n" + _row(id="b") + "\n",
    "a quote inside an unquoted cell":
        HEADER + "\n" + _row(id="a", title='5" pipes') + "\n",
    "a quote that is never closed":
        HEADER + "\n" + _row(id="a") + "\n" + _row(id="b", notes='"open') + "\n",
    "a header and no records":
        HEADER + "\n\n",
}


@pytest.mark.parametrize("text", TRICKY.values(), ids=TRICKY.keys())
def test_tricky_files_read_the_same_both_ways(text, tmp_path, monkeypatch):
    path = tmp_path / SOURCES.name
    path.write_bytes(text.encode("utf-8"))
    assert_same(*read_both(path, SOURCES, monkeypatch))


def test_the_big_reader_strips_cells_and_keeps_inner_text(tmp_path, monkeypatch):
    path = tmp_path / SOURCES.name
    path.write_bytes(TRICKY["every kind of space around cells, none inside"].encode("utf-8"))
    monkeypatch.setattr(validation, "SMALL_FILE_BYTES", -1)
    frame, problems = read_csv_text(path, SOURCES)
    assert not problems
    assert frame.loc[0, "id"] == "a"
    assert frame.loc[0, "title"] == "Zusammenarbeit"
    assert frame.loc[0, "notes"] == "x y"


def test_the_whitespace_set_is_what_python_strips():
    assert set(validation.WHITESPACE) == {c for c in map(chr, range(0x110000)) if c.isspace()}


def test_line_breaks_inside_cells_across_the_readers_blocks(tmp_path, monkeypatch):
    """Arrow reads a big file in blocks; a quoted line break must not be taken for a record's end."""
    path = tmp_path / SOURCES.name
    rows = [_row(id=f"s{i}", title='"' + "first line\nsecond line, " * 20 + '"') for i in range(5000)]
    path.write_bytes((HEADER + "\n" + "\n".join(rows) + "\n").encode("utf-8"))
    assert path.stat().st_size > 2 * 2**20
    small, large = read_both(path, SOURCES, monkeypatch)
    assert len(small[0]) == 5000
    assert_same(small, large)


def test_a_file_arrow_cannot_parse_gets_a_message_not_a_crash(tmp_path, monkeypatch):
    import pyarrow

    def refuse(*args, **kwargs):
        raise pyarrow.ArrowInvalid("CSV parse error")

    path = tmp_path / SOURCES.name
    path.write_bytes((HEADER + "\n" + _row(id="a") + "\n").encode("utf-8"))
    monkeypatch.setattr(validation, "SMALL_FILE_BYTES", -1)
    monkeypatch.setattr(validation.pa_csv, "read_csv", refuse)
    frame, problems = read_csv_text(path, SOURCES)
    assert frame is None and [p.expected for p in problems] == ["the file is not valid CSV"]
