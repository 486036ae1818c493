"""Settings shared by every test in the repository (core and plugins)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# Tests write only to temporary folders: no example database in the working tree.  On a
# loaded machine, wall-clock deadlines only produce noise; in CI the examples are
# derandomized so that a run can be repeated exactly.
settings.register_profile(
    "default",
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("ci", parent=settings.get_profile("default"), derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")
