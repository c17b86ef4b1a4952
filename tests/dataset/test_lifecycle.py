"""Links between records: lifecycle (follows) and amounts inside other amounts (part_of). Bad links
are rejected with a message naming file, row, column and value; good chains resolve over the dataset."""

from __future__ import annotations

import itertools

import pytest

from tests.conftest import read_rows, write_rows
from tests.dataset.test_loader import problems_for
from tracker.dataset.lifecycle import MAX_DEPTH, ancestors, chain_problems, followers


def _rows(folder):
    return read_rows(folder / "agreements.csv")


def _save(folder, rows):
    write_rows(folder / "agreements.csv", rows)


def _plain(rows, *indexes):
    """Clear the links of the given rows, so a test starts from records that link nowhere."""
    for i in indexes:
        rows[i]["part_of"] = rows[i]["follows"] = ""


# --- pure chain logic ---------------------------------------------------------------------------


def test_chain_problems_find_loops_of_every_length_and_nothing_else():
    assert chain_problems({"a": "", "b": "a", "c": "b"}, "part_of") == {}
    two = chain_problems({"a": "b", "b": "a"}, "part_of")
    assert two == {"a": "a part_of chain without a loop; this one comes back to where it started: a → b → a",
                   "b": "a part_of chain without a loop; this one comes back to where it started: b → a → b"}
    three = chain_problems({"a": "b", "b": "c", "c": "a", "d": "a"}, "follows")
    assert set(three) == {"a", "b", "c", "d"}
    assert three["d"].endswith("a → b → c → a")


def test_chains_deeper_than_the_limit_are_problems():
    ids = [f"r{i}" for i in range(MAX_DEPTH + 2)]
    parents = {ids[0]: "", **{ids[i]: ids[i - 1] for i in range(1, len(ids))}}
    problems = chain_problems(parents, "part_of")
    assert list(problems) == [ids[-1]]
    assert "at most 10 links" in problems[ids[-1]]
    del parents[ids[-1]]
    assert chain_problems(parents, "part_of") == {}


def test_ancestors_and_followers():
    parents = {"mou": "", "roadmap": "mou", "project": "roadmap", "loan": "project", "other": "mou"}
    chains = ancestors(parents)
    assert chains["loan"] == ("project", "roadmap", "mou")
    assert "mou" not in chains
    assert followers(parents) == {"mou": ("roadmap", "other"), "roadmap": ("project",), "project": ("loan",)}


# --- the data files --------------------------------------------------------------------------------


def test_a_source_without_an_address_is_rejected(data_copy):
    rows = read_rows(data_copy / "sources.csv")
    rows[0]["url"] = ""
    rows[1]["url"] = "javascript:alert(1)"
    write_rows(data_copy / "sources.csv", rows)
    messages = problems_for(data_copy)
    assert "sources.csv, row 2, column url: '' — a value is required" in messages
    assert ("sources.csv, row 3, column url: 'javascript:alert(1)' — a web address starting with http:// or "
            "https://, without spaces") in messages


def test_a_record_without_a_source_is_rejected(data_copy):
    rows = _rows(data_copy)
    rows[0]["source_ids"] = ""
    _save(data_copy, rows)
    assert problems_for(data_copy) == ["agreements.csv, row 2, column source_ids: '' — a value is required"]


def test_a_lifecycle_link_to_a_missing_record_is_rejected(data_copy):
    rows = _rows(data_copy)
    rows[0]["follows"] = "no-such-record"
    _save(data_copy, rows)
    assert problems_for(data_copy) == ["agreements.csv, row 2, column follows: 'no-such-record' — unknown id "
                                       "no-such-record; every id must exist in agreements.csv"]


def test_a_lifecycle_link_to_a_later_record_is_rejected(data_copy):
    rows = _rows(data_copy)
    earliest = min(range(len(rows)), key=lambda i: rows[i]["date"])
    latest = max(range(len(rows)), key=lambda i: rows[i]["date"])
    _plain(rows, earliest)
    rows[earliest]["follows"] = rows[latest]["id"]
    _save(data_copy, rows)
    assert problems_for(data_copy) == [
        f"agreements.csv, row {earliest + 2}, column follows: '{rows[latest]['id']}' — the id of an earlier record "
        "(or one of the same date): a record cannot follow a later one"]


