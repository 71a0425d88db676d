"""How long the law gives for a procedure: N working days, within the day, or N working hours."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from forms.i18n import N_


class TimeUnit(StrEnum):
    WORKING_DAYS = "working_days"
    SAME_DAY = "same_day"  # "trong ngày": due at the close of the effective reception day
    WORKING_HOURS = "working_hours"


@dataclass(frozen=True)
class ProcessingTime:
    unit: TimeUnit
    value: int = 0  # days or hours; 0 for SAME_DAY

    def describe(self) -> str:
        if self.unit is TimeUnit.SAME_DAY:
            return N_("Trong ngày")
        if self.unit is TimeUnit.WORKING_HOURS:
            return N_("{n} giờ làm việc").format(n=self.value)
        return N_("{n} ngày làm việc").format(n=self.value)
