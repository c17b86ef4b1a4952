"""A Streamlit client that speaks the front end's websocket protocol, without a browser.

It opens ``/_stcore/stream`` as the front end does, sends ``BackMsg`` protobufs (a script run with a
query string, widget values, a page switch, a deferred download) and reads ``ForwardMsg`` protobufs
until the run has finished, so the server does exactly the work a browser tab asks of it: the
frontend's own messages, minus the drawing.
"""

from __future__ import annotations

import asyncio
import itertools
import time
import urllib.request
from dataclasses import dataclass, field

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

EARLY_FOR_RERUN = ForwardMsg.ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN

MAX_MESSAGE = 64 * 1024 * 1024
_request_ids = itertools.count(1)


@dataclass
class RunResult:
    seconds: float
    received_bytes: int
    elements: dict[str, int]  # element type -> how many the run sent
    exceptions: int  # st.exception elements (a failed page)
    texts: list[str] = field(default_factory=list)  # Markdown, captions and headings, as sent


@dataclass
class StreamlitClient:
    base: str  # http://127.0.0.1:PORT
    query: str = ""
    ws: object = None
    widgets: dict[str, str] = field(default_factory=dict)  # user key -> widget id
    states: dict[str, tuple[str, object]] = field(default_factory=dict)  # widget id -> (kind, value)
    options: dict[str, list[str]] = field(default_factory=dict)  # user key -> formatted options
    downloads: dict[str, str] = field(default_factory=dict)  # user key -> deferred file id
    pages: dict[str, str] = field(default_factory=dict)  # url path ("" for the first) -> page script hash
    page_hash: str = ""
    session_id: str = ""
    cookie: str = ""  # what a proxy's session affinity set (deploy/nginx.conf.template)

    async def connect(self, timeout: float = 30) -> None:
        """Load the page's address first, as a browser does (a proxy may set its affinity cookie
        there), then open the websocket with that cookie."""
        self.cookie = await asyncio.to_thread(_first_visit_cookie, self.base, timeout)
        url = self.base.replace("http://", "ws://") + "/_stcore/stream"
        headers = {"Cookie": self.cookie} if self.cookie else None
        self.ws = await asyncio.wait_for(
            websockets.connect(url, subprotocols=["streamlit"], max_size=MAX_MESSAGE, open_timeout=timeout,
                               additional_headers=headers), timeout)

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()

    async def run(self, widget_states: list[tuple[str, str, object]] | None = None, page: str | None = None,
                  timeout: float = 60) -> RunResult:
        """One script run: the first with the query string, later ones with changed widget values
        (key, kind, value) or on another page; returns when the server says the run finished."""
        message = BackMsg()
        state = message.rerun_script
        state.query_string = self.query
        if page is not None:
            self.page_hash = self.pages.get(page, self.page_hash)
        state.page_script_hash = self.page_hash
        for key, kind, value in widget_states or ():
            self.states[self.widgets[key]] = (kind, value)
        for widget_id, (kind, value) in self.states.items():  # every value, as the front end sends them
            widget = state.widget_states.widgets.add()
            widget.id = widget_id
            if kind == "strings":
                widget.string_array_value.data.extend(value)
            elif kind == "doubles":
                widget.double_array_value.data.extend(value)
            elif kind == "string":
                widget.string_value = value
            elif kind == "bool":
                widget.bool_value = value
        for key, kind, _ in widget_states or ():
            if kind == "trigger":  # a click counts for one run only
                self.states.pop(self.widgets[key], None)
                widget = state.widget_states.widgets.add()
                widget.id = self.widgets[key]
                widget.trigger_value = True
        started = time.perf_counter()
        await self.ws.send(message.SerializeToString())
        return await asyncio.wait_for(self._until_finished(started), timeout)

    async def _until_finished(self, started: float) -> RunResult:
        received, elements, exceptions, texts = 0, {}, 0, []
        while True:
            raw = await self.ws.recv()
            received += len(raw)
            forward = ForwardMsg()
            forward.ParseFromString(raw)
            kind = forward.WhichOneof("type")
            if kind == "new_session" and forward.new_session.HasField("initialize"):
                self.session_id = forward.new_session.initialize.session_id
            elif kind == "navigation":
                self.pages = {page.url_pathname: page.page_script_hash for page in forward.navigation.app_pages}
                self.page_hash = forward.navigation.page_script_hash or self.page_hash
            elif kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
                element = forward.delta.new_element
                element_type = element.WhichOneof("type")
                elements[element_type] = elements.get(element_type, 0) + 1
                exceptions += element_type == "exception"
                if element_type in ("markdown", "heading"):
                    texts.append(getattr(element, element_type).body)
                inner = getattr(element, element_type)
                widget_id = getattr(inner, "id", "")
                if widget_id and "-" in widget_id:
                    key = widget_id.rsplit("-", 1)[-1]
                    self.widgets[key] = widget_id
                    if element_type == "download_button" and inner.deferred_file_id:
                        self.downloads[key] = inner.deferred_file_id
                    self._remember(key, widget_id, element_type, inner)
            elif kind == "script_finished" and forward.script_finished != EARLY_FOR_RERUN:
                # a filter's callback replaces the run it started with a run of the page alone
                return RunResult(time.perf_counter() - started, received, elements, exceptions, texts)

    def _remember(self, key: str, widget_id: str, element_type: str, inner) -> None:
        """The value a widget shows, kept as the front end keeps it, unless this client changed it."""
        if widget_id in self.states and not inner.set_value:
            return
        if element_type == "slider":
            self.states[widget_id] = ("doubles", list(inner.value if inner.set_value else inner.default))
        elif element_type == "multiselect":
            self.options[key] = list(inner.options)
            chosen = list(inner.raw_values) if inner.set_value else [inner.options[i] for i in inner.default]
            self.states[widget_id] = ("strings", chosen)
        elif element_type == "button_group":
            labels = [option.content for option in inner.options]
            self.options[key] = labels
            chosen = list(inner.raw_values) if inner.set_value else [labels[i] for i in inner.default]
            self.states[widget_id] = ("strings", chosen)
        elif element_type == "text_input":
            self.states[widget_id] = ("string", inner.value if inner.set_value else inner.default)
        elif element_type == "checkbox":
            self.states[widget_id] = ("bool", inner.value if inner.set_value else inner.default)

    async def download(self, key: str, timeout: float = 60) -> int:
        """A deferred download as the front end fetches it: ask the server to build the file, then GET
        its URL. Returns the file's size in bytes."""
        message = BackMsg()
        request = message.backend_operation_request
        request.request_id = f"load-{next(_request_ids)}"
        request.session_id = self.session_id
        request.deferred_file.file_id = self.downloads[key]
        await self.ws.send(message.SerializeToString())

        async def answer() -> str:
            while True:
                forward = ForwardMsg()
                forward.ParseFromString(await self.ws.recv())
                if forward.WhichOneof("type") == "backend_operation_response":
                    response = forward.backend_operation_response
                    if response.WhichOneof("payload") != "deferred_file":
                        raise RuntimeError(f"download failed: {response}")
                    return response.deferred_file.url

        url = await asyncio.wait_for(answer(), timeout)
        address = url if url.startswith("http") else self.base + url
        return await asyncio.to_thread(_fetch_size, address, timeout, self.cookie)


def _first_visit_cookie(base: str, timeout: float) -> str:
    with urllib.request.urlopen(base + "/", timeout=timeout) as response:
        response.read()
        cookies = [header.split(";", 1)[0] for header in response.headers.get_all("Set-Cookie") or []]
    return "; ".join(cookies)


def _fetch_size(url: str, timeout: float, cookie: str = "") -> int:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return len(response.read())
