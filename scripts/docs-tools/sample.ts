// A small TypeScript client over the types openapi-typescript generates from openapi.yaml.
// `scripts/docs types` writes them to types/cec-agentgateway.ts and type-checks this
// file with `tsc --strict` (it is never run). It shows that a second language's generator
// accepts the document and that the contract survives: the two conference result shapes,
// EpochMillis and PhoneNumber unions, callinfo string|object|null, enums named from
// x-enum-varnames, and values no enum lists yet. The `@ts-expect-error` lines prove the
// types are precise: each must fail to compile, or tsc reports the directive as unused.
import {
  AgentState,
  CallType,
  EventType,
  PlayMode,
  ReasonCode,
  Retcode,
  type AgentEventContents,
  type components,
  isDescribedEvent,
  type KnownAgentEvent,
  type operations,
} from "../../types/cec-agentgateway";

type Schemas = components["schemas"];
type Envelope<Op extends keyof operations> =
  operations[Op]["responses"][200]["content"]["application/json"];
type RequestBody<Op extends keyof operations> = operations[Op] extends {
  requestBody: { content: { "application/json; charset=UTF-8": infer Body } };
}
  ? Body
  : never;
type AgentId = operations["queryCallInfo"]["parameters"]["path"]["agentid"];

const JSON_UTF8 = "application/json; charset=UTF-8";

/** One signed-in agent. Keeps the newest Guid: any response may rotate it (Set-GUID). */
export class AgentSession {
  constructor(
    readonly baseUrl: string,
    readonly agentId: AgentId,
    private guid: string,
  ) {}

  private async call<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const init: RequestInit = {
      method,
      // The gateway wants the JSON content type on GET requests too.
      headers: { Guid: this.guid, "Content-Type": JSON_UTF8 },
    };
    if (body !== undefined) init.body = JSON.stringify(body);
    const response = await fetch(`${this.baseUrl}${path}`, init);
    const rotated = /^JSESSIONID=([^;,\s]+)/.exec(response.headers.get("Set-GUID") ?? "");
    if (rotated?.[1] !== undefined) this.guid = rotated[1];
    return (await response.json()) as T;
  }

  queryConfInfos(body: RequestBody<"queryConfInfos">): Promise<Envelope<"queryConfInfos">> {
    return this.call("POST", `/agentconf/${this.agentId}/queryconfinfos`, body);
  }

  requestAgentConf(body: RequestBody<"requestAgentConf">): Promise<Envelope<"requestAgentConf">> {
    return this.call("POST", `/agentconf/${this.agentId}/requestagentconf`, body);
  }

  queryCallInfo(
    query: NonNullable<operations["queryCallInfo"]["parameters"]["query"]> = {},
  ): Promise<Envelope<"queryCallInfo">> {
    const last = query.isNoContainLastCall;
    const search = last === undefined ? "" : `?isNoContainLastCall=${String(last)}`;
    return this.call("GET", `/calldata/${this.agentId}/callinfo${search}`);
  }

  syncAgentInfo(): Promise<Envelope<"syncAgentInfo">> {
    return this.call("POST", `/onlineagent/${this.agentId}/syncagentinfo`);
  }
}

/** Business outcome: HTTP 200 with retcode "0"; anything else is an error code. */
export function succeeded(envelope: { retcode: Retcode }): boolean {
  return envelope.retcode === Retcode.SUCCESS;
}

/** EpochMillis arrives as a number, a string of digits, "" or null. */
export function toDate(value: Schemas["EpochMillis"] | undefined): Date | null {
  if (value === null || value === undefined || value === "") return null;
  const millis = typeof value === "number" ? value : Number(value);
  return Number.isFinite(millis) ? new Date(millis) : null;
}

/** Numbers with a leading zero or "+" only survive as text, so treat every number as text. */
export function phoneText(value: Schemas["PhoneNumber"] | undefined): string {
  return value === undefined ? "" : String(value);
}

/** queryConfInfos answers with an array of conferences or with {confs: [...]}. */
export function conferences(result: Envelope<"queryConfInfos">["result"]): Schemas["Conference"][] {
  if (result === null || result === undefined) return [];
  return Array.isArray(result) ? result : (result.confs ?? []);
}

