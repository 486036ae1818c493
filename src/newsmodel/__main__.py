"""``python -m newsmodel``: the same command line as ``newsmodel``."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main(prog="python -m newsmodel"))
