"""tools/check_dists.py: the parts that need no build (CI runs the whole check)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from tools import check_dists

METADATA = """\
Metadata-Version: 2.4
Name: newsmodel-json
Version: 0.1.0
Requires-Dist: newsmodel-core>=0.1.0
Requires-Dist: orjson>=3.9
Requires-Dist: tzdata; sys_platform == 'win32'
Requires-Dist: pytest>=8; extra == 'test'
"""


def _wheel(tmp_path: Path, metadata: str) -> Path:
    wheel = tmp_path / "newsmodel_json-0.1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("newsmodel_json-0.1.0.dist-info/METADATA", metadata)
    return wheel


def test_third_party_requirements_leave_out_newsmodel_and_extras(tmp_path: Path) -> None:
    wheel = _wheel(tmp_path, METADATA)
    assert check_dists.requirements(wheel) == ["orjson>=3.9", "tzdata; sys_platform == 'win32'"]
    assert check_dists.own_requirements(wheel) == ["newsmodel-core>=0.1.0"]


def test_a_dependency_on_the_bare_name_is_seen(tmp_path: Path) -> None:
    wheel = _wheel(tmp_path, METADATA.replace("newsmodel-core>=0.1.0", "newsmodel>=0.1.0"))
    assert check_dists.own_requirements(wheel) == ["newsmodel>=0.1.0"]
    assert "newsmodel>=0.1.0" not in check_dists.requirements(wheel)


def test_every_project_is_built_and_every_plugin_needs_the_core() -> None:
    names = [check_dists.project_name(folder) for folder in check_dists.projects()]
    assert names[0] == check_dists.CORE == "newsmodel-core"
    assert sorted(names[1:]) == [
        "newsmodel-csv",
        "newsmodel-dask",
        "newsmodel-html",
        "newsmodel-json",
        "newsmodel-parquet",
        "newsmodel-rss",
        "newsmodel-tei",
        "newsmodel-warc",
    ]
    for folder in check_dists.projects()[1:]:
        text = (folder / "pyproject.toml").read_text(encoding="utf-8")
        assert '"newsmodel-core>=0.1.0"' in text, folder
        assert '"newsmodel>=' not in text, folder
