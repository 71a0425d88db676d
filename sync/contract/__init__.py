"""The portal sync contract: `openapi.yaml` is the one source of truth for both sides.

The reference portal validates every request against it, the client validates every reply against it, and
`wire` maps the domain's `Dossier`/`DossierEvent` to and from the JSON it describes.
"""

from sync.contract.schema import (
    SPEC_PATH,
    ContractViolation,
    Operation,
    load_spec,
    operations,
    validate,
)

__all__ = ["SPEC_PATH", "ContractViolation", "Operation", "load_spec", "operations", "validate"]
