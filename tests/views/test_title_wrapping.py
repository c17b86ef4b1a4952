"""Chart titles and source lines are broken into lines that fit, keep every word, and stay escaped."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tracker.views.chart_style import SUBTITLE_CHARS, SUBTITLE_SIZE, subtitle_chars, wrapped


def test_a_long_source_line_is_broken_between_words_and_escaped():
    text = ("Kazakhstan, Uzbekistan; European Union, Germany, <b>France</b>; 2022–2026 · Source: Central Asia "
            "Critical Raw Materials Partnerships, dataset 3.0, as shown on 3 December 2026")
    markup, lines = wrapped(text, 60)
    assert lines == markup.count("<br>") + 1 == 4
    assert "&lt;b&gt;France&lt;/b&gt;" in markup and "<b>" not in markup
    assert all(len(line) <= 60 for line in wrapped(text.replace("<b>", "").replace("</b>", ""), 60)[0].split("<br>"))


@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöü–,;·", min_size=1, max_size=14), min_size=1,
                max_size=40))
def test_wrapping_keeps_every_word_in_order(words):
    text = " ".join(words)
    markup, lines = wrapped(text, 40)
    assert markup.split("<br>") and len(markup.split("<br>")) == lines
    assert " ".join(markup.split("<br>")).split() == text.split()


def test_a_larger_font_gets_fewer_characters_a_line():
    assert subtitle_chars(SUBTITLE_SIZE) == SUBTITLE_CHARS
    assert subtitle_chars(18) < SUBTITLE_CHARS
