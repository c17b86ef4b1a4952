"""Shared look of every plotly chart: readable from the back of a room, the same everywhere,
and a toolbar whose image download is a high-resolution PNG named after what it shows."""

from __future__ import annotations

import copy
import re
import textwrap
import unicodedata

import plotly.graph_objects as go

from tracker.language.escaping import escape_html
from tracker.views.colours import TEXT

FONT = "Source Sans Pro, DejaVu Sans, Arial, sans-serif"
BASE_SIZE = 16
TITLE_SIZE = 21
GRID = "#E3E7EC"  # grid and axis lines of every chart
IMAGE_SCALE = 3  # 3 × the on-screen size: sharp on a slide or a 4K projector
# plotly never wraps a title: lines are broken before they would run past a chart as wide as the main
# column of a 1280-pixel laptop screen (about 800 px), at these many characters of the title's size
# and of a 13-pixel subtitle (fewer at a larger size).
TITLE_CHARS = 68
SUBTITLE_CHARS = 112
SUBTITLE_SIZE = 13

_AXIS = {"gridcolor": GRID, "linecolor": GRID, "zeroline": False, "title": {"font": {"size": BASE_SIZE}},
         "tickfont": {"size": BASE_SIZE - 1}, "automargin": True}


def _merge(base: dict, extra: dict) -> dict:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value
    return base


def base_layout(title: str, height: int, /, **extra) -> dict:
    """The layout every chart starts from, with chart-specific keys merged in. Built as one dict and
    given to go.Figure once: each update_layout call re-validates, and the plotly_white template
    is deep-copied on every figure (together ~70 ms a chart)."""
    layout = {
        "template": "none",
        # plotly reads a subset of HTML in titles; the title holds country names from the data
        "title": {"text": escape_html(title), "font": {"size": TITLE_SIZE}, "x": 0, "xanchor": "left"},
        "font": {"family": FONT, "size": BASE_SIZE, "color": TEXT},
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 70, "b": 50},
        "hoverlabel": {"font": {"size": 15, "family": FONT}, "align": "left"},
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "xaxis": copy.deepcopy(_AXIS),
        "yaxis": copy.deepcopy(_AXIS),
    }
    return _merge(layout, extra)


def wrapped(text: str, limit: int) -> tuple[str, int]:
    """Text as plotly title markup broken into lines of at most ``limit`` characters (a longer word
    keeps its own line), each line escaped; and the number of lines."""
    lines = textwrap.wrap(text, width=limit, break_long_words=False, break_on_hyphens=False) or [""]
    return "<br>".join(escape_html(line) for line in lines), len(lines)


def subtitle_chars(size: int) -> int:
    """How many characters of a subtitle in ``size`` pixels fit where SUBTITLE_CHARS of 13 pixels do."""
    return SUBTITLE_CHARS * SUBTITLE_SIZE // size


def make_figure(data: list[dict], layout: dict) -> go.Figure:
    """A figure from trace and layout dicts, built once without plotly's property-by-property
    validation, which costs two thirds of a chart's build time. tests/views/test_figures.py validates every
    figure the builders make, so a wrong property still fails a test."""
    return go.Figure(data=data, layout=layout, _validate=False)


def with_layout(fig: go.Figure, changes: dict) -> go.Figure:
    """A copy of ``fig`` with ``changes`` merged into its layout, built without re-validating it: an
    update_layout call costs about ten times as much as the whole figure took to make."""
    return make_figure(list(fig.data), _merge(fig.layout.to_plotly_json(), changes))


def slug(text: str, limit: int = 90) -> str:
    """A file name from a chart title: "Stated value by partner, Kazakhstan, 2023–2025" →
    "stated-value-by-partner_kazakhstan_2023-2025"."""
    text = text.replace("–", "-").replace("—", "-")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9,]+", "-", text).replace(",", "_")
    text = re.sub(r"-*_-*", "_", text).strip("-_")
    return text[:limit].rstrip("-_") or "chart"


def plotly_config(name: str) -> dict:
    """Toolbar: image download as PNG at IMAGE_SCALE, named after the chart; no clutter. ``name`` is
    the chart's kind, not its selection: when a chart's config changes, plotly draws the chart from
    scratch and then updates it (twice the work of an update), so a filter change keeps it as it is."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "filename": slug(name), "scale": IMAGE_SCALE},
        "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d", "toggleSpikelines",
                                   "hoverClosestCartesian", "hoverCompareCartesian"],
    }
