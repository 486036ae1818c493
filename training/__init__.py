"""Development-time code: the gold that is not in the shared corpus, scorers, and the
training of the parser's learned parts.  Not installed with the package."""
