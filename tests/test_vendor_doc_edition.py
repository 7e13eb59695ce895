"""The spec, the wheel and the changelog name the same issue of the vendor documentation.

``info.x-vendor-doc-edition`` of openapi.yaml is the source; the generated constant
``VENDOR_DOC_EDITION`` (exported by the package), the wheel's keywords and the CHANGELOG
follow it, and every change-history entry recorded in ``info.x-vendor-doc-changes`` names
operations the spec has.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import cec_agentgateway
from cec_agentgateway.generated.spec_extensions import OPERATIONS, VENDOR_DOC_CHANGES

REPO = Path(__file__).resolve().parents[1]


def test_the_edition_constant_equals_the_spec(spec: dict[str, Any]) -> None:
    raw = spec["info"]["x-vendor-doc-edition"]
    assert {
        "issue": raw["issue"],
        "aicc": raw["aicc"],
        "released": raw["released"],
        "change_history": raw["change-history"],
        "newest_english_issue": raw["newest-english-issue"],
    } == cec_agentgateway.VENDOR_DOC_EDITION
    assert raw["change-history"] == "cec_07_0333"
    assert re.fullmatch(r"\d{2}\.\d{3}\.\d", raw["aicc"])
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw["released"])
    assert raw["newest-english-issue"] <= raw["issue"]


def test_the_wheel_metadata_names_the_same_edition() -> None:
    edition = cec_agentgateway.VENDOR_DOC_EDITION
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert f"vendor-doc-issue-{edition['issue']}" in project["keywords"]
    assert f"aicc-{edition['aicc']}" in project["keywords"]
    assert [k for k in project["keywords"] if k.startswith(("vendor-doc-issue-", "aicc-"))] == [
        f"vendor-doc-issue-{edition['issue']}",
        f"aicc-{edition['aicc']}",
    ]
    assert project["urls"]["Vendor change history"].endswith(f"/{edition['change_history']}.html")


def test_recorded_changes_name_operations_of_the_spec() -> None:
    edition = cec_agentgateway.VENDOR_DOC_EDITION
    assert VENDOR_DOC_CHANGES, "the applied change-history entries are recorded"
    for change in VENDOR_DOC_CHANGES:
        assert change["issue"] <= edition["issue"]
        assert change["entries"] and change["change"]
        for operation in change["operations"]:
            assert operation == "*" or operation in OPERATIONS


def test_each_recorded_issue_has_a_changelog_line() -> None:
    changelog = (REPO / "CHANGELOG.md").read_text()
    edition = cec_agentgateway.VENDOR_DOC_EDITION
    assert f"documentation issue {edition['issue']}" in changelog
    for issue in {change["issue"] for change in VENDOR_DOC_CHANGES}:
        assert re.search(rf"\(documentation issue {issue}\b", changelog), issue


def test_issue_24_is_in_the_sign_in_and_sync_schemas(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert 8 in schemas["SignInStatus"]["enum"]
    assert 8 not in schemas["PlatformOnlySignInStatus"]["enum"]
    added = schemas["SignInRequest"]["allOf"][1]["properties"]
    assert {"signInMode", "time", "restcause"} <= set(added)
    assert (added["time"]["minimum"], added["time"]["maximum"]) == (1, 86399)
    assert (added["restcause"]["minimum"], added["restcause"]["maximum"]) == (0, 255)
    assert "signInMode" in schemas["SyncAgentInfoResult"]["properties"]
