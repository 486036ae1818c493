"""The ``newsmodel`` command: convert articles, list formats and plugins, show a parse.

Exit codes: ``0`` everything worked; ``1`` some inputs failed (each is named on standard
error with the reason, and the others are still converted and written); ``2`` the
command line is wrong (unknown format, option or command).  Errors are one line each,
naming the file and what to do; tracebacks are kept for real bugs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

from .. import __version__
from ..errors import NewsmodelError, PluginError, UnknownFormatError

if TYPE_CHECKING:
    from ..convert import Problem
    from ..model import Article

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

#: The distribution that installs the ``newsmodel`` package (the name ``newsmodel`` on the
#: package index is an unrelated project).
DISTRIBUTION = "newsmodel-core"


class _Usage(Exception):
    """A mistake on the command line, reported with exit code 2."""


def _say(prog: str, message: str) -> None:
    print(f"{prog}: {message}", file=sys.stderr, flush=True)


def _key_value(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not KEY=VALUE (e.g. indent=2)")
    return key.strip(), value


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (0 = one per CPU)")
    return value


_ERRORS_HELP = "undecodable bytes: fail the input (strict, the default) or use U+FFFD"


def _installed_formats() -> str:
    """The installed formats, for ``convert --help``; loads the plugins, so it is called only
    when that help is asked for."""
    from ..host import get_plugin_manager, get_plugins

    get_plugin_manager()
    names = sorted({name for info in get_plugins() for name in info.formats})
    if not names:
        return "Installed formats: none; 'newsmodel formats' says how to install one."
    return f"Installed formats: {', '.join(names)} ('newsmodel formats NAME' shows one's options)."


def _build(prog: str) -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    top = argparse.ArgumentParser(
        prog=prog,
        description="Parse the raw text of news articles and write them out in other formats.",
        epilog="Exit codes: 0 all converted, 1 some inputs failed, 2 usage error. "
        "Run '%(prog)s COMMAND --help' for a command's options.",
        allow_abbrev=False,
    )
    top.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = top.add_subparsers(dest="command", metavar="COMMAND")

    convert = commands.add_parser(
        "convert",
        help="convert articles to a format",
        description="Parse each input and write it in the chosen format.  Inputs are files, "
        "folders (searched for --pattern files), glob patterns and - for standard input.",
        epilog="Format options: -O KEY=VALUE, or --KEY=VALUE for any option the format "
        "lists in 'newsmodel formats FORMAT'.  OUT is a folder if it exists as one, ends "
        "with /, or has no suffix: one file per input, mirroring the input tree (or one "
        "set of linked tables, for formats that write those).  Otherwise all inputs go "
        "into one document: the file OUT, or standard output without -o or with -o -.",
        allow_abbrev=False,
    )
    convert.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, glob or -")
    convert.add_argument("-t", "--to", required=True, metavar="FORMAT", help="output format")
    convert.add_argument("-o", "--output", metavar="OUT", help="file or folder (default: stdout)")
    convert.add_argument(
        "-O",
        "--option",
        action="append",
        type=_key_value,
        default=[],
        metavar="KEY=VALUE",
        help="a format option (repeatable)",
    )
    convert.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse in N processes (0: one per CPU)",
    )
    convert.add_argument(
        "-f",
        "--from",
        dest="reader",
        metavar="READER",
        help="read every input with this reader (html, warc...; see 'newsmodel readers'); "
        "by default each file's reader is picked by its suffix, and plain text otherwise",
    )
    convert.add_argument(
        "-R",
        "--read-option",
        action="append",
        type=_key_value,
        default=[],
        metavar="KEY=VALUE",
        help="a reader option (repeatable; needs --from)",
    )
    convert.add_argument(
        "--prefer-page-meta",
        action="store_true",
        help="fill the headline, dates and publisher the text does not show from the "
        "page's metadata (JSON-LD, Open Graph), named in page_meta.filled",
    )
    convert.add_argument(
        "--pattern",
        default=None,
        help="which files in a folder are articles (default: *.txt, or the --from "
        "reader's suffixes)",
    )
    convert.add_argument(
        "--errors", choices=("strict", "replace"), default="strict", help=_ERRORS_HELP
    )
    convert.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar (default: only on a terminal, and not when CI is set)",
    )

    formats = commands.add_parser(
        "formats",
        help="list the installed output formats",
        description="List the installed output formats, or describe one with its options.",
    )
    formats.add_argument("name", nargs="?", metavar="FORMAT", help="describe this format")
    formats.add_argument("--json", action="store_true", help="print JSON")

    readers = commands.add_parser(
        "readers",
        help="list the installed readers (input formats)",
        description="List the readers: the input formats newsmodel convert reads, each "
        "with the suffixes and media types it recognises; or describe one.",
    )
    readers.add_argument("name", nargs="?", metavar="READER", help="describe this reader")
    readers.add_argument("--json", action="store_true", help="print JSON")

    plugins = commands.add_parser(
        "plugins",
        help="list the installed plugins",
        description="List the installed plugins: distribution, version, hooks and formats.",
    )
    plugins.add_argument("--json", action="store_true", help="print JSON")

    parse = commands.add_parser(
        "parse",
        help="show what the parser found in an article",
        description="Print a readable summary of each article: headline, dates, authors, "
        "sections, captions, quotes with their speakers, notes.",
    )
    parse.add_argument("inputs", nargs="+", metavar="FILE", help="file, folder, glob or -")
    parse.add_argument("--full", action="store_true", help="do not clip long texts")
    parse.add_argument("--json", action="store_true", help="print the JSON of each article")
    parse.add_argument("--pattern", default="*.txt", help="which files in a folder are articles")
    parse.add_argument(
        "--errors", choices=("strict", "replace"), default="strict", help=_ERRORS_HELP
    )

    inspect = commands.add_parser(
        "inspect",
        help="draw what the parser found as HTML pages",
        description="Write a self-contained HTML page per article: the source with each "
        "block coloured by its role, quotes by kind with speaker and verb, and the extracted "
        "fields.  One input and an OUT ending in .html give that page; otherwise OUT is a "
        "folder that gets index.html and one page per article.",
    )
    inspect.add_argument("inputs", nargs="+", metavar="FILE", help="file, folder, glob or -")
    inspect.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="a page (.html) or a folder"
    )
    inspect.add_argument("--pattern", default="*.txt", help="which files in a folder are articles")
    inspect.add_argument(
        "--errors", choices=("strict", "replace"), default="strict", help=_ERRORS_HELP
    )
    return top, dict(commands.choices)


def _named_options(extra: Sequence[str], parser: argparse.ArgumentParser) -> list[tuple[str, str]]:
    """Turn leftover ``--KEY=VALUE`` arguments into format options."""
    found = []
    for arg in extra:
        key, sep, value = arg[2:].partition("=")
        if not arg.startswith("--") or not key:
            parser.error(f"unrecognized arguments: {arg}")
        if not sep:
            parser.error(
                f"unrecognized arguments: {arg} (a format option is written {arg}=VALUE "
                f"or -O {key}=VALUE)"
            )
        found.append((key, value))
    return found


def _show_progress(choice: bool | None, to_stdout: bool) -> bool:
    """A bar on a terminal, unless in CI or the document itself is printed on the terminal."""
    if choice is not None:
        return choice
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    if to_stdout and sys.stdout.isatty():
        return False
    return sys.stderr.isatty()


def _load_notes() -> str:
    from ..host import load_errors

    broken = load_errors()
    if not broken:
        return ""
    names = ", ".join(f"{name} ({reason})" for name, reason in broken)
    return f"; these plugins failed to load: {names}"


def _convert(prog: str, args: argparse.Namespace, extra: list[str], parser: Any) -> int:
    from ..convert import Failure, UsageError, convert
    from ..host import UnknownReaderError

    options = dict(args.option)
    for key, value in _named_options(extra, parser):
        options[key] = value

    def failed(failure: Failure) -> None:
        _say(prog, str(failure))

    out = None if args.output in (None, "-") else args.output
    try:
        report = convert(
            args.inputs,
            to=args.to,
            out=out,
            jobs=args.jobs,
            options=options,
            pattern=args.pattern,
            errors=args.errors,
            progress=_show_progress(args.progress, out is None),
            on_failure=failed,
            reader=args.reader,
            read_options=dict(args.read_option),
            prefer_page_meta=args.prefer_page_meta,
        )
    except UnknownReaderError as error:
        raise _Usage(f"{error}{_load_notes()}; see: {prog} readers") from None
    except UnknownFormatError as error:
        raise _Usage(f"{error}{_load_notes()}; see: {prog} formats") from None
    except UsageError as error:
        raise _Usage(str(error)) from None
    if report.skipped:
        total = sum(report.skipped.values())
        reasons = "; ".join(f"{count} {reason}" for reason, count in report.skipped.items())
        _say(prog, f"skipped {total} record(s) that hold no article: {reasons}")
    inputs_failed = [f for f in report.failed if not f.output]
    if inputs_failed:
        total = len(report.converted) + len(inputs_failed)
        if report.converted:
            _say(prog, f"{len(inputs_failed)} of {total} inputs failed; the others were converted")
        else:
            _say(prog, f"no input could be converted ({total} failed)")
    return report.exit_code


def _distributions() -> dict[str, str]:
    from ..host import get_plugins

    where: dict[str, str] = {}
    for info in get_plugins():
        label = info.distribution or f"(plugin {info.name})"
        if info.version:
            label += f" {info.version}"
        for name in info.formats:
            where[name] = label
    return where


def _formats(prog: str, args: argparse.Namespace) -> int:
    from ..api import formats
    from ..host import OFFICIAL_FORMATS, get_format, install_hint

    where = _distributions()
    if args.name:
        try:
            fmt = get_format(args.name)
        except UnknownFormatError as error:
            raise _Usage(f"{error}{_load_notes()}") from None
        info = {
            "name": fmt.name,
            "suffix": fmt.suffix,
            "media_type": fmt.media_type,
            "description": fmt.description,
            "distribution": where.get(fmt.name),
            "many": fmt.many,
            "writes_folder": fmt.write_folder is not None,
            "options": dict(sorted(fmt.options.items())),
        }
        if args.json:
            print(json.dumps(info, indent=2, ensure_ascii=False))
            return EXIT_OK
        for key in ("name", "description", "suffix", "media_type", "distribution"):
            print(f"{key + ':':<14}{info[key]}")
        many = "one document holds them all" if fmt.many else "one article per document"
        print(f"{'several:':<14}{many}")
        folder = "one set of linked files" if fmt.write_folder else "one file per input"
        print(f"{'to a folder:':<14}{folder}")
        print("options:" + ("" if fmt.options else "      none"))
        width = max((len(key) for key in fmt.options), default=0) + 2
        for key, help_text in sorted(fmt.options.items()):
            print(f"  {key:<{width}}{help_text}")
        return EXIT_OK
    found = formats()
    rows = [
        {
            "name": fmt.name,
            "suffix": fmt.suffix,
            "media_type": fmt.media_type,
            "distribution": where.get(fmt.name),
            "description": fmt.description,
        }
        for fmt in found.values()
    ]
    missing = {n: d for n, d in OFFICIAL_FORMATS.items() if n not in found}
    if args.json:
        print(
            json.dumps({"installed": rows, "not_installed": missing}, indent=2, ensure_ascii=False)
        )
        return EXIT_OK
    if not rows:
        print("no output formats are installed")
    columns = ("name", "suffix", "media_type", "distribution")
    table = [[str(row[key] or "-") for key in columns] for row in rows]
    widths = [max(len(cells[i]) for cells in table) for i in range(len(columns))] if rows else []
    for cells, row in zip(table, rows, strict=True):
        padded = "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True))
        print(f"{padded}  {row['description']}")
    if missing:
        hint = ", ".join(f"{n} ({d})" for n, d in sorted(missing.items()))
        print(f"not installed: {hint}; install one with {install_hint('DISTRIBUTION')}")
    _warn_broken(prog)
    return EXIT_OK


def _readers(prog: str, args: argparse.Namespace) -> int:
    from ..host import (
        OFFICIAL_READERS,
        UnknownReaderError,
        get_plugins,
        get_reader,
        install_hint,
        readers,
    )

    where = {"text": "newsmodel (built in)"}
    for plugin in get_plugins():
        label = (plugin.distribution or f"(plugin {plugin.name})") + (
            f" {plugin.version}" if plugin.version else ""
        )
        for name in plugin.readers:
            where[name] = label

    def describe(reader: Any) -> dict[str, Any]:
        return {
            "name": reader.name,
            "suffixes": list(reader.suffixes),
            "media_types": list(reader.media_types),
            "description": reader.description,
            "distribution": where.get(reader.name),
            "many": reader.many,
            "options": dict(sorted(reader.options.items())),
        }

    if args.name:
        try:
            info = describe(get_reader(args.name))
        except UnknownReaderError as error:
            raise _Usage(f"{error}{_load_notes()}") from None
        if args.json:
            print(json.dumps(info, indent=2, ensure_ascii=False))
            return EXIT_OK
        for key in ("name", "description", "distribution"):
            print(f"{key + ':':<14}{info[key]}")
        print(f"{'suffixes:':<14}{' '.join(info['suffixes']) or '-'}")
        print(f"{'media types:':<14}{' '.join(info['media_types']) or '-'}")
        holds = "many documents (an archive, read record by record)" if info["many"] else "one"
        print(f"{'documents:':<14}{holds}")
        print("options:" + ("" if info["options"] else "      none"))
        width = max((len(key) for key in info["options"]), default=0) + 2
        for key, help_text in info["options"].items():
            print(f"  {key:<{width}}{help_text}")
        return EXIT_OK
    rows = [describe(reader) for reader in readers().values()]
    missing = {n: d for n, d in OFFICIAL_READERS.items() if n not in {r["name"] for r in rows}}
    if args.json:
        print(
            json.dumps({"installed": rows, "not_installed": missing}, indent=2, ensure_ascii=False)
        )
        return EXIT_OK
    table = [
        [
            row["name"],
            " ".join(row["suffixes"]) or "-",
            " ".join(row["media_types"]) or "-",
            row["distribution"] or "-",
        ]
        for row in rows
    ]
    widths = [max(len(cells[i]) for cells in table) for i in range(4)]
    for cells, row in zip(table, rows, strict=True):
        padded = "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True))
        print(f"{padded}  {row['description']}")
    if missing:
        hint = ", ".join(f"{n} ({d})" for n, d in sorted(missing.items()))
        print(f"not installed: {hint}; install one with {install_hint('DISTRIBUTION')}")
    _warn_broken(prog)
    return EXIT_OK


def _warn_broken(prog: str) -> None:
    from ..host import load_errors

    for name, reason in load_errors():
        _say(prog, f"warning: plugin {name!r} failed to load: {reason}; reinstall or uninstall it")


def _core_version() -> str:
    """The installed version of the core distribution (``__version__`` when run from a
    source tree that is not installed)."""
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return __version__


def _plugins(prog: str, args: argparse.Namespace) -> int:
    from ..host import get_plugins

    infos = get_plugins()
    core = _core_version()
    if args.json:
        data = [
            {
                "name": i.name,
                "distribution": i.distribution,
                "version": i.version,
                "hooks": list(i.hooks),
                "formats": list(i.formats),
                **({"readers": list(i.readers)} if i.readers else {}),
            }
            for i in infos
        ]
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(f"core: {DISTRIBUTION} {core} (imported as newsmodel)")
        if not infos:
            print("no plugins are installed")
        for i in infos:
            dist = f"{i.distribution or '(not from a distribution)'} {i.version or ''}".rstrip()
            print(f"{i.name}: {dist}")
            print(f"  hooks:   {', '.join(i.hooks) or '-'}")
            print(f"  formats: {', '.join(i.formats) or '-'}")
            if i.readers:
                print(f"  readers: {', '.join(i.readers)}")
    _warn_broken(prog)
    return EXIT_OK


def _parsed(
    prog: str, args: argparse.Namespace, failed: list[str]
) -> Iterator[tuple[str, Article]]:
    """Parse each input of ``parse`` or ``inspect``; name the failures on stderr as they come."""
    from ..convert import Missing, Problem, Task, expand, parse_task
    from ..host import publishers

    profiles = tuple(publishers())
    for item in expand(args.inputs, args.pattern):
        if isinstance(item, Missing):
            result: Article | Problem = Problem(item.name, item.reason)
        else:
            data = sys.stdin.buffer.read() if item.path is None else None
            path = None if item.path is None else str(item.path)
            result = parse_task(Task(item.name, path, data), args.errors, profiles)
        if isinstance(result, Problem):
            _say(prog, f"{result.name}: {result.reason}")
            failed.append(result.name)
        else:
            yield item.name, result


def _parse(prog: str, args: argparse.Namespace) -> int:
    from ..records import to_dict
    from .describe import describe

    failed: list[str] = []
    for number, (name, article) in enumerate(_parsed(prog, args, failed)):
        if args.json:
            print(json.dumps(to_dict(article), ensure_ascii=False))
        else:
            width = None if args.full else 100
            print(("\n" if number else "") + describe(article, name=name, width=width), end="")
    return EXIT_FAILED if failed else EXIT_OK


def _inspect(prog: str, args: argparse.Namespace) -> int:
    from ..inspect import write_inspection

    if args.output.lower().endswith((".html", ".htm")) and len(args.inputs) > 1:
        raise _Usage(f"{args.output} is one page: give a folder for several inputs")
    failed: list[str] = []
    articles = list(_parsed(prog, args, failed))
    status = EXIT_FAILED if failed else EXIT_OK
    if not articles:
        return status
    from ..parser import line_verdicts

    try:
        write_inspection(articles, args.output, lambda article: line_verdicts(article.source))
    except ValueError as error:
        raise _Usage(str(error)) from None
    except OSError as error:
        _say(prog, f"{args.output}: cannot write: {error.strerror or error}")
        return EXIT_FAILED
    return status


_COMMANDS: dict[str, Callable[..., int]] = {
    "formats": _formats,
    "readers": _readers,
    "plugins": _plugins,
    "parse": _parse,
    "inspect": _inspect,
}


def _join_option_values(argv: list[str]) -> list[str]:
    """Read ``--table quotes`` as ``--table=quotes`` when ``table`` is an option of the
    chosen format, so format options take their value either way."""
    target = None
    for i, arg in enumerate(argv):
        if arg in ("-t", "--to") and i + 1 < len(argv):
            target = argv[i + 1]
        elif arg.startswith("--to="):
            target = arg[len("--to=") :]
    if target is None:
        return argv
    try:
        from ..host import get_format

        declared = set(get_format(target).options)
    except Exception:  # an unknown format is reported by the conversion itself
        return argv
    out: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        key = arg[2:]
        if (
            arg.startswith("--")
            and key in declared
            and i + 1 < len(argv)
            and not argv[i + 1].startswith("-")
        ):
            out.append(f"{arg}={argv[i + 1]}")
            i += 2
            continue
        out.append(arg)
        i += 1
    return out


def _run(prog: str, argv: list[str]) -> int:
    top, subs = _build(prog)
    if not argv or argv[0] not in subs:
        args = top.parse_args(argv)  # prints help, the version or a usage error
        top.print_help(sys.stderr)
        return EXIT_USAGE
    name, rest = argv[0], argv[1:]
    parser = subs[name]
    if name == "convert":
        if "-h" in rest or "--help" in rest:
            parser.epilog = f"{_installed_formats()}  {parser.epilog}"
        args, extra = parser.parse_known_intermixed_args(_join_option_values(rest))
        return _convert(prog, args, extra, parser)
    args = parser.parse_args(rest)
    return _COMMANDS[name](prog, args)


def _warning_printer(prog: str) -> Callable[..., None]:
    """Show a plugin's warnings as one plain line, like the command's other messages."""

    def show(message: Warning | str, category: type[Warning], *_args: Any, **_kw: Any) -> None:
        _say(prog, f"warning: {message}")

    return show


def main(argv: Sequence[str] | None = None, prog: str = "newsmodel") -> int:
    """Run the command line; return the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    stdout: IO[str] = sys.stdout
    try:
        with warnings.catch_warnings():
            warnings.showwarning = _warning_printer(prog)
            return _run(prog, argv)
    except _Usage as error:
        _say(prog, f"error: {error}")
        return EXIT_USAGE
    except PluginError as error:
        _say(prog, f"error: {error}")
        return EXIT_USAGE
    except NewsmodelError as error:
        _say(prog, f"error: {error}")
        return EXIT_FAILED
    except KeyboardInterrupt:
        _say(prog, "interrupted; no partly written file was left behind")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
        return EXIT_FAILED
