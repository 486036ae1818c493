"""The example in docs/formats/json.md is real: it validates and reads back."""

from __future__ import annotations

import json
import re
from pathlib import Path

from jsonschema import Draft202012Validator
from newsmodel_json import loads

import newsmodel

DOC = Path(__file__).resolve().parents[3] / "docs" / "formats" / "json.md"


def test_the_documented_example_validates_and_reads_back(
    validator: Draft202012Validator,
) -> None:
    text = DOC.read_text(encoding="utf-8")
    (example,) = re.findall(r"```json\n(.*?)\n```", text, flags=re.S)
    validator.validate(json.loads(example))
    article = loads(example)
    assert article.quotes[0].speaker == "Maria Lopez"
    # It is exactly what the writer gives for that article.
    assert newsmodel.dumps(article, "json", indent=2).decode("utf-8") == example + "\n"


def test_every_key_is_documented(validator: Draft202012Validator) -> None:
    text = DOC.read_text(encoding="utf-8")
    for key in validator.schema["properties"]:
        assert f"`{key}`" in text, key
    for name in ("author", "quote", "caption", "note", "dateline", "section", "paragraph"):
        for key in validator.schema["$defs"][name]["properties"]:
            assert f"`{key}`" in text, f"{name}.{key}"
