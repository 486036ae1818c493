"""Benchmarks for newsmodel: speed, growth and memory, each against a baseline.

Run ``python -m benchmarks.run --help`` from the repository root; see ``README.md`` here.
"""
