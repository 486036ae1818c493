"""Writing output files atomically: a reader sees the old file or the new one, never half.

Each file is written to a temporary file in the same folder and moved into place with
:func:`os.replace` only once it is complete; on any error (or Ctrl-C) the temporary file
is removed and an existing file of the same name is left as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import IO

__all__ = ["atomic_file", "atomic_folder"]


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[IO[bytes]]:
    """Open a binary stream that becomes ``path`` when the ``with`` block ends without error.

    Missing parent folders are created.  The new file gets the usual permissions for a
    new file (``0o666`` less the umask), not the private ones of a temporary file.
    """
    _make_folder(path.parent)
    # Named before it is made (tempfile.mkstemp names it only on return), so a Ctrl-C that
    # lands just after the file appears still finds it to remove.
    tmp = _unused_name(path.parent, f".{path.name}.")
    try:
        try:
            fd = os.open(tmp, _CREATE, 0o600)
        except FileExistsError:
            tmp = ""  # another process made that very name: not ours to remove
            raise
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise


#: How a temporary file is opened: created here, by this process alone, for writing bytes.
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _unused_name(folder: Path, prefix: str) -> str:
    """A name ``PREFIX``, twelve random hex digits, ``.part`` in ``folder`` that nothing has."""
    while True:
        name = str(folder / f"{prefix}{secrets.token_hex(6)}.part")
        if not os.path.lexists(name):
            return name


@contextlib.contextmanager
def atomic_folder(folder: Path) -> Iterator[Path]:
    """Give a scratch folder whose files move into ``folder`` once the block succeeds.

    For formats that write several linked files: each file is moved with
    :func:`os.replace`, so every one of them is complete; files already in ``folder``
    that the format did not write are left alone.
    """
    _make_folder(folder)
    scratch = Path(_unused_name(folder, ".newsmodel-"))
    ours = True
    try:
        try:
            scratch.mkdir(mode=0o700)
        except FileExistsError:
            ours = False  # another process made that very name: not ours to remove
            raise
        yield scratch
        for root, _dirs, files in os.walk(scratch):
            for name in sorted(files):
                written = Path(root, name)
                target = folder / written.relative_to(scratch)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.chmod(written, 0o666 & ~_umask())
                os.replace(written, target)
    finally:
        if ours:
            shutil.rmtree(scratch, ignore_errors=True)


def _make_folder(folder: Path) -> None:
    """Create ``folder`` and its parents, saying plainly when a file is in the way."""
    for ancestor in (folder, *folder.parents):
        if ancestor.exists():
            if not ancestor.is_dir():
                raise NotADirectoryError(
                    errno.ENOTDIR, f"{ancestor} is a file, not a folder", str(ancestor)
                )
            break
    folder.mkdir(parents=True, exist_ok=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
