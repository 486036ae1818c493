"""The plugin is found through its entry point, like any installed format."""

from __future__ import annotations

import io
from importlib import metadata

import newsmodel_rss
import pytest

from newsmodel import Article, host


def test_entry_point_is_declared() -> None:
    points = metadata.entry_points(group="newsmodel")
    assert any(p.name == "rss" and p.value == "newsmodel_rss" for p in points)


def test_rss_format_is_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSMODEL_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    monkeypatch.setenv("NEWSMODEL_LOAD_PLUGINS", "newsmodel-rss")
    host.reset()
    try:
        fmt = host.get_format("rss")
        assert fmt is newsmodel_rss.RSS
        assert fmt.media_type == "application/rss+xml"
        assert set(fmt.options) >= {"title", "link", "feed_url", "item_link", "timezone"}
    finally:
        host.reset()


def test_written_through_the_format_object(ferry: Article) -> None:
    stream = io.BytesIO()
    newsmodel_rss.RSS.write([ferry], stream, {"timezone": "UTC"})
    assert stream.getvalue().startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<rss ')
