"""The inspection page in a real browser: headless Chromium renders it, a probe reads it back.

The probe is a script added to a copy of the page (and allowed by its hash in the page's
security policy) that writes what the browser computed into the DOM as JSON; Chromium's
``--dump-dom`` hands that back.  A screenshot is kept in the test's temporary folder.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import json
import os
import re
import shutil
import signal
import struct
import subprocess
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsmodel import Article, Block, Span
from newsmodel.inspect import render_article

_BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")

PROBE = """
(function () {
  var pane = document.getElementById("source");
  var facts = {text: pane.textContent, roles: {}, quotes: [], scripts: document.scripts.length,
               title: document.title, pwned: document.documentElement.dataset.pwned || null};
  pane.querySelectorAll("[data-block]").forEach(function (b) {
    var role = b.dataset.role, style = getComputedStyle(b);
    var seen = facts.roles[role] || {count: 0, background: style.backgroundColor,
                                     label: getComputedStyle(b, "::before").content, shown: 0};
    seen.count += 1;
    if (b.getClientRects().length && b.getBoundingClientRect().width > 0) { seen.shown += 1; }
    facts.roles[role] = seen;
  });
  pane.querySelectorAll("mark[data-quote][id]").forEach(function (m) {
    var item = document.getElementById("ql" + m.dataset.quote);
    var speaker = item.querySelector(".speaker");
    facts.quotes.push({kind: m.dataset.kind, tip: m.dataset.tip, title: m.title,
                       line: getComputedStyle(m).textDecorationStyle,
                       listed: speaker ? speaker.textContent : null});
  });
  var first = pane.querySelector("mark[data-quote]");
  if (first) {
    var entry = document.getElementById("ql" + first.dataset.quote);
    first.dispatchEvent(new MouseEvent("mouseenter"));
    facts.hoverLights = entry.classList.contains("hl");
    first.dispatchEvent(new MouseEvent("mouseleave"));
    facts.leaveClears = !entry.classList.contains("hl");
  }
  var button = document.querySelector('.legend button[data-role="paragraph"]');
  button.click();
  facts.dimmedByParagraph = pane.querySelectorAll(".block.dim").length;
  button.click();
  facts.dimmedAfterUndo = pane.querySelectorAll(".block.dim").length;
  facts.fitsWidth = document.documentElement.scrollWidth <= window.innerWidth;
  var box = pane.getBoundingClientRect();
  facts.pane = [box.left, box.top, box.right, box.bottom].map(Math.round);
  var out = document.createElement("pre");
  out.id = "probe";
  out.hidden = true;  // the screenshot shows the page as it is
  out.textContent = JSON.stringify(facts);
  document.body.appendChild(out);
}());
"""


@pytest.fixture(scope="module")
def chromium() -> str:
    found = next((p for p in map(shutil.which, _BROWSERS) if p), None)
    if found is None:
        pytest.skip("Chromium is not installed (apt-get install chromium): browser test skipped")
    return found


def _run(browser: str, page: Path, *extra: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        done = _run_all_of_it(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--force-color-profile=srgb",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                "--window-size=1400,1000",
                *extra,
                page.as_uri(),
            ]
        )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _run_all_of_it(command: list[str], timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run the browser in a session of its own, and end every process of it on leaving.

    Chromium starts helper processes that share its output pipes; killing the browser
    alone on a time-out would leave them holding the pipes, and the test waiting.
    """
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        pytest.fail(f"the browser took over {timeout} s: {stderr[-2000:]}")
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def _probe(
    browser: str,
    article: Article,
    folder: Path,
    mutate: Callable[[str], str] = str,
    screenshot: Path | None = None,
) -> dict[str, Any]:
    """Render ``article``, add the probe and a script the policy must block, read the facts
    (and take a screenshot: the probe leaves the page looking as it was)."""
    page = mutate(render_article(article))
    digest = base64.b64encode(hashlib.sha256(PROBE.encode()).digest()).decode()
    page = page.replace("script-src ", f"script-src 'sha256-{digest}' ", 1)
    blocked = "<script>document.documentElement.dataset.pwned = 'yes';</script>"
    page = page.replace("</body>", f"{blocked}<script>{PROBE}</script></body>", 1)
    path = folder / f"{article.id}-probe.html"
    path.write_text(page, encoding="utf-8")
    shot = [f"--screenshot={screenshot}"] if screenshot else []
    dom = _run(browser, path, "--dump-dom", *shot)
    match = re.search(r'<pre id="probe"[^>]*>(.*?)</pre>', dom, re.DOTALL)
    assert match, "the probe did not run:\n" + dom[-2000:]
    facts: dict[str, Any] = json.loads(html.unescape(match[1]))
    return facts


def _rgb(css: str) -> tuple[int, int, int]:
    r, g, b = (int(x) for x in re.findall(r"\d+", css)[:3])
    return r, g, b


