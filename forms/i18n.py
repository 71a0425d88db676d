"""Markers for user-facing strings in the Qt-free rooms.

Source strings are Vietnamese (the product's first language). `desktop/` passes them through Qt's
translator (context + source text) to show English; `pyside6-lupdate` extracts them from these markers.
The markers return the text unchanged, so the Qt-free rooms and the command line print Vietnamese.
"""


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    """Mark `source_text` for extraction into the translation catalogue under `context`."""
    del context
    return source_text


# The context under which all Qt-free rooms register their messages.
CONTEXT = "motcua"


def N_(source_text: str) -> str:
    """Shorthand marker under the shared context (lupdate: QT_TRANSLATE_NOOP("motcua", ...))."""
    return source_text
