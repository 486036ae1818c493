"""MkDocs hook: the format reference's examples, generated from the bundled sample article.

At every build this parses ``src/newsmodel/samples/harbour-bridge.txt`` with
``newsmodel.parse`` and writes it through every installed format, then adds the results to
the site as pages under ``formats/examples/`` (and the raw outputs as files beside them).
Nothing is written into ``docs/``: the pages exist only in the built site, so they cannot
drift from the code.  A format that is not installed gets a page saying how to install it.
"""

from __future__ import annotations

import io
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

import newsmodel

SAMPLE = Path(newsmodel.__file__).resolve().parent / "samples" / "harbour-bridge.txt"
FOLDER = "formats/examples"
WIDTH = 90

#: The official formats, always given a page, with the options the examples use.
OFFICIAL: dict[str, dict[str, str]] = {
    "json": {"indent": "2"},
    "csv": {},
    "parquet": {},
    "rss": {
        "item_link": "https://news.example.org/story/{id}",
        "feed_url": "https://news.example.org/feed.rss",
        "language": "en-GB",
        "timezone": "Europe/London",
    },
    "tei": {},
}


def _clip(text: str, width: int = WIDTH) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= width else one_line[: width - 1] + "…"


def _cell(text: str) -> str:
    """Text for a Markdown table cell, as inline code."""
    text = _clip(text).replace("|", "\\|")
    fence = "``" if "`" in text else "`"
    return f"{fence} {text} {fence}" if fence == "``" else f"`{text}`"


def _fenced(text: str, language: str) -> str:
    fence = "````" if "```" in text else "```"
    return f"{fence}{language}\n{text.rstrip()}\n{fence}\n"


def _options_text(options: dict[str, str]) -> str:
    if not options:
        return "no options"
    return ", ".join(f"`{key}={value}`" for key, value in options.items())


# ---- JSON: every key path ---------------------------------------------------------------


