"""Addresses that lead back to a record: its permalink and the "report an error" link.

The public address of the app (for links in files that leave it, the Excel workbook and the
briefing) is configured with the environment variable ``TRACKER_BASE_URL``, for example
``https://partnerships.example.org``; without it, links point at a local ``make run``.
"""

from __future__ import annotations

import os
from urllib.parse import quote, urlencode

from tracker.selection.url import PAGE_KEYS

BASE_URL_ENV = "TRACKER_BASE_URL"
LOCAL_BASE_URL = "http://localhost:8501"
RECORD_PATH = "record"


def public_base_url() -> str:
    configured = os.environ.get(BASE_URL_ENV, "").strip()
    return configured if configured.startswith(("http://", "https://")) else LOCAL_BASE_URL


LABEL_PATTERN = r"#(.*)$"  # a table's link column shows the text after # (the browser does not send it)


def labelled(address: str, label: str) -> str:
    """An address carrying the text a table's link column shows for it (LABEL_PATTERN)."""
    return f"{address}#{label}" if label else address


def permalink(record_id: str, base_url: str = "", query: dict[str, str] | None = None) -> str:
    """The record page's address: relative inside the app ("record?id=…", which the browser resolves
    against the app's own path), absolute with ``base_url`` for files that leave the app. ``query``: the
    selection and language as a link holds them, for links inside the app that open a new tab."""
    params = {k: v for k, v in (query or {}).items() if k not in PAGE_KEYS} | {"id": record_id}
    path = f"{RECORD_PATH}?" + urlencode(params)
    return f"{base_url.rstrip('/')}/{path}" if base_url else path


def report_error_link(template: str, record_id: str, link: str, title: str) -> str:
    """The "report an error" address for a record, from metadata.csv's ``report_error`` template,
    whose {subject} and {body} placeholders are filled in, URL-encoded. "" without a template."""
    if not template:
        return ""
    subject = f"Correction: {record_id}"
    body = f"Record: {record_id}\nTitle: {title}\nLink: {link}\n\nWhat is wrong, and the page that says so:\n"
    return template.replace("{subject}", quote(subject)).replace("{body}", quote(body))
