"""pydantic imported by kc (without asyncio) marks its deprecated functions exactly as it does alone."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

CALL = """
import json, sys, warnings
FIRST
from pydantic_core import core_schema
from pydantic._internal import _typing_extra
function = core_schema.general_before_validator_function
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    function(lambda value, info: value, core_schema.int_schema())
print(json.dumps({
    "warnings": [[w.category.__name__, str(w.message), w.filename, w.lineno] for w in caught],
    "deprecated": function.__deprecated__, "wrapped": function.__wrapped__.__name__,
    "no-category": _typing_extra.eval_type_lenient.__deprecated__,
    "asyncio": "asyncio" in sys.modules,
}))
"""


def _run(first: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", CALL.replace("FIRST", first)], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.mark.skipif(sys.version_info >= (3, 13), reason="warnings.deprecated imports no asyncio")
def test_deprecated_functions_warn_as_before_and_asyncio_stays_unloaded():
    alone = _run("")
    through_kc = _run("import khuyencong_cli.plan_format")
    alone.pop("asyncio")  # loaded by the pydantic and typing_extensions that need the patch; newer ones do not
    assert through_kc.pop("asyncio") is False
    assert through_kc == alone
    category, message, file, _ = alone["warnings"][0]  # type: ignore[index]
    assert (category, file) == ("DeprecationWarning", "<string>")
    assert "general_before_validator_function" in message
