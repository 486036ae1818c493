"""Tests of the core parser, stage by stage and as a whole."""
