// A small runtime for TypeScript clients of the CC-Gateway, shipped in the cec-agentgateway
// wheel beside the generated types (`cec-agentgw spec --types ts --out DIR` writes both).
// What a generated client does not know, in plain `fetch` and no dependencies:
// * the Guid: taken from `Set-GUID: JSESSIONID=<guid>` at sign-in and from every later answer
//   (the gateway rotates it about every 60 s), sent in the `Guid` header of every request;
// * the retcode: HTTP 200 with `retcode` other than "0" throws a `RetcodeError` subclass;
// * the poll loop: `events()` long-polls `GET /agentevent/{agentid}` (polling is also the
//   session's heartbeat: the gateway signs out an agent that has not polled for 2 minutes).
// The Guid and the password never appear in an error message or in `String(session)`.
// Compiled with `tsc --strict` against cec-agentgateway.ts (scripts/docs types).
import { EventType, Retcode, type components, type operations } from "./cec-agentgateway";

export const JSON_UTF8 = "application/json; charset=UTF-8";

type Schemas = components["schemas"];
/** An event as it arrives: `eventType` may be a type the document does not list. */
export type AgentEvent = Schemas["AgentEvent"];
/** The sign-in body (`PUT /onlineagent/{agentid}`): password, phonenum, status, autoanswer... */
export type SignInRequest = Schemas["SignInRequest"];
/** What `queryCallInfo` answers in `result`. */
export type CallInfoResult = NonNullable<
  operations["queryCallInfo"]["responses"][200]["content"]["application/json"]["result"]
>;

/** The envelope every gateway answer has (event polls carry `event` instead of `result`). */
export interface Envelope {
  message?: string | null;
  retcode: string;
  result?: unknown;
  event?: AgentEvent | null;
}

const RETCODE_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries(Retcode).map(([name, code]) => [String(code), name]),
);

/** The gateway answered, but with an error code (HTTP 200, `retcode` other than "0"). */
export class RetcodeError extends Error {
  /** The UPPER_SNAKE_CASE name of the code in `Retcode`, or undefined for an unlisted code. */
  readonly retcodeName: string | undefined;

  constructor(
    /** The code as sent, e.g. "100-006". */
    readonly retcode: string,
    /** The operationId of the request, e.g. "queryCallInfo". */
    readonly operation: string,
    /** The gateway's `message` (never holds the Guid or password the request sent). */
    readonly gatewayMessage: string,
  ) {
    const name = RETCODE_NAMES.get(retcode);
    super(`${operation}: retcode ${retcode}${name ? ` (${name})` : ""}${gatewayMessage ? `: ${gatewayMessage}` : ""}`);
    this.name = new.target.name;
    this.retcodeName = name;
  }
}
/** Bad parameters (000-001, 000-002, 000-006, 100-001, 100-005, 100-011, 100-019). */
export class InvalidParameterError extends RetcodeError {}
/** No or an expired session (100-006 and 000-003, 105-006): sign in again. */
export class NotAuthorizedError extends RetcodeError {}
/** The platform behind the gateway failed (100-007). */
export class PlatformError extends RetcodeError {}
/** Sent too often (000-007, 100-021): pace the requests, do not retry at once. */
export class RepeatedRequestError extends RetcodeError {}
/** Other sign-in, sign-out and session errors (family 100). */
export class AgentSessionError extends RetcodeError {}
/** The agent is signed in already (100-002, 100-015). */
export class AlreadySignedInError extends AgentSessionError {}
/** The agent is signed out already (100-008). */
export class AlreadySignedOutError extends AgentSessionError {}
/** Wrong agent ID or password (100-004, 100-020). */
export class InvalidCredentialsError extends AgentSessionError {}
/** The call is not in a state that allows the request (family 200: voice calls). */
export class CallStateError extends RetcodeError {}

type ErrorClass = new (retcode: string, operation: string, message: string) => RetcodeError;

const BY_CODE: ReadonlyMap<string, ErrorClass> = new Map<string, ErrorClass>([
  ...["000-001", "000-002", "000-006", "100-001", "100-005", "100-011", "100-019"].map(
    (code): [string, ErrorClass] => [code, InvalidParameterError],
  ),
  ...["000-003", "100-006", "105-006"].map((code): [string, ErrorClass] => [code, NotAuthorizedError]),
  ["100-007", PlatformError],
  ["000-007", RepeatedRequestError],
  ["100-021", RepeatedRequestError],
  ["100-002", AlreadySignedInError],
  ["100-015", AlreadySignedInError],
  ["100-008", AlreadySignedOutError],
  ["100-004", InvalidCredentialsError],
  ["100-020", InvalidCredentialsError],
]);
const BY_FAMILY: ReadonlyMap<string, ErrorClass> = new Map<string, ErrorClass>([
  ["100", AgentSessionError],
  ["200", CallStateError],
]);

/** The error class for a retcode: its own, else its family's (first three digits), else `RetcodeError`. */
export function errorClassFor(retcode: string): ErrorClass {
  return BY_CODE.get(retcode) ?? BY_FAMILY.get(retcode.split("-")[0] ?? "") ?? RetcodeError;
}

/** Throws the retcode's error class unless the envelope reports success ("0"). */
export function checkRetcode(envelope: Envelope, operation: string): void {
  const retcode = String(envelope.retcode);
  if (retcode === Retcode.SUCCESS) return;
  const ErrorType = errorClassFor(retcode);
  throw new ErrorType(retcode, operation, envelope.message ?? "");
}

/** The Guid in a `Set-GUID` header value (`JSESSIONID=<guid>`), or undefined. */
export function guidFromHeader(value: string | null): string | undefined {
  if (value === null) return undefined;
  const match = /JSESSIONID=([^;,\s]+)/.exec(value);
  return match?.[1];
}

