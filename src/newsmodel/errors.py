"""The errors newsmodel raises on purpose.  Each names what went wrong and what to do."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "ArticleWarning",
    "BinaryInputError",
    "DecodeError",
    "DuplicateFormatError",
    "EmptyInputError",
    "InputError",
    "InputTooLargeError",
    "NewsmodelError",
    "OptionError",
    "PluginError",
    "UnknownFormatError",
    "UnknownOptionError",
    "UsageError",
]


class NewsmodelError(Exception):
    """Base class of every error newsmodel raises on purpose."""


class InputError(NewsmodelError, ValueError):
    """The input cannot be parsed as an article."""


class EmptyInputError(InputError):
    """The input is empty or holds only whitespace."""


class InputTooLargeError(InputError):
    """The input is larger than one article can be (see ``parse(max_chars=…)``)."""


class DecodeError(InputError):
    """The input bytes are not valid UTF-8 (or look like a binary file)."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


class BinaryInputError(DecodeError):
    """The input is a binary file (a PDF, an image, an archive...), not text in any encoding.

    ``kind`` names what the bytes look like ("a PDF file"), or is ``None`` when only their
    make-up (NUL bytes, control characters) gives them away.  Replacing undecodable bytes
    would not help, so ``errors="replace"`` does not apply.
    """

    def __init__(self, message: str, offset: int, kind: str | None = None) -> None:
        super().__init__(message, offset)
        self.kind = kind


class PluginError(NewsmodelError):
    """A plugin could not be loaded or misbehaved."""


class UnknownFormatError(NewsmodelError, LookupError):
    """No installed plugin provides the requested format."""


class DuplicateFormatError(PluginError):
    """Two plugins registered the same format name."""


class UsageError(NewsmodelError, ValueError):
    """newsmodel was asked for something wrongly: a bad option, clashing outputs, several
    inputs to a one-article format...  Raised before anything is read or written; the
    command line exits with status 2."""


class OptionError(UsageError):
    """A format option is unknown, has a value the format cannot use, or does not fit what
    is being written.  The one type every format raises for its options."""


class UnknownOptionError(OptionError, TypeError):
    """An option the format does not have (also a ``TypeError``, as an unexpected keyword
    argument is)."""


class ArticleWarning(UserWarning):
    """A warning about some of the articles being written (dates written as UTC, say).

    ``articles`` holds their ids, so that :func:`newsmodel.convert` and the command line
    can name the input files they came from.
    """

    def __init__(self, message: str, articles: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.articles = tuple(articles)
