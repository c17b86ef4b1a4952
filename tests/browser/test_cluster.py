"""Two app processes behind nginx (deploy/): pages load, websockets are proxied, and a download reaches
the browser from the process that built it, thanks to the session-affinity cookie."""

from __future__ import annotations

import csv
import io

import pytest

from scripts.cluster import cluster
from tests.browser.conftest import new_session


@pytest.fixture(scope="module")
def proxy_url():
    with cluster(2) as (base, processes):
        assert len(processes) == 2
        yield base


def test_downloads_through_the_proxy_reach_the_browser(browser, proxy_url, dataset, tmp_path):
    routes = set()
    for attempt in range(4):  # fresh browsers: each gets its own route, so both processes serve some
        context, session = new_session(browser, proxy_url)
        try:
            session.open("data?ca=KAZ")
            routes |= {c["value"] for c in context.cookies() if c["name"] == "route"}
            with session.page.expect_download() as info:
                session.page.get_by_role("button", name="Download CSV").click()
            target = tmp_path / f"{attempt}.csv"
            info.value.save_as(target)
            rows = list(csv.DictReader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
            kazakh = dataset.agreements[dataset.agreements["ca_countries"].map(lambda c: "KAZ" in c)]
            assert [r["id"] for r in rows] == list(kazakh["id"])
            assert session.real_errors() == [] and session.outside == []
        finally:
            context.close()
    assert len(routes) == 4  # each browser had its own affinity cookie