/** syncAgentInfo's callinfo is a string, an object or null. */
export function describeCallInfo(value: Schemas["SyncAgentInfoResult"]["callinfo"]): string {
  if (value === null || value === undefined) return "no call";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Enum names come from x-enum-varnames; a value the reference does not list keeps its number. */
export function reasonName(code: ReasonCode): string {
  const names: Partial<Record<number, string>> = ReasonCode;
  return names[code] ?? `UNKNOWN_${code}`;
}

export async function showAgent(session: AgentSession): Promise<string[]> {
  const lines: string[] = [];
  const sync = await session.syncAgentInfo();
  const state = sync.result?.agentStateInfo;
  if (succeeded(sync) && state) {
    const idle = state.state === AgentState.IDLE;
    const inbound = state.callFeature === CallType.INBOUND;
    lines.push(`idle=${idle} inbound=${inbound} since=${toDate(state.agentStateBeginTime)}`);
    lines.push(describeCallInfo(sync.result?.callinfo));
  }
  const info = await session.queryCallInfo({ isNoContainLastCall: true });
  if (info.result) {
    lines.push(`${phoneText(info.result.caller)} -> ${phoneText(info.result.called)}`);
    const reason = info.result.trace?.enterReason;
    if (reason !== undefined) lines.push(reasonName(reason));
  }
  const confs = await session.queryConfInfos({ confIds: [1029888, 1029889] });
  for (const conf of conferences(confs.result)) {
    lines.push(`conference ${conf.confId}: ${conf.addresses?.length ?? 0} parties`);
  }
  const request = await session.requestAgentConf({
    memberNum: 4,
    beepTone: true,
    playMode: PlayMode.VOICE_FILE,
    voicePath: "y:/conf/120/1136287.V3",
  });
  lines.push(succeeded(request) ? "conference requested" : `refused: ${request.retcode}`);
  return lines;
}

/** EventType is an open list (x-extensible-enum): known names, and any other string. */
export function describeEvent(event: Schemas["AgentEvent"]): string {
  const type = event.eventType;
  if (type === EventType.AGENT_EVENT_HOLD && typeof event.content === "string") {
    return `held call ${event.content}`; // CallIdContent: the content is the bare call ID
  }
  if (type === null || typeof type === "number") return "event without a type name";
  return type === EventType.AGENT_EVENT_TALKING ? "talking" : `other event ${type}`;
}
export const notListedYet: Schemas["EventType"] = "AgentEvent_Not_Listed_Yet";

/** Typed contents: check the type is described, then `switch` narrows `content`. */
export function describeKnownEvent(event: Schemas["AgentEvent"]): string {
  const type = event.eventType;
  if (typeof type !== "string" || !(type in DESCRIBED)) return "not a described event type";
  const known = event as KnownAgentEvent;
  switch (known.eventType) {
    case "AgentEvent_Hold":
      return `held call ${known.content.length ? known.content : "?"}`; // a string
    case "AgentConf_RequestFailed":
      return `conference failed, cause ${known.content.cause ?? "unknown"}`;
    case "AgentState_Busy":
      return known.content === null ? "busy" : "unreachable";
    default:
      return known.eventType;
  }
}
/** The wire type is a discriminated union: once `isDescribedEvent` has set the open fallback
 *  aside, comparing `eventType` with a described name narrows `content`, no cast needed. */
export function callIdOf(event: Schemas["AgentEvent"]): string | undefined {
  if (!isDescribedEvent(event)) return undefined; // UnknownAgentEvent: content as it arrived
  if (event.eventType === "AgentEvent_Talking" || event.eventType === "AgentEvent_Ringing") {
    const content: Schemas["CallEventContent"] | undefined = event.content;
    return content?.callid;
  }
  if (event.eventType === "AgentEvent_Hold") {
    const callId: Schemas["CallIdContent"] | undefined = event.content; // a bare call ID
    return callId;
  }
  switch (event.eventType) {
    case "AgentOther_PhoneAlerting": {
      const alerting: Schemas["PhoneAlertingContent"] | null | undefined = event.content;
      return alerting === null ? undefined : "phone alerting";
    }
    case "AgentState_Busy": {
      const none: null | undefined = event.content; // x-event-null-content
      return none ?? undefined;
    }
    default:
      return undefined;
  }
}
export function conferenceFailureAsCallId(event: Schemas["DescribedAgentEvent"]): string | undefined {
  // @ts-expect-error narrowed to the conference failure: its content is an object, not a string
  if (event.eventType === "AgentConf_RequestFailed") return event.content;
  return undefined;
}
/** An event of another type still type-checks as a wire event (the open fallback). */
export const unlistedEvent: Schemas["AgentEvent"] = {
  eventType: "AgentEvent_New",
  content: { anything: 1 },
};
// @ts-expect-error a described type with another type's content is not a described event
export const mismatched: Schemas["DescribedAgentEvent"] = { eventType: "AgentEvent_Hold", content: { cause: 1 } };
const DESCRIBED: Partial<Record<keyof AgentEventContents, true>> = {
  AgentEvent_Hold: true,
  AgentConf_RequestFailed: true,
  AgentState_Busy: true,
};
export const failedContent: AgentEventContents["AgentConf_RequestFailed"] = { cause: 21234 };

// The types are precise: each of these must be a compile error.
// @ts-expect-error memberNum is required
export const missingMemberNum: RequestBody<"requestAgentConf"> = { time: 50 };
// @ts-expect-error requests are closed objects (additionalProperties: false)
export const unknownField: RequestBody<"queryConfInfos"> = { confIds: [1], extra: true };
// @ts-expect-error the query flag is a boolean, not a string
export const stringFlag: operations["queryCallInfo"]["parameters"]["query"] = { isNoContainLastCall: "true" };
// @ts-expect-error 999 is not an AgentState
export const notAState: AgentState = 999;
// @ts-expect-error an event type is a name, never a number (the envelope allows that separately)
export const numericEventType: Schemas["EventType"] = 7;
// @ts-expect-error a conference failure's content is an object, not a call ID string
export const wrongContent: AgentEventContents["AgentConf_RequestFailed"] = "1455885056-1095";
// @ts-expect-error retcode is a string code, never a number
export const numericRetcode: Schemas["Retcode"] = 0;
