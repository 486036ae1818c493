"""Turn what a user names on the command line into the list of texts to convert.

An input is a file, a folder (searched recursively for text files), a glob pattern
(``articles/**/*.txt``, expanded here so it works without a shell) or ``-`` for standard
input.  Each text found keeps a *relative* path, used to mirror the input tree when the
output is a folder.  Problems (a missing file, a folder with no text files, a pattern
that matches nothing) become :class:`Missing` entries instead of exceptions, so one bad
input never stops the others.
"""

from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePath

from attrs import frozen

__all__ = ["DEFAULT_PATTERN", "STDIN", "Missing", "Source", "expand", "is_glob"]

#: Which files a folder contributes, unless the caller asks for another pattern.
DEFAULT_PATTERN = "*.txt"

#: The name that stands for standard input.
STDIN = "-"

_GLOB_CHARS = frozenset("*?[")


@frozen
class Source:
    """One text to convert.

    :param name: how messages refer to it (the path as the user wrote it, or ``-``).
    :param path: the file to read; ``None`` for standard input.
    :param relative: where its output goes inside an output folder (suffix replaced later).
    """

    name: str
    path: Path | None
    relative: PurePath


@frozen
class Missing:
    """An input that yielded no text to convert, and why."""

    name: str
    reason: str


def is_glob(text: str) -> bool:
    """Whether ``text`` holds glob wildcards (``*``, ``?`` or ``[``)."""
    return any(char in _GLOB_CHARS for char in text)


def _glob_base(pattern: str) -> Path:
    """The folder a glob pattern starts from: its leading parts without wildcards."""
    parts: list[str] = []
    for part in PurePath(pattern).parts:
        if is_glob(part):
            break
        parts.append(part)
    return Path(*parts) if parts else Path()


def _walk(folder: Path, pattern: str | Sequence[str]) -> list[Path]:
    """Files under ``folder`` whose name matches ``pattern`` (or one of several), sorted by
    their path parts.

    Hidden files and folders (a leading dot) are skipped, and symbolic links to folders
    are not followed, so a link loop cannot hang the walk.
    """
    patterns = (pattern,) if isinstance(pattern, str) else tuple(pattern)
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            Path(root, name)
            for name in files
            if not name.startswith(".") and any(fnmatch.fnmatchcase(name, p) for p in patterns)
        )
    return sorted(found, key=lambda path: path.parts)


def _from_folder(name: str, folder: Path, base: Path, pattern: str | Sequence[str]) -> list[Source]:
    return [
        Source(name=str(path), path=path, relative=PurePath(path.relative_to(base)))
        for path in _walk(folder, pattern)
    ]


def _expand_one(arg: str, pattern: str | Sequence[str]) -> list[Source] | Missing:
    if arg == STDIN:
        return [Source(name=STDIN, path=None, relative=PurePath("stdin"))]
    path = Path(arg)
    if path.is_dir():
        found = _from_folder(arg, path, path, pattern)
        if not found:
            shown = pattern if isinstance(pattern, str) else ", ".join(pattern)
            return Missing(
                arg,
                f"no text files ({shown}) in this folder; point at the files themselves, "
                f"or choose which files count as text with --pattern",
            )
        return found
    if path.exists():
        return [Source(name=arg, path=path, relative=PurePath(path.name))]
    if is_glob(arg):
        base = _glob_base(arg)
        found = []
        for match in sorted(glob.glob(arg, recursive=True), key=lambda m: Path(m).parts):
            hit = Path(match)
            if hit.is_dir():
                found.extend(_from_folder(match, hit, base, pattern))
            elif hit.is_file():
                found.append(Source(name=match, path=hit, relative=PurePath(hit.relative_to(base))))
        if not found:
            return Missing(arg, "no file matches this pattern; check the pattern and the folder")
        return found
    return Missing(arg, "no such file or folder; check the path")


def expand(
    args: Iterable[str | os.PathLike[str]], pattern: str | Sequence[str] = DEFAULT_PATTERN
) -> list[Source | Missing]:
    """Expand files, folders, globs and ``-`` into sources, keeping the order given.

    ``pattern`` chooses the files of a folder: one glob (``*.txt``) or several.

    A file named twice (directly and through a folder, say) is converted once, where it
    first appears.
    """
    out: list[Source | Missing] = []
    seen: set[str] = set()
    for arg in args:
        expanded = _expand_one(os.fspath(arg), pattern)
        if isinstance(expanded, Missing):
            out.append(expanded)
            continue
        for source in expanded:
            key = STDIN if source.path is None else os.path.realpath(source.path)
            if key not in seen:
                seen.add(key)
                out.append(source)
    return out
