"""Build what a user would install, and prove it installs and works on its own.

    python3 tools/check_dists.py            # builds into dist/
    python3 tools/check_dists.py --dist DIR

1. Builds the sdist and the wheel of the core and of every plugin under ``plugins/``
   (``python -m build``: the wheel is built from the sdist, so the sdist is complete too),
   with ``build``, ``hatchling`` and ``twine`` in a throwaway virtual environment.
2. Checks every file with ``twine check --strict`` (metadata, and a README that renders).
3. Makes a fresh virtual environment, installs the third-party dependencies the wheels
   declare from the package index, then every newsmodel distribution from the dist
   folder alone (``pip install --no-index --find-links DIST ...``): a dependency on a
   name the folder does not hold, such as the unrelated ``newsmodel`` on the index, fails
   the install.
4. There, outside the source tree, converts the bundled sample article to every format
   (to a file, and the linked tables to a folder), reads the JSON back against its
   schema, draws the inspection page, and lists the plugins, so the entry points and the
   package data (the sample, the JSON schema, the inspection page's assets) are shown to
   be inside the distributions.

Exits 0 when all of it worked, and prints what failed otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: The distributions this repository builds, and the import name each provides.
CORE = "newsmodel-core"

#: Each official format, and the options its conversion of the sample is given.
FORMATS: dict[str, dict[str, str]] = {
    "json": {"indent": "2"},
    "csv": {},
    "parquet": {},
    "rss": {"timezone": "Europe/London"},
    "tei": {},
}

#: The official readers, the input formats besides plain text.
READERS = ("html", "warc")

#: A saved web page, read by the html reader in the fresh environment.
PAGE = """<!doctype html><html><head><title>Tide gauge restored</title></head><body>
<article><h1>Tide gauge restored at the old pier</h1>
<p>The harbour office said on Monday that the tide gauge works again.</p>
<p>Readings are posted every ten minutes.</p></article></body></html>
"""

#: What runs inside the fresh environment, from a folder outside the source tree.
PROBE = """
import json, sys
from importlib import metadata, resources
import newsmodel
import newsmodel_json, newsmodel_dask
sample = resources.files("newsmodel") / "samples" / "harbour-bridge.txt"
schema = newsmodel_json.schema()
print(json.dumps({
    "newsmodel": newsmodel.__file__,
    "sample": str(sample),
    "schema": schema["$id"],
    "core": metadata.version("newsmodel-core"),
    "dists": sorted(d.metadata["Name"] for d in metadata.distributions()),
}))
"""

READ_BACK = """
import json, sys, jsonschema, newsmodel, newsmodel_json
data = open(sys.argv[1], "rb").read()
jsonschema.validate(json.loads(data), newsmodel_json.schema())
assert newsmodel_json.loads(data) == newsmodel.parse(open(sys.argv[2], "rb").read())
print("ok")
"""


class Failed(Exception):
    """A step failed; the message says which and why."""


def _run(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    command = [str(arg) for arg in args]
    done = subprocess.run(command, capture_output=True, text=True, cwd=cwd, env=env)
    if done.returncode != 0:
        raise Failed(
            f"{' '.join(command)} exited {done.returncode}\n{done.stdout}{done.stderr}".rstrip()
        )
    return done.stdout


def _bin(env: Path, name: str) -> Path:
    return env / ("Scripts" if os.name == "nt" else "bin") / name


def projects() -> list[Path]:
    """The core and every plugin folder with a ``pyproject.toml``, in a fixed order."""
    plugins = sorted(p.parent for p in (ROOT / "plugins").glob("*/pyproject.toml"))
    return [ROOT, *plugins]


def project_name(folder: Path) -> str:
    """The distribution name a ``pyproject.toml`` declares."""
    text = (folder / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^\[project\]\s*\nname\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise Failed(f"{folder / 'pyproject.toml'} names no project")
    return match.group(1)


def _requires(wheel: Path) -> list[str]:
    """Every requirement a wheel declares, its extras' left out."""
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        lines = archive.read(name).decode("utf-8").splitlines()
    return [
        line.split(":", 1)[1].strip()
        for line in lines
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    ]


def _ours(requirement: str) -> bool:
    return re.match(r"newsmodel\b", requirement, re.IGNORECASE) is not None


def requirements(wheel: Path) -> list[str]:
    """The third-party requirements a wheel declares (its extras' left out); newsmodel's
    own distributions are left out, since they must come from the dist folder."""
    return [r for r in _requires(wheel) if not _ours(r)]


def own_requirements(wheel: Path) -> list[str]:
    """The requirements of a wheel on newsmodel's distributions (``newsmodel-core>=0.1``)."""
    return [r for r in _requires(wheel) if _ours(r)]


def build(dist: Path, tools: Path) -> list[str]:
    """Build every project into ``dist``; return the distribution names."""
    venv.create(tools, with_pip=True)
    python = _bin(tools, "python")
    _run(python, "-m", "pip", "install", "-q", "build>=1.2", "twine>=5", "hatchling>=1.21")
    names = []
    for folder in projects():
        names.append(project_name(folder))
        _run(python, "-m", "build", "-q", "--no-isolation", "--outdir", dist, folder)
    _run(python, "-m", "twine", "check", "--strict", *sorted(dist.iterdir()))
    return names


