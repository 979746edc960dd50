"""Schemathesis hooks for the intake's API test (`cargo xtask ci`, `cargo xtask api`).

The request schema states every rule JSON Schema can express. Two rules of
the request model compare fields with each other or with today's date, which
JSON Schema cannot state; the OpenAPI document describes them (answered with
422):

- `period_from` and `period_to` are not in the future (UTC date);
- `period_from` is not after `period_to`.

Before each call, in every phase, a generated body's well-formed period dates
are brought inside these rules (a future date becomes today, a reversed
period is swapped), so that schemathesis's positive checks only flag real
disagreements between the schema and the service. Anything else, including
a malformed date in a negative case, is sent as generated.
"""

import datetime
import re

import schemathesis

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _date(body, field):
    value = body.get(field)
    if isinstance(value, str) and _DATE.match(value.strip()):
        return value.strip()
    return None


@schemathesis.hook
def before_call(context, case, kwargs):
    body = case.body
    if not isinstance(body, dict):
        return
    today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    for field in ("period_from", "period_to"):
        value = _date(body, field)
        if value is not None and value > today:
            body[field] = today
    start, end = _date(body, "period_from"), _date(body, "period_to")
    if start is not None and end is not None and start > end:
        body["period_from"], body["period_to"] = end, start
