"""Where the shared corpus is, and how to load its scorers in-process."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
CORPUS = SHARED / "corpus"
TOOLS = SHARED / "tools"


@cache
def scorer(name: str) -> ModuleType:
    """The shared scorer ``name`` (``score`` or ``silver_score``), imported as a module."""
    path = TOOLS / f"{name}.py"
    if not path.exists():
        raise FileNotFoundError(f"the shared scorer {path} is not here")
    spec = importlib.util.spec_from_file_location(f"shared_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
