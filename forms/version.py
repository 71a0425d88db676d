"""The single source of the product version (read by pyproject.toml and `motcua --version`)."""

VERSION = "0.1.0"
