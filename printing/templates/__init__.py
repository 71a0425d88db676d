"""The legal forms of the one-stop mechanism (Decree 118/2025, Circular 03/2025/TT-VPCP), one module each.

Each module declares one `FormTemplate`: the layout as data. To add a form (e.g. the notice of stopping
processing that Circular 03/2025 may number seventh), add a module here that declares its template from
the shared blocks and values, and list it in `FORMS`; see ARCHITECTURE.md, "a printed form".
"""

from __future__ import annotations

from printing.blocks import FormTemplate
from printing.templates.apology import APOLOGY
from printing.templates.control import CONTROL
from printing.templates.ledger import LEDGER
from printing.templates.receipt import RECEIPT
from printing.templates.refusal import REFUSAL
from printing.templates.supplement import SUPPLEMENT

FORMS: dict[str, FormTemplate] = {
    template.key: template for template in (RECEIPT, SUPPLEMENT, REFUSAL, APOLOGY, CONTROL, LEDGER)
}
