"""Conversion: many inputs parsed, in several processes if asked, and written atomically.

- :mod:`.conversion` — :func:`convert` and its :class:`Report`: the run that build
  scripts and ``newsmodel convert`` start;
- :mod:`.inputs` — files, folders, glob patterns and ``-`` as the list of texts to parse;
- :mod:`.parallel` — parsing in this process or a pool of workers, always in input order;
- :mod:`.outputs` — files and folders written atomically.

The function is ``newsmodel.convert``, and this package, also ``newsmodel.convert``, never
takes its place as an attribute of ``newsmodel`` (see :mod:`newsmodel._moved`): import the
package's other names with ``from newsmodel.convert import ...``.
"""

from __future__ import annotations

from .conversion import ConversionError, Failure, Report, UsageError, convert
from .inputs import DEFAULT_PATTERN, STDIN, Missing, Source, expand, is_glob
from .outputs import atomic_file, atomic_folder
from .parallel import Problem, Task, parse_many, parse_task

__all__ = [
    "DEFAULT_PATTERN",
    "STDIN",
    "ConversionError",
    "Failure",
    "Missing",
    "Problem",
    "Report",
    "Source",
    "Task",
    "UsageError",
    "atomic_file",
    "atomic_folder",
    "convert",
    "expand",
    "is_glob",
    "parse_many",
    "parse_task",
]
