"""Schemathesis hooks for scripts/schemathesis.sh.

`positive_data_acceptance` expects every schema-valid request to succeed. Some refusals
depend on what is stored, which no schema can say: the fuzzer's valid slug that names no
municipality, a code another activity has, an archived activity on an order line, an
Idempotency-Key it used before with another body, a year without prices to publish, a
one-time link that does not exist, an ETag that is not the current version. This check
is `positive_data_acceptance` with exactly those answers allowed: a 422 only when every
field error has one of the codes below, 410 for a one-time link, 412 for a stale ETag.
Anything else a schema-valid request is refused with fails the run, as before.
"""
import re

import schemathesis
from schemathesis.specs.openapi import checks as openapi_checks

# MessageCode values (Sources/CatalogusDomain/Errors/MessageCode.swift) that only the
# stored data decide, each with why.
DATA_STATE_CODES = {
    "municipality.unknown": "a well-formed slug that names no municipality",
    "activity.unknown": "a well-formed id or code that names no activity",
    "location.unknown": "a location id that does not exist",
    "programme.unknown": "a programme code that does not exist",
    "activity.code_taken": "another activity has the code",
    "location.name_taken": "the municipality already has a location of that name",
    "order.activity_archived": "the activity on the line is archived",
    "idempotency.other_request": "the key was used before with another body",
    "prices.none_to_publish": "the year has no prices yet",
    "page.bad_cursor": "a cursor is only what a previous page handed out",
    "order.activity_unpriced": "the activity has no price in that year",
    "order.reason_required": "cancelling a confirmed order needs a reason, a draft or submitted one does not",
    "order.unknown": "an order id that does not exist",
    "registration.order_other_municipality": "the order belongs to another municipality",
    "location.other_municipality": "the location belongs to another municipality",
    "registration.date_in_future": "today (Europe/Amsterdam) decides which dates are past",
    "order.line_too_large": "the quantity times the activity's price is over what an amount may be",
    "order.inhabitants_missing": "a per-inhabitant price needs the municipality's inhabitants of that year",
    "prices.none_to_index": "the year to index from has no prices",
    "user.municipality_unknown": "a well-formed slug that names no municipality",
    "statistics.figure_unknown": "the report's figures are the rows of figure_definition, which no schema lists",
    "statistics.organisation_figure_unknown": "the organisation's figures are rows of figure_definition too",
    "highlight.registration_unknown": "a registration id that does not exist",
    "highlight.registration_elsewhere": "the registration is of another municipality or year than the story",
}
# Rules between members or between the path and the body, which the document states in
# words because JSON Schema cannot tie them: not data state, and listed as what is left.
CROSS_MEMBER_CODES = {
    "figure.wrong_scope": "which figures an area takes depends on whether the path names the organisation",
    "range.too_long": "`to` at most 100 years after `from`",
    "range.end_before_start": "`to` not before `from`",
    "prices.same_year": "an indexation's `to_year` differs from its `from_year`",
    "user.municipality_not_allowed": "only the municipality role has a municipality",
    "user.municipality_required": "the municipality role needs one",
}
# Conditional.ifMatchPattern (Sources/CatalogusServices/Support/Conditional.swift), as /openapi.json declares If-Match.
IF_MATCH_PATTERN = r'(\*|(W/)?"[^"]*"( *, *(W/)?"[^"]*")*)'
# Statuses whose answer is the data's: 410 a one-time link that is unknown or used,
# 412 an entity tag that is not the current version.
DATA_STATE_STATUSES = {410, 412}
# 413: a body over the server's size in bytes (--max-body), which no schema can state; the
# bulk import's `maxItems` rows of the largest kind are more than that. Documented per operation.
SIZE_STATUSES = {413}


def _decided_by_data(response) -> bool:
    if response.status_code in DATA_STATE_STATUSES | SIZE_STATUSES:
        return True
    if response.status_code != 422:
        return False
    try:
        problem = response.json()
    except Exception:
        return False
    errors = problem.get("errors") or []
    allowed = DATA_STATE_CODES.keys() | CROSS_MEMBER_CODES.keys()
    return bool(errors) and all(error.get("code") in allowed for error in errors)


@schemathesis.check
def positive_data_acceptance_unless_data_state(ctx, response, case):
    if _decided_by_data(response):
        return None
    # A CSV body (the bulk import) is described as text: its rows are a format JSON
    # Schema cannot describe, so a generated string is no valid file. The same operation
    # with its JSON array body is checked.
    if (case.media_type or "").startswith("text/csv"):
        return None
    # The coverage phase sends an optional header's value ("0") that its pattern forbids
    # as if it were valid; such a case is not schema-valid, whatever it is labelled.
    if_match = (case.headers or {}).get("If-Match")
    if if_match is not None and not re.fullmatch(IF_MATCH_PATTERN, if_match):
        return None
    return openapi_checks.positive_data_acceptance(ctx, response, case)
