"""What is wrong with the dataset, said so that a curator can find and fix it.

Each problem names the file, the row as a spreadsheet shows it (the header is
row 1), the column, the bad value and what was expected. All problems travel in
one exception type, ``DataValidationError``, that the app shows as a message.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_SHOWN_VALUE = 60


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
    """The row a spreadsheet shows for a record's position among the records (the header is row 1)."""
    return int(index) + 2
