"""Fixtures: invented article texts on disk, and the shared corpus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus"

_PLACES = ("Tromsø", "Valparaíso", "Cork", "Hobart", "Mombasa", "Split")


def article_text(number: int) -> str:
    """A short invented article, different for every number."""
    place = _PLACES[number % len(_PLACES)]
    return (
        f"Harbour crane number {number} back in service in {place}\n"
        f"By Lin Berg\n"
        f"Published 9 January 2024, 06:{number % 60:02d}\n\n"
        f"{place.upper()} — The crane, idle since the storm, lifted its first container on "
        f"Tuesday, the port said.\n\n"
        f"\u201cWe are back to {number} moves an hour,\u201d said Mara Quist, the harbour master.\n"
    )


def _write_texts(folder: Path, files: int, per_file: int, separator: str | None) -> list[str]:
    """Write ``files`` files of ``per_file`` articles each; return the texts in order."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = []
    for f in range(files):
        chunk = [article_text(f * per_file + i) for i in range(per_file)]
        texts.extend(chunk)
        joined = f"{separator}\n".join(chunk) if separator else chunk[0]  # texts end in LF
        (folder / f"batch-{f:03d}.txt").write_text(joined, encoding="utf-8")
    return texts


@pytest.fixture
def write_texts() -> Callable[[Path, int, int, str | None], list[str]]:
    """A function that writes invented articles to files (see ``_write_texts``)."""
    return _write_texts


@pytest.fixture(scope="session")
def corpus_files() -> list[Path]:
    """The corpus texts, sorted; skips where the shared corpus is not beside the repo."""
    files = sorted(p for folder in ("seed", "dev") for p in (CORPUS / folder).rglob("*.txt"))
    if not files:
        pytest.skip(f"no corpus texts under {CORPUS}")
    return files