def _png_colours(
    data: bytes, wanted: set[tuple[int, int, int]], box: tuple[int, int, int, int]
) -> tuple[int, int, set[Any]]:
    """Width, height and which ``wanted`` colours an 8-bit RGB(A) PNG (as Chromium writes)
    holds inside ``box`` (left, top, right, bottom); decoding stops once all are seen."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, chunks, header = 8, b"", b""
    while pos < len(data):
        (size,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + size]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks += body
        pos += size + 12
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6), (depth, colour)
    step = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(chunks), width * step
    previous, found = bytearray(stride), set()
    for y in range(height):
        kind, row = (
            raw[y * (stride + 1)],
            bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]),
        )
        if kind == 1:
            for x in range(step, stride):
                row[x] = (row[x] + row[x - step]) & 255
        elif kind == 2:
            row = bytearray((a + b) & 255 for a, b in zip(row, previous, strict=True))
        elif kind == 3:
            for x in range(stride):
                row[x] = (row[x] + ((row[x - step] if x >= step else 0) + previous[x]) // 2) & 255
        elif kind == 4:
            for x in range(stride):
                a = row[x - step] if x >= step else 0
                b, c = previous[x], previous[x - step] if x >= step else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                row[x] = (row[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        if box[1] <= y < box[3]:
            part = row[box[0] * step : box[2] * step]
            found |= wanted.intersection(
                zip(part[0::step], part[1::step], part[2::step], strict=True)
            )
        previous = row
        if found == wanted:
            break
    return width, height, found


def test_the_browser_renders_roles_quotes_and_speakers(
    chromium: str, ferry: Article, tmp_path: Path
) -> None:
    shot = tmp_path / "ferry.png"
    facts = _probe(chromium, ferry, tmp_path, screenshot=shot)
    assert facts["text"] == ferry.source
    expected = {b.role for b in ferry.blocks}
    assert set(facts["roles"]) == expected and len(expected) == 10
    for role, seen in facts["roles"].items():
        assert seen["shown"] == seen["count"] == sum(b.role == role for b in ferry.blocks)
        assert seen["label"] == f'"{role}"'  # the role's name in the margin
    backgrounds = [seen["background"] for seen in facts["roles"].values()]
    assert len(set(backgrounds)) == 10, "two roles share a colour"
    assert [q["kind"] for q in facts["quotes"]] == ["direct", "direct", "partial", "scare"]
    assert [q["line"] for q in facts["quotes"]] == ["solid", "solid", "dashed", "dotted"]
    listed = [q["listed"] for q in facts["quotes"]]
    assert listed == ["Owen Marsh", "Owen Marsh", "Islanders", "no speaker"]
    assert facts["quotes"][0]["tip"] == "direct quote: Owen Marsh, said"
    assert facts["hoverLights"] and facts["leaveClears"]
    assert facts["dimmedByParagraph"] == len(ferry.blocks) - 5
    assert facts["dimmedAfterUndo"] == 0
    # The article's own <script> is text; the injected unhashed one is blocked by the policy.
    assert facts["scripts"] == 3 and facts["pwned"] is None
    assert facts["title"] == "Inspect: Island ferry returns after winter refit"
    assert facts["fitsWidth"]

    wanted = {_rgb(b) for b in backgrounds}
    left, top, right, bottom = facts["pane"]  # the text pane, not the legend above it
    width, height, painted = _png_colours(shot.read_bytes(), wanted, (left, top, right, bottom))
    assert (width, height) == (1400, 1000)
    assert painted == wanted, f"role colours missing from {shot}: {wanted - painted}"
    if os.environ.get("NEWSMODEL_ARTIFACTS"):
        shutil.copy(shot, Path(os.environ["NEWSMODEL_ARTIFACTS"]) / shot.name)


def test_the_browser_keeps_every_character_of_awkward_text(chromium: str, tmp_path: Path) -> None:
    lines = ["Title & <b>bold</b>", "\tTabbed\x0bvertical\x7fdel\x85next", "Emoji 🚢 é\u2028end"]
    source = "\n\r\n" + "\r\n".join(lines) + "\r\n"
    starts = [source.index(line) for line in lines]
    roles = ("headline", "paragraph", "boilerplate")
    blocks = [
        Block(role=r, text=t, span=Span(s, s + len(t)))
        for r, t, s in zip(roles, lines, starts, strict=True)
    ]
    article = Article(id="awkward", source=source, blocks=blocks)
    facts = _probe(chromium, article, tmp_path)
    assert facts["text"] == source
    assert {r: s["count"] for r, s in facts["roles"].items()} == dict.fromkeys(roles, 1)


def test_the_text_check_fails_on_a_page_that_writes_carriage_returns_raw(
    chromium: str, tmp_path: Path
) -> None:
    # A browser folds a raw CR LF into LF: the check must catch a page that forgets that.
    source = "Title\r\nBody\r\n"
    blocks = [
        Block(role="headline", text="Title", span=Span(0, 5)),
        Block(role="paragraph", text="Body", span=Span(7, 11)),
    ]
    article = Article(id="raw-cr", source=source, blocks=blocks)
    facts = _probe(chromium, article, tmp_path, mutate=lambda page: page.replace("&#13;", "\r"))
    assert facts["text"] != source
    assert facts["text"] == "Title\nBody\n"
