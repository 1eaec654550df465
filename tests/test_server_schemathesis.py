"""Schemathesis against the served OpenAPI schema: no 5xx and no answer outside the schema.

Runs on the app in this process over a fresh database (SQLite, and PostgreSQL when
configured), signed in as a coordinator who owns one family, with a small number of
generated requests per route (valid and invalid ones) to keep the suite fast.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode, checks
from server_fixtures import Store, examples, make_change

# More for a deeper hunt: FTBT_SCHEMATHESIS_EXAMPLES=500; `make soak` tries 200.
EXAMPLES = int(os.environ.get("FTBT_SCHEMATHESIS_EXAMPLES", str(examples(15, 200))))
# No 5xx, and every answer as documented (status, content type, headers, body).
# Schemathesis's strictness checks (e.g. that unknown query parameters are refused)
# are left out: the protocol ignores what it does not know.
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_headers_conformance,
    checks.response_schema_conformance,
]


@pytest.fixture
def lenient_store(server_db_url: str) -> Iterator[Store]:
    """Generated sign-ins fail by the hundred; the rate limit must not lock anna out."""
    store = Store(
        server_db_url, login_max_failures_per_user=10**6, login_max_failures_per_addr=10**6
    )
    try:
        yield store
    finally:
        store.close()


@pytest.mark.slow
def test_no_server_error_and_no_schema_violation(lenient_store: Store) -> None:
    store = lenient_store
    store.add_user("anna")
    store.login("anna")
    family_id = str(uuid.uuid4())
    store.push("anna", [make_change(family_id, entity_type="family", value="Familien")])
    schema = schemathesis.openapi.from_asgi("/openapi.json", store.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8

    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=EXAMPLES,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            def check(case: Any) -> None:
                # Logging out would end the shared sign-in for the following examples.
                logout = case.path.endswith("/logout")
                token = store.login("anna") if logout else store.tokens["anna"]
                headers = {"Authorization": f"Bearer {token}", "X-FTBT-API": "1"}
                response = case.call_and_validate(headers=headers, checks=CHECKS)
                assert response.status_code < 500

            try:
                check()
            except Unsatisfiable:
                # A route without parameters or body has no invalid input to make.
                assert mode is GenerationMode.NEGATIVE
