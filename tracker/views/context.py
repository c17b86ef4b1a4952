"""What every view and export of a run is drawn for: the language's labels, the partner colours and the
selection in words. Built once per run (``components.view.View.context``) and handed to the builders
instead of a long row of positional arguments."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.language.i18n import Labels


@dataclass(frozen=True)
class ViewContext:
    labels: Labels  # names and codes in the user's language
    colours: dict[str, str]  # partner and partner-group colours (tracker.views.colours.partner_colours)
    selection_text: str = ""  # every filter in words, for titles of files and slides
    selection_short: str = ""  # the selection in a few words, for chart titles
    year_from: int = 0  # the selection's years, inclusive
    year_to: int = 0
    file_stem: str = "selection"  # download file name without its extension

    @property
    def lang(self) -> str:
        return self.labels.lang
