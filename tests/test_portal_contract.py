"""Schemathesis drives the contract against the reference portal over loopback.

For every operation: requests generated from the contract (positive) must get documented answers whose
bodies and headers follow the contract; requests that break it (negative) must be refused with a 4xx.
Bounded (a few examples per operation) so the suite stays fast; run with SCHEMATHESIS_EXAMPLES=200 to dig.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import positive_data_acceptance

from sync.contract.schema import SPEC_PATH, operations
from sync.portal.server import BackgroundPortal
from tests.sync_fixtures import AGENCY, PASSWORD, make_portal

SCHEMA = schemathesis.openapi.from_path(str(SPEC_PATH))
EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "12"))


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    portal = make_portal(Path(tmp_path_factory.mktemp("portal")), ("ban-1", AGENCY))
    portal.seed_online(3, AGENCY)
    with BackgroundPortal(portal) as server:
        yield server.url, portal.issue_token("ban-1", PASSWORD)["access_token"]


CASES = [(op.operation_id, mode) for op in operations()
         for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
         if not (op.operation_id == "health" and mode is GenerationMode.NEGATIVE)]  # health takes no input


@pytest.mark.parametrize(("operation_id", "mode"), CASES, ids=[f"{o}-{m.value}" for o, m in CASES])
def test_portal_keeps_the_contract(running: tuple[str, str], operation_id: str, mode: GenerationMode) -> None:
    url, token = running
    api_operation = SCHEMA.find_operation_by_id(operation_id)
    # A well-formed upload whose bytes do not hash to its address is refused (422) by design: the schema
    # cannot express "these bytes hash to that path", so acceptance of positive data is not expected there.
    excluded = [positive_data_acceptance] if operation_id == "uploadAttachment" else None
    calls = []

    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(case=api_operation.as_strategy(generation_mode=mode))
    def check(case: schemathesis.Case[Any]) -> None:
        response = case.call(base_url=url, headers={"Authorization": f"Bearer {token}"})
        calls.append(response.status_code)
        case.validate_response(response, excluded_checks=excluded)

    check()
    assert calls, "schemathesis generated no request"
