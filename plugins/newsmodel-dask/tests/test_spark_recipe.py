"""The Spark recipe in docs/dask.md runs as written and gives the serial run's records."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import newsmodel
from newsmodel.records import TABLES

DOC = Path(__file__).resolve().parents[3] / "docs" / "dask.md"


def _recipe() -> str:
    if not DOC.exists():
        pytest.skip(f"{DOC} is not there")
    found = re.search(r"<!-- spark-recipe -->\n```python\n(.*?)```", DOC.read_text("utf-8"), re.S)
    assert found, "docs/dask.md has no Spark recipe"
    return found.group(1)


@pytest.mark.slow
def test_spark_recipe(
    tmp_path: Path, write_texts: Callable[[Path, int, int, str | None], list[str]]
) -> None:
    recipe = _recipe()
    pytest.importorskip("pyspark", reason="the Spark recipe needs pyspark (pip install pyspark)")
    if shutil.which("java") is None and "JAVA_HOME" not in os.environ:
        pytest.skip("the Spark recipe needs Java 17 or later")
    texts = write_texts(tmp_path / "articles", 6, 1, None)  # one article per file
    (tmp_path / "recipe.py").write_text(recipe, encoding="utf-8")
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    run = subprocess.run(
        [sys.executable, "recipe.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]

    serial = [newsmodel.parse(t.encode("utf-8"), errors="replace") for t in texts]
    for name, table in TABLES.items():
        data = pq.read_table(tmp_path / "tables" / name)
        assert data.column_names == list(table.column_names)
        got = sorted(
            tuple(tuple(v) if isinstance(v, list) else v for v in row.values())
            for row in data.to_pylist()
        )
        expected = sorted(row for article in serial for row in table.rows(article))
        assert got == expected, name
    schema = pq.read_schema(next((tmp_path / "tables" / "articles").glob("*.parquet")))
    assert str(schema.field("published_utc").type) == "timestamp[us, tz=UTC]"
