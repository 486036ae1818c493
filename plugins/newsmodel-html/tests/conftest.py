"""Fixtures for the HTML reader's tests: small invented pages, and the corpus when present."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import newsmodel_html
import pytest

from newsmodel.host import registered, reset

ROOT = Path(__file__).resolve().parents[3]
#: The shared corpus beside the repository (absent in a plain clone: those tests skip).
SHARED = Path(os.environ.get("NEWSMODEL_SHARED", ROOT.parent / "shared")) / "corpus"

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Harbour ferry returns | The Harbour Gull</title>
  <link rel="canonical" href="https://gull.example/news/ferry-returns">
  <meta property="og:site_name" content="The Harbour Gull">
  <meta property="og:title" content="Harbour ferry returns after winter refit">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@graph": [
    {"@type": "WebSite", "name": "The Harbour Gull"},
    {"@type": "NewsArticle", "headline": "Harbour ferry returns after winter refit",
     "datePublished": "2024-03-14T09:30:00+01:00", "dateModified": "2024-03-14T11:05:00+01:00",
     "author": [{"@type": "Person", "name": "Mara Quist"}],
     "publisher": {"@type": "Organization", "name": "The Harbour Gull"},
     "articleSection": "Local &amp; Coast"}]}
  </script>
  <style>.menu { color: red }</style>
  <script>document.write("<p>never shown</p>")</script>
</head>
<body>
  <nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav>
  <article>
    <h1>Harbour ferry returns after   winter refit</h1>
    <p class="byline">By Mara Quist</p>
    <p>March 14, 2024</p>
    <figure><img src="ferry.jpg" alt="the ferry"><figcaption>The ferry leaves the dock on
      Thursday. (Photo: Jon Ellery)</figcaption></figure>
    <p>The harbour ferry returned to service on Thursday after a four-month refit,
      the council said.</p>
    <p>&ldquo;This is the day the whole town has been waiting for,&rdquo; said Mara Lopez,
      the harbour master. &amp; more.</p>
    <h2>A new engine</h2>
    <p>The refit gave the boat a new engine<br>and a new deck.</p>
    <div hidden>Hidden promotion</div>
    <div style="display: none">Also hidden</div>
    <template><p>Template text</p></template>
    <noscript>Turn on JavaScript to see the map.</noscript>
  </article>
  <footer><p>&copy; 2024 The Harbour Gull</p></footer>
</body>
</html>
"""


@pytest.fixture
def page() -> str:
    return PAGE


@pytest.fixture(autouse=True)
def html_reader() -> Iterator[None]:
    """The reader registered in code when it is not installed."""
    from newsmodel.host import readers

    reset()
    if "html" in readers():
        yield
        return
    with registered(newsmodel_html, name="html-test"):
        yield
