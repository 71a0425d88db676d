"""Which status changes each side may make: the one check both the portal and the desk engine run.

The rules live in `forms.lifecycle.TRANSITIONS` (the transition table); this module only reads them, so the
portal refuses exactly what the desk's own lifecycle would refuse. A status change is accepted when some
row of the table leads from the old status to the new one and may be taken by the side's roles:
- a desk pushes steps taken by its officials (reception, head of centre, administrator);
- the processing agency acts on the portal with the processing role;
- a citizen can only ask to withdraw.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from forms.i18n import N_
from forms.lifecycle import TRANSITIONS, Action, Role, Target
from forms.status import DossierStatus


class Side(StrEnum):
    DESK = "desk"  # an official at the one-stop desk
    AGENCY = "agency"  # the competent (processing) agency, on the portal
    CITIZEN = "citizen"  # the applicant, online


_ROLES: dict[Side, frozenset[Role]] = {
    Side.DESK: frozenset({Role.RECEPTION, Role.HEAD, Role.ADMIN}),
    Side.AGENCY: frozenset({Role.PROCESSING}),
    Side.CITIZEN: frozenset(Role),
}


@cache
def _moves(side: Side) -> frozenset[tuple[DossierStatus, DossierStatus]]:
    moves: set[tuple[DossierStatus, DossierStatus]] = set()
    for (source, action), row in TRANSITIONS.items():
        if source is None or not (row.roles & _ROLES[side]):
            continue
        if side is Side.CITIZEN and action is not Action.WITHDRAW:
            continue
        if row.target is Target.SAME:
            continue
        # "Resume" goes back to where the dossier stood before the supplement request: either is legal.
        targets = (DossierStatus.NEW_ONLINE, DossierStatus.PROCESSING) if row.target is Target.RESUME else (row.target,)
        moves.update((source, DossierStatus(target)) for target in targets)
    return frozenset(moves)


def transition_problem(before: DossierStatus, after: DossierStatus, side: Side) -> str | None:
    """None when `side` may move a dossier from `before` to `after`; otherwise a Vietnamese reason."""
    if before == after:
        return N_("Hồ sơ đã ở trạng thái này")
    if (before, after) in _moves(side):
        return None
    if before.is_final:
        return N_("Hồ sơ đã kết thúc, không chuyển trạng thái được nữa")
    return N_("Quy trình một cửa không cho phép bước chuyển này")
