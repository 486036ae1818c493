"""Linear work on adversarial inputs, counted in function calls rather than timed.

Each input is parsed at a base size and at sixteen times that size in a worker process;
the worker counts the Python and built-in calls the parse makes (``sys.setprofile``).
Linear work grows about sixteen-fold; quadratic work would grow some 256-fold.  The
wall-clock limit is only a guard against a hang (catastrophic backtracking would stop
the worker from answering); the benchmarks measure speed.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable
from typing import Any

import pytest

import newsmodel
from newsmodel.parser.classify import COMMON_RUN, long_line_index, word_runs
from newsmodel.parser.features import read_all_features
from newsmodel.parser.lines import split_lines
from newsmodel.testing import calls_made

# Only a guard against a hang, never a measure: generous enough for a loaded machine.
HANG_GUARD_SECONDS = 600.0
SCALE = 16
# Sixteen times the input may cost at most this many times the calls (quadratic: ~256).
MAX_GROWTH = SCALE * 2.5

HEAD = "Council debates the new harbor plan\n"
LEDE = "The council voted on Tuesday night to fund two more night buses for the harbour.\n"
REPEATED = "The council met on Tuesday. “We will act,” said Mayor Ana Ruiz, a former judge.\n"
FIRST = ("Ana", "Tom", "Li", "Omar", "Sara", "Ivan", "Mei", "Raj")
LAST = ("Ruiz", "Brandt", "Okafor", "Nakamura", "Silva", "Novak", "Haddad", "Larsen")


def _name(i: int) -> str:
    """A different name for every ``i`` below 64 x 26."""
    return f"{FIRST[i % 8]} {LAST[i // 8 % 8]}-{chr(ord('a') + i // 64 % 26)}son"


INPUTS: dict[str, Callable[[int], str]] = {
    # 10,000 unbalanced opening marks at full size.
    "unbalanced-quotes": lambda k: (
        HEAD + "The mayor said " + "“harbor plans and " * (625 * k) + "\n"
    ),
    # 20,000 one-word lines.
    "one-word-lines": lambda k: HEAD + "".join(f"word{i % 7}\n" for i in range(1250 * k)),
    # 200 KB of prose without a line end.
    "no-newline": lambda k: ("The council met again today to debate the plan. " * (256 * k))[
        : 12_500 * k
    ],
    # A caption line of 2,000 repeated [CREDIT] brackets.
    "credit-brackets": lambda k: HEAD + "A boat in the harbor. " + "[CREDIT]" * (125 * k) + "\n",
    # Unclosed parentheses and a runaway byline.
    "open-parentheses": lambda k: HEAD + "The plan (which " * (625 * k) + "\n",
    "long-byline": lambda k: (
        HEAD
        + "By "
        + ", ".join(["Anna Berg"] * (60 * k))
        + "\nThe council met again today to debate the plan for the harbor.\n"
    ),
    # Many dates and many quotation pairs on one line.
    "many-dates": lambda k: HEAD + "Published: 26 Oct. 2025, 17:17 " * (100 * k) + "\n",
    "many-quotes": lambda k: HEAD + "“Yes,” said Anna Berg. " * (100 * k) + "\n",
    # One quoted sentence repeated line after line: every line shares every word run.
    "repeated-lines": lambda k: HEAD + REPEATED * (60 * k),
    # One credited caption again and again under a paragraph.
    "repeated-captions": lambda k: (
        HEAD + LEDE + "Boats in the harbour at dawn. [GAZETTE/ANNA REYES]\n" * (80 * k)
    ),
    # Hundreds of different speakers.
    "distinct-names": lambda k: (
        HEAD
        + "".join(
            f"“We will act,” said {_name(i)}, who chairs it. {_name(i + 1)} said: “No.”\n"
            for i in range(40 * k)
        )
    ),
    # A sub-head over every short paragraph.
    "many-headings": lambda k: (
        HEAD + "".join(f"Part {i} of the plan\n{LEDE}" for i in range(40 * k))
    ),
    # Speech verbs without end in one paragraph.
    "speech-verbs": lambda k: (
        HEAD + "The mayor said " + "that he said, and she told them, " * (60 * k) + "no.\n"
    ),
}


def _count_calls(text: str) -> int:
    """Parse ``text`` and return how many calls the parse made."""
    newsmodel.parse(text[:200])  # warm caches (compiled patterns) outside the count
    return calls_made(lambda: newsmodel.parse(text))


@pytest.fixture(scope="module")
def worker() -> Any:
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    pool = context.Pool(1)
    yield pool
    pool.terminate()
    pool.join()


def _calls(worker: Any, text: str) -> int:
    pending = worker.apply_async(_count_calls, (text,))
    try:
        result: int = pending.get(timeout=HANG_GUARD_SECONDS)
    except multiprocessing.TimeoutError:
        pytest.fail(
            f"parse did not finish within {HANG_GUARD_SECONDS} s (input of {len(text)} chars)"
        )
    return result


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_work_grows_linearly(worker: Any, name: str) -> None:
    small, large = INPUTS[name](1), INPUTS[name](SCALE)
    assert len(large) >= SCALE * len(small) * 0.8
    small_calls, large_calls = _calls(worker, small), _calls(worker, large)
    assert small_calls > 0
    growth = large_calls / small_calls
    assert growth <= MAX_GROWTH, f"{name}: {small_calls} → {large_calls} calls (x{growth:.1f})"


def test_the_count_can_tell_quadratic_work() -> None:
    """The measure itself: a deliberately quadratic function grows far past the limit."""

    def quadratic(text: str) -> None:
        for i in range(len(text)):
            for _ in range(i):
                len(text)

    small = calls_made(lambda: quadratic("x" * 40))
    large = calls_made(lambda: quadratic("x" * 40 * SCALE))
    assert large / small > MAX_GROWTH


def test_the_count_passes_linear_work() -> None:
    def linear(text: str) -> None:
        for _ in text:
            len(text)

    small = calls_made(lambda: linear("x" * 40))
    large = calls_made(lambda: linear("x" * 40 * SCALE))
    assert large / small <= MAX_GROWTH


def test_a_word_run_many_lines_share_points_at_a_bounded_number_of_them() -> None:
    """The pull-quote index keeps at most ``COMMON_RUN + 1`` lines for any run, however
    many lines repeat it, so each lookup costs the same on a page of a thousand copies."""
    lines = split_lines(HEAD + REPEATED * 1000)
    index = long_line_index([word_runs(line.text) for line in lines], read_all_features(lines))
    assert index, "the repeated line is long enough to be indexed"
    assert max(len(holders) for holders in index.values()) == COMMON_RUN + 1


def test_scores_add_up_the_same_on_every_python() -> None:
    from newsmodel.parser.roles.model import added

    # one by one from zero: 1e16 + 1 is 1e16 in a double, so the 1 is lost, as it was by
    # sum() before Python 3.12 (whose compensated sum would give 1.0)
    assert added([1e16, 1.0, -1e16]) == 0.0
    assert added([0.1, 0.2, 0.3]) == (0.0 + 0.1 + 0.2) + 0.3
    assert added([]) == 0.0
