"""The command line takes a format option's value after a space or after '='."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

ARTICLE = """Ferry returns to the eastern harbour after a winter away
By Nora Quint
The ferry sailed into the eastern harbour on Monday for the first time since November.
“We missed the boat more than we expected,” said Tomas Berg, who runs the harbour cafe.
"""


def _convert(tmp_path: Path, *table: str) -> subprocess.CompletedProcess[bytes]:
    source = tmp_path / "ferry.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "newsmodel", "convert", str(source), "--to", "csv", *table],
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_table_option_with_a_space_is_the_same_as_with_an_equals_sign(tmp_path: Path) -> None:
    spaced = _convert(tmp_path, "--table", "quotes")
    joined = _convert(tmp_path, "--table=quotes")
    assert spaced.returncode == 0, spaced.stderr.decode()
    assert spaced.stdout == joined.stdout
    rows = list(csv.DictReader(io.StringIO(spaced.stdout.decode("utf-8"))))
    assert [row["speaker"] for row in rows] == ["Tomas Berg"]


def test_a_value_that_names_no_option_is_still_an_input(tmp_path: Path) -> None:
    done = _convert(tmp_path, "--colour", "blue")
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr
