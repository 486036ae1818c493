"""Shared fixtures: the schema validator, with format checking on."""

from __future__ import annotations

import pytest
from jsonschema import Draft202012Validator
from newsmodel_json import schema


@pytest.fixture(scope="session")
def validator() -> Draft202012Validator:
    """A Draft 2020-12 validator for the shipped schema that checks ``format`` too."""
    Draft202012Validator.check_schema(schema())
    return Draft202012Validator(schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
