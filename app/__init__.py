"""The business of FrontOffice: services and rules in plain Python. Never imports Qt."""

__version__ = "0.1.0"  # the one place the version is written (pyproject.toml reads it from here)
