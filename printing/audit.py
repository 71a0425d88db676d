"""How prints are written in the dossier's audit trail, and how a reprint is recognised from it.

Law 91/2025 asks who printed what, when. `printing/` does not touch the store; whoever prints (the GUI,
`motcua print`) records each print with the store's audit call, using these details:

    store.audit(dossier.uuid, print_action(reprint), actor, print_details(template, reprint=...))

A form already printed for this dossier is a reprint: it carries "BẢN IN LẠI" and the time.
"""

from __future__ import annotations

from collections.abc import Iterable

from forms.dossier import DossierEvent
from printing.blocks import FormTemplate

PRINT = "print"
REPRINT = "reprint"


def print_action(reprint: bool) -> str:
    return REPRINT if reprint else PRINT


def print_details(template: FormTemplate, *, reprint: bool, **extra: object) -> dict[str, object]:
    """What the audit entry says: which legal form, which template, whether it was a reprint (no citizen data)."""
    return {"form": template.model, "template": template.key, "reprint": reprint, **extra}


def earlier_prints(events: Iterable[DossierEvent], template: FormTemplate) -> list[DossierEvent]:
    """The prints of this form already in the dossier's trail (recorded by `print_details` or as `form=`)."""
    found = []
    for event in events:
        if event.action not in (PRINT, REPRINT):
            continue
        form = event.form or event.changes.get("form")
        if form == template.model:
            found.append(event)
    return found


def is_reprint(events: Iterable[DossierEvent], template: FormTemplate) -> bool:
    return bool(earlier_prints(events, template))

