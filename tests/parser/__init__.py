"""Tests of the core parser, stage by stage and as a whole.

- ``test_decode``: str/bytes input, BOM, CRLF/CR, input errors, lines with spans;
- ``test_dates``, ``test_bylines``, ``test_captions``, ``test_notes_boilerplate``,
  ``test_structure``, ``test_publisher_features``, ``test_profiles``: each stage on short
  invented inputs, then inside whole parses;
- ``test_fixtures``: whole articles in ``fixtures/`` (invented, in the corpus's shapes);
- ``test_properties``: hypothesis guarantees (``strategies`` builds the inputs);
- ``test_linear``: work on adversarial inputs grows linearly (calls counted, not timed);
- ``test_corpus``: the shared corpus, read from ``../shared/corpus`` at test time.

``invariants`` holds the checks every parse must pass.  A known parser defect is a test
marked ``xfail(strict=True)`` whose reason names the input that shows it: when the
parser is fixed the test passes, strict mode fails the run, and the mark comes off.
"""
