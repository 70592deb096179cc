"""The parts of scripts/build_kb.py, one stage of the build per module."""