def _isolated_pip_env() -> dict[str, str]:
    """The environment for pip with no index and no configured extra places to look."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def install(dist: Path, names: list[str], env: Path) -> Path:
    """A fresh environment with every distribution installed from ``dist`` alone."""
    venv.create(env, with_pip=True)
    python = _bin(env, "python")
    wheels = sorted(dist.glob("*.whl"))
    third_party = sorted({req for wheel in wheels for req in requirements(wheel)})
    # The JSON read-back check validates against the schema.
    _run(python, "-m", "pip", "install", "-q", *third_party, "jsonschema>=4.21")
    _run(
        python,
        "-m",
        "pip",
        "install",
        "-q",
        "--no-index",
        "--find-links",
        dist,
        *names,
        env=_isolated_pip_env(),
    )
    return python


def exercise(python: Path, names: list[str], scratch: Path) -> list[str]:
    """Use the installed distributions as a user would; return what was checked."""
    done = []
    probe = json.loads(_run(python, "-c", PROBE, cwd=scratch))
    if not Path(probe["newsmodel"]).is_relative_to(python.parents[1]):
        raise Failed(f"newsmodel was imported from {probe['newsmodel']}, not the new environment")
    installed = {name.lower() for name in probe["dists"]}
    missing = [name for name in names if name not in installed]
    if missing or "newsmodel" in installed:
        raise Failed(f"installed: {sorted(installed)}; missing {missing}")
    done.append(f"installed from the dist folder: {', '.join(names)}")
    sample = Path(probe["sample"])
    if not sample.is_file():
        raise Failed(f"the bundled sample is not in the wheel: {sample}")
    newsmodel = _bin(python.parents[1], "newsmodel")

    listed = json.loads(_run(newsmodel, "formats", "--json", cwd=scratch))
    found = sorted(row["name"] for row in listed["installed"])
    if found != sorted(FORMATS) or listed["not_installed"]:
        raise Failed(f"newsmodel formats lists {found}, not installed {listed['not_installed']}")
    readers = json.loads(_run(newsmodel, "readers", "--json", cwd=scratch))
    found_readers = sorted(row["name"] for row in readers["installed"])
    if found_readers != sorted([*READERS, "text"]) or readers["not_installed"]:
        raise Failed(f"newsmodel readers lists {found_readers}")
    plugins = json.loads(_run(newsmodel, "plugins", "--json", cwd=scratch))
    dists = sorted(p["distribution"] for p in plugins)
    if dists != sorted(f"newsmodel-{name}" for name in (*FORMATS, *READERS)):
        raise Failed(f"newsmodel plugins names the distributions {dists}")
    done.append(f"entry points: formats {', '.join(found)}; readers {', '.join(found_readers)}")

    out = scratch / "out"
    for name, options in FORMATS.items():
        suffix = next(row["suffix"] for row in listed["installed"] if row["name"] == name)
        target = out / f"sample{suffix}"
        opts = [f"--option={key}={value}" for key, value in options.items()]
        _run(newsmodel, "convert", sample, "--to", name, *opts, "-o", target, cwd=scratch)
        if not target.is_file() or not target.stat().st_size:
            raise Failed(f"newsmodel convert --to {name} wrote nothing to {target}")
        done.append(f"converted the sample to {name}: {target.stat().st_size} bytes")
    for name in ("csv", "parquet"):
        folder = out / f"{name}-tables"
        _run(newsmodel, "convert", sample, "--to", name, "-o", f"{folder}/", cwd=scratch)
        tables = sorted(p.name for p in folder.iterdir())
        if f"quotes.{name}" not in tables:
            raise Failed(f"newsmodel convert --to {name} -o FOLDER wrote {tables}")
        done.append(f"converted the sample to {name} tables: {len(tables)} files")
    if _run(python, "-c", READ_BACK, out / "sample.json", sample, cwd=scratch).strip() != "ok":
        raise Failed("the JSON did not read back")
    done.append(f"the JSON validates against the shipped schema {probe['schema']} and reads back")

    web = scratch / "page.html"
    web.write_text(PAGE, encoding="utf-8")
    read = json.loads(_run(newsmodel, "convert", web, "--to", "json", cwd=scratch))
    if read["headline"] != "Tide gauge restored at the old pier":
        raise Failed(f"the html reader gave the headline {read['headline']!r}")
    done.append("read a web page with the html reader")

    page = out / "sample.html"
    _run(newsmodel, "inspect", sample, "-o", page, cwd=scratch)
    html = page.read_text(encoding="utf-8")
    if "<style>" not in html or "<script>" not in html:
        raise Failed(f"{page} lacks the inspection page's stylesheet or script")
    done.append(f"drew the inspection page with its assets: {len(html)} characters")
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where to build")
    args = parser.parse_args(argv)
    dist: Path = args.dist.resolve()
    started = time.monotonic()
    shutil.rmtree(dist, ignore_errors=True)
    dist.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="newsmodel-dists-") as tmp:
        work = Path(tmp)
        try:
            names = build(dist, work / "tools")
            print(f"check_dists: built and checked {len(list(dist.iterdir()))} files in {dist}")
            for wheel in sorted(dist.glob("*.whl")):
                own = own_requirements(wheel)
                if not wheel.name.startswith("newsmodel_core-") and not any(
                    re.match(rf"{CORE}\b", requirement) for requirement in own
                ):
                    raise Failed(f"{wheel.name} does not require {CORE}: {own}")
                for requirement in own:
                    print(f"check_dists: {wheel.name} requires {requirement}")
            python = install(dist, names, work / "env")
            (work / "scratch").mkdir()
            for line in exercise(python, names, work / "scratch"):
                print(f"check_dists: {line}")
        except Failed as error:
            print(f"check_dists: FAILED: {error}", file=sys.stderr)
            return 1
    print(f"check_dists: all good in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
