"""The Makefile and the Python build script of docs/build-scripts.md, run as written.

The examples are taken from the page itself, so the page cannot drift from what works.
Outputs are read back with the standard library's own readers (json, csv, xml.etree).
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import newsmodel

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "build-scripts.md"
BIN = Path(sys.executable).parent
TEI = "{http://www.tei-c.org/ns/1.0}"

ARTICLES = {
    "2024/mar/tram.txt": """\
Tram line extension opens to the university
By Marta Silva
Published: 11 Mar. 2024, 07:45
The new tram line to the university opened on Monday, a year later than planned.
“Students will save twenty minutes a day,” said Joan Pratt, who runs the transport office.
""",
    "2024/apr/pool.txt": """\
Public pool to stay open all winter
By Felix Brandt
Published: 2 Apr. 2024, 12:00
The public pool on Lake Road will stay open through the winter for the first time.
The council found the money for heating in its spring budget.
""",
    "school.txt": """\
School choir sings at the harbour festival
By Amara Eze
The school choir opened the harbour festival on Saturday with songs about the sea.
“The children practised for three months,” said their teacher, Rosa Lind.
""",
}


def block(language: str) -> str:
    """The one fenced code block of ``language`` on the build-scripts page."""
    found = re.findall(
        rf"^```{language}\n(.*?)^```$", PAGE.read_text(encoding="utf-8"), re.M | re.S
    )
    assert len(found) == 1, f"expected one ```{language} block in {PAGE}"
    return str(found[0])


def installed_formats() -> set[str]:
    done = subprocess.run(
        [str(BIN / "newsmodel"), "formats", "--json"], capture_output=True, check=True
    )
    return {f["name"] for f in json.loads(done.stdout)["installed"]}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    if not (BIN / "newsmodel").exists():
        pytest.skip("the newsmodel script is not installed")
    missing = {"json", "tei", "csv"} - installed_formats()
    if missing:
        pytest.skip(f"the examples need the {', '.join(sorted(missing))} format plugins")
    for name, text in ARTICLES.items():
        path = tmp_path / "articles" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "MAKEFLAGS")}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


def headlines() -> list[str | None]:
    """What the parser finds, in the sorted order of the article paths."""
    order = sorted(ARTICLES, key=lambda name: Path(name).parts)
    return [newsmodel.parse(ARTICLES[name]).headline for name in order]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_makefile_example(project: Path) -> None:
    (project / "Makefile").write_text(block("make"), encoding="utf-8")
    make = ["make", "--no-print-directory"]
    done = subprocess.run(make, cwd=project, capture_output=True, text=True, env=environment())
    assert done.returncode == 0, done.stderr

    for name, text in ARTICLES.items():
        out = project / "build" / "json" / Path(name).with_suffix(".json")
        assert (
            json.loads(out.read_text(encoding="utf-8"))["headline"]
            == newsmodel.parse(text).headline
        )
    lines = (project / "build" / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["headline"] for line in lines] == headlines()
    corpus = ET.parse(project / "build" / "corpus.xml").getroot()
    assert corpus.tag == f"{TEI}teiCorpus"
    assert len(corpus.findall(f"{TEI}TEI")) == len(ARTICLES)
    with open(project / "build" / "tables" / "articles.csv", encoding="utf-8", newline="") as f:
        assert len(list(csv.DictReader(f))) == len(ARTICLES)
    assert (project / "build" / "tables" / "datapackage.json").exists()

    again = subprocess.run(make, cwd=project, capture_output=True, text=True, env=environment())
    assert "Nothing to be done" in again.stdout

    before = {p: p.read_bytes() for p in (project / "build").rglob("*") if p.is_file()}

    # a broken article stops make with the file named; the previous output stays whole
    (project / "articles" / "school.txt").write_bytes(b"")
    broken = subprocess.run(make, cwd=project, capture_output=True, text=True, env=environment())
    assert broken.returncode != 0
    assert "articles/school.txt: the input is empty" in broken.stderr
    assert (project / "build" / "json" / "school.json").read_bytes() == before[
        project / "build" / "json" / "school.json"
    ]


def test_python_build_script_example(project: Path) -> None:
    (project / "build.py").write_text(block("python"), encoding="utf-8")
    command = [sys.executable, "build.py"]
    done = subprocess.run(command, cwd=project, capture_output=True, text=True, env=environment())
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{len(ARTICLES)} TEI files written, 0 failed\n"
    for name in ARTICLES:
        root = ET.parse(project / "build" / "tei" / Path(name).with_suffix(".xml")).getroot()
        assert root.tag == f"{TEI}TEI"
    index = json.loads((project / "build" / "search.json").read_text(encoding="utf-8"))
    assert [article["headline"] for article in index] == headlines()

    (project / "articles" / "notes.txt").write_bytes(b"\x00\x01\x02 not an article")
    failed = subprocess.run(command, cwd=project, capture_output=True, text=True, env=environment())
    assert failed.returncode != 0
    assert "skipped articles/notes.txt: this looks like a binary file" in failed.stderr
    assert "ConversionError: 1 input(s) failed" in failed.stderr
    assert f"{len(ARTICLES)} TEI files written, 1 failed" in failed.stdout