def test_a_record_part_of_itself_is_rejected(data_copy):
    rows = _rows(data_copy)
    _plain(rows, 0)
    rows[0]["part_of"] = rows[0]["id"]
    _save(data_copy, rows)
    assert problems_for(data_copy) == [f"agreements.csv, row 2, column part_of: '{rows[0]['id']}' — the id of "
                                       "another record, not of this one"]


def _record_that(rows, kind: str) -> int:
    """A record in a given place in the links: a package others are part of, a part of a package,
    a record that follows another, the last record of the file."""
    parents = {r["part_of"] for r in rows}
    pick = {"package": lambda r: r["id"] in parents and r["value_m"] != "",
            "part": lambda r: r["part_of"] != "" and r["value_m"] != "",
            "follower": lambda r: r["follows"] != "" and r["part_of"] == ""}
    if kind == "last":
        return len(rows) - 1
    return next(i for i, r in enumerate(rows) if pick[kind](r))


@pytest.mark.parametrize("kind", ["package", "part", "follower", "last"])
def test_a_record_part_of_itself_is_rejected_wherever_it_stands_in_the_links(data_copy, kind):
    rows = _rows(data_copy)
    i = _record_that(rows, kind)
    record_id = rows[i]["id"]
    rows[i]["part_of"] = record_id
    _save(data_copy, rows)
    assert problems_for(data_copy) == [f"agreements.csv, row {i + 2}, column part_of: '{record_id}' — the id of "
                                       "another record, not of this one"]


@pytest.mark.parametrize("length", [2, 3])
def test_a_part_of_cycle_is_rejected_on_every_record_in_it(data_copy, length):
    rows = _rows(data_copy)
    members = list(range(length))
    _plain(rows, *members)
    for i in members:
        rows[i]["part_of"] = rows[members[(members.index(i) + 1) % length]]["id"]
    _save(data_copy, rows)
    messages = problems_for(data_copy)
    assert len(messages) == length, messages
    first = rows[0]["id"]
    loop = " → ".join([rows[i]["id"] for i in members] + [first])
    assert messages[0] == (f"agreements.csv, row 2, column part_of: '{rows[1]['id']}' — a part_of chain without a "
                           f"loop; this one comes back to where it started: {loop}")


def test_an_over_deep_part_of_chain_is_rejected(data_copy):
    rows = _rows(data_copy)
    depth = MAX_DEPTH + 1
    _plain(rows, *range(depth + 1))
    for i in range(1, depth + 1):
        rows[i]["part_of"] = rows[i - 1]["id"]
    _save(data_copy, rows)
    messages = problems_for(data_copy)
    assert messages == [f"agreements.csv, row {depth + 2}, column part_of: '{rows[depth - 1]['id']}' — a part_of "
                        "chain of at most 10 links; this one is longer"]


def test_an_amount_kind_outside_its_vocabulary_or_missing_is_rejected(data_copy):
    rows = _rows(data_copy)
    stated = [i for i, r in enumerate(rows) if r["value_m"]][:2]
    kept = rows[stated[0]]["amount_kind"]
    rows[stated[0]]["amount_kind"] = "promised"
    rows[stated[1]]["amount_kind"] = ""
    _save(data_copy, rows)
    messages = problems_for(data_copy)
    assert any(m.startswith(f"agreements.csv, row {stated[0] + 2}, column amount_kind: 'promised' — unknown value "
                            "promised; expected one of: committed, disbursed, headline, non_binding")
               for m in messages), messages
    rows[stated[0]]["amount_kind"] = kept
    _save(data_copy, rows)
    assert problems_for(data_copy) == [f"agreements.csv, row {stated[1] + 2}, column amount_kind: '' — a value "
                                       "when value_m is given"]


def test_chains_are_resolved_over_the_whole_dataset_at_load(dataset):
    a = dataset.agreements.set_index("id")
    linked = a[a["part_of"] != ""]
    assert len(linked), "the dataset has records inside packages"
    for _, row in linked.iterrows():
        chain = row["part_of_chain"]
        assert chain[0] == row["part_of"]
        for child, parent in itertools.pairwise(chain):
            assert a.loc[child, "part_of"] == parent
        assert a.loc[chain[-1], "part_of"] == ""
