"""Data shipped with the application: fonts, icons, translations, the procedure catalogue.

`resource_path("fonts", "X.ttf")` works from a source checkout, an installed package and a PyInstaller
bundle alike, because this package sits next to its data in all three.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    return ROOT.joinpath(*parts)