def _json_paths(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """``(path, value)`` for every key, the first item of each list standing for the rest."""
    if isinstance(value, dict):
        for key, item in value.items():
            child = f"{path}.{key}" if path else key
            yield child, item
            yield from _json_paths(item, child)
    elif isinstance(value, list) and value and isinstance(value[0], dict):
        yield from _json_paths(value[0], f"{path}[]")


def _json_page(data: bytes) -> str:
    document = json.loads(data)
    rows = [
        f"| `{path}` | {_cell(json.dumps(value, ensure_ascii=False))} |"
        for path, value in _json_paths(document)
    ]
    return "\n".join(
        [
            "## Every key, with its value for the sample",
            "",
            "`a[]` stands for each item of the list `a`; the value shown is the first item's.",
            "Long values are clipped here; the full document is below.",
            "",
            "| key | value in the sample |",
            "| --- | --- |",
            *rows,
            "",
            "## The whole document",
            "",
            _fenced(data.decode("utf-8"), "json"),
        ]
    )


# ---- XML: every element ------------------------------------------------------------------


def _prefixed(element: Any, key: str) -> str:
    """An attribute's name as the document writes it: ``xml:id``, ``rel``."""
    from lxml import etree

    name = etree.QName(key)
    if name.namespace is None:
        return name.localname
    if name.namespace == "http://www.w3.org/XML/1998/namespace":
        return f"xml:{name.localname}"
    prefixes = {uri: prefix for prefix, uri in element.nsmap.items() if prefix}
    prefix = prefixes.get(name.namespace)
    return f"{prefix}:{name.localname}" if prefix else name.localname


def _xml_page(data: bytes) -> str:
    from lxml import etree

    root = etree.fromstring(data)
    first: dict[str, Any] = {}
    counts: dict[str, int] = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        qname = etree.QName(element)
        prefix = element.prefix
        name = f"{prefix}:{qname.localname}" if prefix else qname.localname
        counts[name] = counts.get(name, 0) + 1
        first.setdefault(name, element)
    rows = []
    for name, element in first.items():
        attributes = " ".join(
            f'{_prefixed(element, key)}="{value}"' for key, value in element.attrib.items()
        )
        text = (element.text or "").strip()
        shown = f"<{name}{' ' + attributes if attributes else ''}>{text}"
        if len(element):
            shown += "…"
        rows.append(f"| `{name}` | {counts[name]} | {_cell(shown)} |")
    return "\n".join(
        [
            "## Every element, with its first occurrence in the sample",
            "",
            "Each element's start tag, its first text, and `…` where child elements follow;",
            "long values are clipped here, the full document is below.",
            "",
            "| element | times | first occurrence |",
            "| --- | --- | --- |",
            *rows,
            "",
            "## The whole document",
            "",
            _fenced(data.decode("utf-8"), "xml"),
        ]
    )


# ---- tables (CSV, Parquet) ----------------------------------------------------------------


def _rows(count: int) -> str:
    return f"{count} row" if count == 1 else f"{count} rows"


def _first_filled(values: list[Any]) -> Any:
    return next((value for value in values if value not in (None, "", [])), None)


def _csv_page(folder: Path, files: dict[str, bytes]) -> str:
    import csv

    parts = [
        "The sample written to a folder: one file per table and `datapackage.json`.",
        "Each column with the first value it holds for the sample (empty when none).",
        "",
    ]
    for path in sorted(folder.glob("*.csv")):
        files[path.name] = path.read_bytes()
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        parts += [f"### `{path.name}` ({_rows(len(rows))})", ""]
        parts += ["| column | first value in the sample |", "| --- | --- |"]
        header = next(csv.reader(path.read_text(encoding="utf-8").splitlines()[:1]))
        for column in header:
            value = _first_filled([row[column] for row in rows])
            parts.append(f"| `{column}` | {_cell(value) if value is not None else ''} |")
        parts += ["", f"[Download `{path.name}`](csv/{path.name})", ""]
    descriptor = folder / "datapackage.json"
    if descriptor.exists():
        files["datapackage.json"] = descriptor.read_bytes()
        parts += [
            "### `datapackage.json`",
            "",
            "[Download `datapackage.json`](csv/datapackage.json)",
            "",
            _fenced(descriptor.read_text("utf-8"), "json"),
        ]
    return "\n".join(parts)


def _parquet_page(folder: Path, files: dict[str, bytes]) -> str:
    import pyarrow.parquet as pq

    parts = [
        "The sample written to a folder: one file per table, read back here with pyarrow.",
        "Each column with its Arrow type and the first value it holds for the sample.",
        "",
    ]
    for path in sorted(folder.glob("*.parquet")):
        files[path.name] = path.read_bytes()
        table = pq.read_table(path)
        parts += [f"### `{path.name}` ({_rows(table.num_rows)})", ""]
        parts += ["| column | type | first value in the sample |", "| --- | --- | --- |"]
        for field in table.schema:
            value = _first_filled(table.column(field.name).to_pylist())
            shown = _cell(str(value)) if value is not None else ""
            parts.append(f"| `{field.name}` | `{field.type}` | {shown} |")
        parts += ["", f"[Download `{path.name}`](parquet/{path.name})", ""]
    return "\n".join(parts)


# ---- one page per format ------------------------------------------------------------------


def _format_page(
    name: str, fmt: newsmodel.OutputFormat | None, article: newsmodel.Article
) -> tuple[str, dict[str, bytes]]:
    """The Markdown of one format's example page, and the files it links to."""
    files: dict[str, bytes] = {}
    title = f"# The sample article in `{name}`\n\n"
    if fmt is None:
        from newsmodel.host import OFFICIAL_FORMATS, install_hint

        dist = OFFICIAL_FORMATS.get(name, "newsmodel-" + name)
        return (
            title + f"The `{name}` format was not installed when this site was built. "
            f"Install {dist} ({install_hint(dist)}) "
            "and build the site again to see the sample article in it.\n",
            files,
        )
    options = OFFICIAL.get(name, {})
    intro = (
        f"{title}[The sample article](index.md) as the `{name}` format writes it "
        f"({fmt.description}), with {_options_text(options)}. This page is generated when "
        "the site is built, by parsing the sample with `newsmodel.parse` and writing it with "
        "the installed plugin, so it shows exactly what this version writes.\n\n"
    )
    if fmt.write_folder is not None:
        with tempfile.TemporaryDirectory() as scratch:
            fmt.write_folder(iter([article]), Path(scratch), options)
            body = (
                _csv_page(Path(scratch), files)
                if name == "csv"
                else _parquet_page(Path(scratch), files)
                if name == "parquet"
                else "\n".join(f"- `{p.name}`" for p in sorted(Path(scratch).iterdir()))
            )
        return intro + body, files
    buffer = io.BytesIO()
    newsmodel.dump([article], fmt, buffer, **options)
    data = buffer.getvalue()
    download = f"harbour-bridge{fmt.suffix}"
    files[download] = data
    link = f"\n[Download `{download}`]({download})\n"
    if name == "json":
        return intro + _json_page(data) + link, files
    if fmt.media_type.endswith("xml") or fmt.suffix in (".xml", ".rss"):
        return intro + _xml_page(data) + link, files
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return intro + f"{len(data)} bytes." + link, files
    return intro + _fenced(text, fmt.suffix.lstrip(".")) + link, files


def _index_page(names: list[str], article: newsmodel.Article, source: str) -> str:
    lines = [
        "# The sample article",
        "",
        "Every example in this section is generated when the site is built from the sample",
        "article that ships with newsmodel, `src/newsmodel/samples/harbour-bridge.txt` (an",
        "invented story), so what you read here is what this version of newsmodel writes.",
        "",
        "| format | page |",
        "| --- | --- |",
        *[f"| `{name}` | [the sample in `{name}`]({name}.md) |" for name in names],
        "",
        "## What the parser found",
        "",
        f"- headline: {_cell(article.headline or '')}",
        f"- published: `{article.published}`, updated: `{article.updated}`",
        f"- authors: {', '.join(a.name for a in article.authors) or 'none'}",
        f"- sections: {len(article.sections)}, paragraphs: {len(article.paragraphs)}, "
        f"quotes: {len(article.quotes)}, captions: {len(article.captions)}, "
        f"notes: {len(article.notes)}, boilerplate lines: {len(article.boilerplate)}",
        "",
        "## The text",
        "",
        _fenced(source, "text"),
    ]
    return "\n".join(lines)


def fmt_has_folder(fmt: newsmodel.OutputFormat | None) -> bool:
    return fmt is not None and fmt.write_folder is not None


def generate() -> dict[str, str | bytes]:
    """Every generated file, by its path inside the site's ``docs`` folder."""
    source = SAMPLE.read_text(encoding="utf-8")
    article = newsmodel.parse(source)
    installed = newsmodel.formats()
    names = [*OFFICIAL, *sorted(set(installed) - set(OFFICIAL))]
    out: dict[str, str | bytes] = {f"{FOLDER}/index.md": _index_page(names, article, source)}
    for name in names:
        page, files = _format_page(name, installed.get(name), article)
        out[f"{FOLDER}/{name}.md"] = page
        for file_name, data in files.items():
            folder = f"{FOLDER}/{name}" if fmt_has_folder(installed.get(name)) else FOLDER
            out[f"{folder}/{file_name}"] = data
    return out


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages and files to the site."""
    for path, content in generate().items():
        files.append(File.generated(config, path, content=content))
    return files
