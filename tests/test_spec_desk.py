"""The operations of issue 22 (the families a desk uses), as the pages and clients give them."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import operations

# operationId: (method, path, log method, retcodes, idempotent, reference pages, replaced by)
DESK_OPERATIONS: dict[str, tuple[str, str, str, list[str], bool, list[str], str | None]] = {
    "queryLoginInfo": ("POST", "/onlineagent/{agentid}/logininfo", "loginInfo",
                       ["100-006", "100-007"], True, ["cec_07_1227", "cec_07_0360"], None),
    "queryCustomState": ("GET", "/onlineagent/{agentid}/querycustomstate", "queryCustomState",
                         ["000-003", "100-006", "100-007"], True,
                         ["cec_07_1229", "cec_07_0362"], None),
    "heartbeat": ("PUT", "/onlineagent/{agentid}/heartbeat", "heartbeat", ["100-006"], True,
                  [], None),
    "modifyAccountPassword": ("POST", "/onlineagent/{agentid}/modifyaccountpwdex",
                              "modifyaccountpwdex",
                              ["000-002", "100-006", "110-002", "110-003", "110-017", "110-018",
                               "110-019", "110-020", "110-021"], False, [], None),
    "setTalkRight": ("POST", "/onlineagent/{agentid}/settalkright", "setTalkRight",
                     ["000-002", "100-006", "100-007"], False, [], None),
    "querySkillQueueOnAgent": ("GET", "/queuedevice/{agentid}/agentskill/{workNo}",
                               "querySkillQueueOnAgent", ["100-006", "100-007", "600-001"], True,
                               [], None),
    "queryIvrInfoOnVdn": ("GET", "/queuedevice/{agentid}/ivrinfo", "queryIVRInfoOnVdn",
                          ["100-006", "100-007", "600-004"], True,
                          ["cec_07_1024", "cec_07_0412"], None),
    "queryAccessCodesOnVdn": ("GET", "/queuedevice/{agentid}/innoinfo", "queryInNoOnVDN",
                              ["100-006", "100-007", "600-003"], True, [], None),
    "querySkillQueueOnVdn": ("GET", "/queuedevice/{agentid}/vdnskill/{vdnid}",
                             "querySkillQueueOnVDN", ["000-002", "100-006", "100-007", "600-002"],
                             True, [], None),
    "querySkillStatWithVdn": ("POST", "/queuedevice/{agentid}/queryskillstat",
                              "querySkillStatWithVdn", ["000-002", "100-006"], True, [], None),
    "callInnerSkill": ("PUT", "/voicecall/{agentid}/callinnerskill", "callInnerSkill",
                       ["000-002", "100-006", "100-007"], False, ["cec_07_0370"], None),
    "requestAppointedCall": ("POST", "/voicecall/{agentid}/requestcall/{callid}/{skilltype}",
                             "requestAppointedCall", ["000-002", "100-006", "100-007"], False,
                             ["cec_07_1251"], None),
    "releaseCallLegacy": ("DELETE", "/voicecall/{agentid}", "releaseEx",
                          ["100-006", "100-007", "200-017"], False, ["cec_07_1247"],
                          "releaseCall"),
    "secondDialLegacy": ("POST", "/voicecall/{agentid}/seconddial/{number}", "secondDial",
                         ["000-002", "100-006", "100-007"], False, [], "secondDial"),
    "queryWaitCallInfoBySkillId": ("GET", "/calldata/{agentid}/waitcallinfo/{skillid}",
                                   "queryWaitCallInfoBySkillId", ["100-006", "100-007"], True,
                                   ["cec_07_1271", "cec_07_0429"], None),
    "assignUserInQueue": ("PUT", "/calldata/{agentid}/assignuserinqueue", "assignUserInQueue",
                          ["000-002", "100-006", "100-007"], False, ["cec_07_0432"], None),
    "queryAllCallInfoByAgentWorkNoEx": ("GET", "/calldata/{agentid}/allcallinfoEx/{workno}",
                                        "queryAllCallInfoByAgentWorkNoEx",
                                        ["100-006", "100-007", "100-011", "900-002"], True,
                                        ["cec_07_0425", "cec_07_1267"], None),
    "setCallAppDataLegacy": ("PUT", "/calldata/{agentid}", "setCallAppData",
                             ["000-002", "100-006", "100-007", "400-001"], False, [],
                             "setCallAppDataEx"),
}  # fmt: skip

# The operations that cited no vendor page before issue 22, and the pages they cite now.
SOURCED = {
    "signInPlatformOnly": ["cec_07_1224", "cec_07_0357"],
    "signOut": ["cec_07_1219"],
    "forceSignOut": ["cec_07_1220", "cec_07_0353"],
    "forceSignOutWithReason": ["cec_07_1221", "cec_07_0354"],
    "getAgentEvent": ["cec_07_1274"],
    "handShake": ["cec_07_1204"],
    "updateGuid": ["cec_07_1225", "cec_07_0358"],
    "queryAgentStatus": ["cec_07_1222", "cec_07_0355"],
    "queryConfInfos": ["cec_07_0485", "cec_07_1300"],
    "requestAgentConf": ["cec_07_1283", "cec_07_0468"],
    "queryCallInfo": ["cec_07_1261", "cec_07_0419"],
    "queryCallAppData": ["cec_07_0420"],
}


@pytest.mark.parametrize("operation_id", sorted(DESK_OPERATIONS))
def test_operation_as_the_sources_give_it(spec: dict[str, Any], operation_id: str) -> None:
    method, path, log_method, retcodes, idempotent, pages, replaced_by = DESK_OPERATIONS[
        operation_id
    ]
    got_method, got_path, op = operations(spec)[operation_id]
    assert (got_method, got_path) == (method, path)
    assert op["x-log-method"] == log_method
    assert op["x-retcodes"] == retcodes
    assert op["x-idempotent"] is idempotent
    assert op["x-reference-pages"] == pages
    if not pages:  # no vendor page: the client code and the assumed log name are said
        assert op["x-reference-sources"].strip() and op["x-log-method-source"]
    assert op.get("deprecated", False) is (replaced_by is not None)
    assert op.get("x-replaced-by") == replaced_by
    if replaced_by is not None:
        assert replaced_by in operations(spec), "the replacement exists"
        assert f"`{replaced_by}`" in op["description"], "the description names it"
    assert op["security"] == [{"Guid": []}]
    assert op["responses"]["200"]["headers"]["Set-GUID"]
    assert op["summary"] and op["description"]


@pytest.mark.parametrize("operation_id", sorted(SOURCED))
def test_operations_cite_their_own_pages(spec: dict[str, Any], operation_id: str) -> None:
    _, _, op = operations(spec)[operation_id]
    assert op["x-reference-pages"][: len(SOURCED[operation_id])] == SOURCED[operation_id]


def test_no_page_is_cited_in_info_any_more(spec: dict[str, Any]) -> None:
    assert "x-reference-pages" not in spec["info"]
    assert "`x-replaced-by` (operation)" in spec["info"]["description"]


def test_passwords_and_tokens_are_secrets(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    change = schemas["ChangePasswordRequest"]["properties"]
    assert change["oldPassword"]["x-secret"] and change["newPassword"]["x-secret"]
    assert schemas["LoginInfoResult"]["properties"]["phonetoken"]["x-secret"]