export interface SessionOptions {
  /** Called with each new Guid (sign-in and every rotation), e.g. to store it. */
  onGuidChange?: (guid: string) => void;
  /** The `fetch` to use (default: the global one). */
  fetch?: typeof fetch;
}

/** One signed-in agent: keeps the newest Guid, checks every retcode, polls events. */
export class AgentSession {
  #guid: string | undefined;
  readonly #fetch: typeof fetch;
  readonly #onGuidChange: ((guid: string) => void) | undefined;

  private constructor(
    /** e.g. "https://gateway:8043/agentgateway/resource" (no trailing slash). */
    readonly baseUrl: string,
    readonly agentId: string,
    options: SessionOptions,
  ) {
    this.#fetch = options.fetch ?? fetch;
    this.#onGuidChange = options.onGuidChange;
  }

  /** Signs the agent in (`PUT /onlineagent/{agentid}`) and keeps the Guid it answers with. */
  static async signIn(
    baseUrl: string,
    agentId: string,
    body: SignInRequest,
    options: SessionOptions = {},
  ): Promise<AgentSession> {
    const session = new AgentSession(baseUrl.replace(/\/+$/, ""), agentId, options);
    await session.request("signIn", "PUT", `/onlineagent/${encodeURIComponent(agentId)}`, body);
    if (session.#guid === undefined) {
      throw new Error("signIn: the gateway answered without a Set-GUID header");
    }
    return session;
  }

  /** Resumes a session whose Guid was stored (e.g. by `onGuidChange`). */
  static resume(baseUrl: string, agentId: string, guid: string, options: SessionOptions = {}): AgentSession {
    const session = new AgentSession(baseUrl.replace(/\/+$/, ""), agentId, options);
    session.#guid = guid;
    return session;
  }

  /** Whether the session holds a Guid (it never shows the Guid itself). */
  get signedIn(): boolean {
    return this.#guid !== undefined;
  }

  toString(): string {
    return `AgentSession(${this.agentId}, ${this.baseUrl})`;
  }

  /**
   * One request: JSON content type (GET and DELETE too), the Guid, the Guid's rotation and
   * the retcode check. `path` is below the base URL, e.g. `/calldata/153/callinfo`.
   */
  async request(operation: string, method: string, path: string, body?: unknown): Promise<Envelope> {
    const headers: Record<string, string> = { "Content-Type": JSON_UTF8 };
    if (this.#guid !== undefined) headers["Guid"] = this.#guid;
    const init: RequestInit = { method, headers };
    if (body !== undefined) init.body = JSON.stringify(body);
    const response = await this.#fetch(`${this.baseUrl}${path}`, init);
    const rotated = guidFromHeader(response.headers.get("Set-GUID"));
    if (rotated !== undefined && rotated !== this.#guid) {
      this.#guid = rotated;
      this.#onGuidChange?.(rotated);
    }
    if (!response.ok) {
      throw new Error(`${operation}: HTTP ${response.status} ${response.statusText}`);
    }
    const envelope = (await response.json()) as Envelope;
    checkRetcode(envelope, operation);
    return envelope;
  }

  #agentPath(prefix: string, suffix = ""): string {
    return `/${prefix}/${encodeURIComponent(this.agentId)}${suffix}`;
  }

  /** One long poll: the oldest pending event, or null after the gateway's wait without one. */
  async poll(): Promise<AgentEvent | null> {
    const envelope = await this.request("getAgentEvent", "GET", this.#agentPath("agentevent"));
    return envelope.event ?? null;
  }

  /** Polls until `signal` aborts (checked between polls), yielding each event. */
  async *events(signal?: AbortSignal): AsyncGenerator<AgentEvent, void, undefined> {
    while (signal?.aborted !== true) {
      const event = await this.poll();
      if (event !== null) yield event;
    }
  }

  /**
   * Polls until an event of one of `types` arrives and returns it; the other events go to
   * `onOther`. Rejects after `timeoutMs` (checked between polls).
   */
  async waitFor(
    types: readonly (EventType | string)[],
    options: { timeoutMs?: number; onOther?: (event: AgentEvent) => void } = {},
  ): Promise<AgentEvent> {
    const deadline = Date.now() + (options.timeoutMs ?? 60_000);
    while (Date.now() < deadline) {
      const event = await this.poll();
      if (event === null) continue;
      if (typeof event.eventType === "string" && types.includes(event.eventType)) return event;
      options.onOther?.(event);
    }
    throw new Error(`no ${types.join(" or ")} event within ${options.timeoutMs ?? 60_000} ms`);
  }

  /** `GET /calldata/{agentid}/callinfo`: the current call, or null when there is none. */
  async queryCallInfo(): Promise<CallInfoResult | null> {
    const envelope = await this.request("queryCallInfo", "GET", this.#agentPath("calldata", "/callinfo"));
    return (envelope.result ?? null) as CallInfoResult | null;
  }

  /** `PUT /voicecall/{agentid}/answer`: answers the ringing call. */
  async answer(): Promise<void> {
    await this.request("answerCall", "PUT", this.#agentPath("voicecall", "/answer"));
  }

  /** `DELETE /voicecall/{agentid}/release`: hangs up the current call. */
  async release(): Promise<void> {
    await this.request("releaseCall", "DELETE", this.#agentPath("voicecall", "/release"));
  }

  /** `DELETE /onlineagent/{agentid}/logout`: signs out; the session forgets its Guid. */
  async signOut(): Promise<void> {
    await this.request("signOut", "DELETE", this.#agentPath("onlineagent", "/logout"));
    this.#guid = undefined;
  }
}

export { EventType, Retcode };
