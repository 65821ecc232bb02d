"""Hypothesis profiles: "dev" (quick, the default) and "ci" (the full run), chosen by the
HYPOTHESIS_PROFILE environment variable; .ci/run sets it to ci.

A test that needs a count of its own asks :func:`examples` for it, so that a developer's
run stays quick and CI's runs the whole count.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "dev")
_SHARED = {"deadline": None,
           "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}


def register() -> None:
    settings.register_profile("ci", max_examples=1500, print_blob=True, **_SHARED)
    settings.register_profile("dev", max_examples=150, **_SHARED)
    settings.load_profile(PROFILE)


def examples(ci: int, dev: int) -> int:
    """How many examples a test runs: ``ci`` in the ci profile, ``dev`` otherwise."""
    return ci if PROFILE == "ci" else dev
