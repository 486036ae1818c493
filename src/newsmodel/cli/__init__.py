"""The ``newsmodel`` command line.

- :mod:`.commands` — the commands (``convert``, ``formats``, ``plugins``, ``parse``,
  ``inspect``), their options, messages and exit codes;
- :mod:`.describe` — the plain-text summary of one parse that ``newsmodel parse`` prints.

The console script ``newsmodel`` and ``python -m newsmodel`` run :func:`main`.
"""

from __future__ import annotations

from .commands import main

__all__ = ["main"]
