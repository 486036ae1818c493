"""Writing output files atomically: a reader sees the old file or the new one, never half.

Each file is written to a temporary file in the same folder and moved into place with
:func:`os.replace` only once it is complete; on any error (or Ctrl-C) the temporary file
is removed and an existing file of the same name is left as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
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
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_folder(folder: Path) -> Iterator[Path]:
    """Give a scratch folder whose files move into ``folder`` once the block succeeds.

    For formats that write several linked files: each file is moved with
    :func:`os.replace`, so every one of them is complete; files already in ``folder``
    that the format did not write are left alone.
    """
    _make_folder(folder)
    scratch = Path(tempfile.mkdtemp(prefix=".newsmodel-", suffix=".part", dir=folder))
    try:
        yield scratch
        for root, _dirs, files in os.walk(scratch):
            for name in sorted(files):
                written = Path(root, name)
                target = folder / written.relative_to(scratch)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.chmod(written, 0o666 & ~_umask())
                os.replace(written, target)
    finally:
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
