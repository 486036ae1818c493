"""Install the core and the json plugin as wheels into a fresh virtual environment, the way
a user installs a format plugin, and see what each step makes available."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import venv
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
PLUGIN = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "docs" / "examples" / "newsmodel-markdown"

CHECK = """
import json, newsmodel
article = newsmodel.Article(id="w1", source="Quay opens", headline="Quay opens")
out = {"formats": list(newsmodel.formats()),
       "plugins": [[p.name, p.distribution, p.version] for p in newsmodel.get_plugins()]}
try:
    out["bytes"] = newsmodel.dumps(article, "json").decode()
except newsmodel.UnknownFormatError as error:
    out["error"] = str(error)
else:
    from newsmodel_json import loads
    out["round_trip"] = loads(out["bytes"]) == article
print(json.dumps(out))
"""


MARKDOWN = """
import newsmodel
article = newsmodel.Article(id="w1", source="Quay opens", headline="Quay opens")
print(newsmodel.dumps(article, "markdown", level=2).decode(), end="")
"""


def _run(*args: str | Path, cwd: Path | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, cwd=cwd, timeout=300
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _requirements(wheel: Path) -> list[str]:
    """The wheel's third-party requirements, pinned to the versions tested here."""
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        lines = archive.read(name).decode("utf-8").splitlines()
    found = []
    for line in lines:
        if not line.startswith("Requires-Dist:") or "extra ==" in line:
            continue
        requirement = line.split(":", 1)[1].strip()
        project = re.match(r"[A-Za-z0-9._-]+", requirement)
        assert project is not None
        if project.group().lower().startswith("newsmodel"):
            continue
        try:
            found.append(f"{project.group()}=={metadata.version(project.group())}")
        except metadata.PackageNotFoundError:
            found.append(requirement)
    return found


@pytest.mark.slow
def test_wheels_install_into_a_fresh_environment(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    pip = (sys.executable, "-m", "pip")
    _run(
        *pip,
        "wheel",
        "-q",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        wheels,
        REPO,
        PLUGIN,
        EXAMPLE,
    )
    core = next(wheels.glob("newsmodel_core-*.whl"))
    plugin = next(wheels.glob("newsmodel_json-*.whl"))

    env = tmp_path / "env"
    venv.create(env, with_pip=False, symlinks=sys.platform != "win32")
    python = env / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    into = (*pip, "--python", python, "install", "-q", "--disable-pip-version-check")
    # Third-party dependencies come from the index (pip's cache), pinned to what is
    # tested here; newsmodel's own come only from the wheels just built.
    _run(*into, *_requirements(core))
    _run(*into, "--no-index", "--no-deps", core)

    alone = json.loads(_run(python, "-c", CHECK, cwd=tmp_path))
    assert alone["formats"] == [] and alone["plugins"] == []
    assert "unknown format 'json'" in alone["error"]
    assert "pip install newsmodel-json" in alone["error"]

    _run(*into, *_requirements(plugin))
    _run(*into, "--no-index", "--find-links", wheels, plugin)
    both = json.loads(_run(python, "-c", CHECK, cwd=tmp_path))
    assert both["formats"] == ["json"]
    assert both["plugins"] == [["json", "newsmodel-json", "0.1.0"]]
    assert json.loads(both["bytes"])["headline"] == "Quay opens"
    assert both["round_trip"] is True
    shipped = _run(python, "-c", "import newsmodel_json; print(newsmodel_json.schema()['$id'])")
    assert shipped.strip() == "urn:newsmodel:schema:article:1"

    # A third-party plugin: the plugin guide's example, built from its folder.
    _run(*into, "--no-index", "--no-deps", next(wheels.glob("newsmodel_markdown-*.whl")))
    listed = _run(python, "-c", "import newsmodel; print(sorted(newsmodel.formats()))")
    assert listed.strip() == "['json', 'markdown']"
    heading = _run(python, "-c", MARKDOWN, cwd=tmp_path)
    assert heading == "## Quay opens\n"
