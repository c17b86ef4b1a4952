"""Dataset text made safe to show: as plain text in Markdown, and inside HTML."""

from __future__ import annotations

import html
import re

# Every character Markdown (and Streamlit's extensions: $ for maths, : for icons and colours,
# ~ for strikethrough) could read as syntax.
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:&=])")


def plain_markdown(text: str) -> str:
    """Text shown by a Markdown element exactly as written, with no syntax, link or HTML."""
    text = str(text).replace("\r", " ").replace("\n", " ")
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


def escape_html(text: str) -> str:
    """Text for an HTML context (tooltips, hovers): tags and entities shown, never run."""
    return html.escape(str(text), quote=True)


def markdown_link(text: str, url: str) -> str:
    """A Markdown link whose text is shown as written and whose address cannot end the link early:
    only http(s) and relative addresses, with brackets, spaces and quotes percent-encoded."""
    url = str(url)
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", url) and not url.lower().startswith(("http://", "https://")):
        return plain_markdown(text)  # javascript:, data: and the like never become links
    safe = url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(
        ">", "%3E").replace('"', "%22")
    return f"[{plain_markdown(text)}]({safe})"
