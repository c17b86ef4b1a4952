"""Links between records: ``part_of`` (an amount inside another record's amount) and ``follows``
(the lifecycle: memorandum → roadmap → project → financing).

Chains are resolved once, over the whole dataset, when it is loaded: totals of a selection then
know every record above a record, also when a record in the middle is filtered out.
"""

from __future__ import annotations

from collections.abc import Mapping

MAX_DEPTH = 10  # links above one record; deeper chains are rejected as a likely mistake


def chain_problems(parents: Mapping[str, str], column: str) -> dict[str, str]:
    """For each record whose chain of links loops or is too deep: what is wrong, in words.

    ``parents`` maps a record's id to the id it links to ("" for none); links to unknown ids are
    reported by the column checks and end a chain here.
    """
    problems = {}
    for start, parent in parents.items():
        if not parent:
            continue
        seen = [start]
        current = parent
        while current and current in parents:
            if current in seen:
                loop = seen[seen.index(current):] + [current]
                problems[start] = (f"a {column} chain without a loop; this one comes back to where it started: "
                                   + " → ".join(loop))
                break
            seen.append(current)
            if len(seen) > MAX_DEPTH + 1:
                problems[start] = f"a {column} chain of at most {MAX_DEPTH} links; this one is longer"
                break
            current = parents[current]
    return problems


def ancestors(parents: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Every record's chain upwards (nearest first), for a dataset whose chains passed
    ``chain_problems``. Records with no link are left out."""
    chains: dict[str, tuple[str, ...]] = {}
    for start, parent in parents.items():
        chain = []
        current = parent
        while current and len(chain) <= MAX_DEPTH:
            chain.append(current)
            current = parents.get(current, "")
        if chain:
            chains[start] = tuple(chain)
    return chains


def followers(parents: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """The records that link to each record directly, in the order given."""
    children: dict[str, list[str]] = {}
    for child, parent in parents.items():
        if parent:
            children.setdefault(parent, []).append(child)
    return {parent: tuple(kids) for parent, kids in children.items()}
