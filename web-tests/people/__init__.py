"""Browser tests that act as people: one Chrome session (harness.Harness) drives the
pages like a person would, area by area (scenario_*.py), then sweep.py takes a
screenshot and runs axe-core on every page at desktop and phone width."""
