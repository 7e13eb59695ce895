// An agent's call, end to end, in TypeScript with the types and runtime shipped in the wheel:
// sign in, wait for a call (answering it when it rings), read the call information, hang up,
// sign out. One JSON line per step on standard output; no Guid or password is printed.
//
//   cec-agentgw spec --example ts --out ts-example   # this file, tsconfig.json, the types
//   cd ts-example && npx -p typescript@5.9.3 tsc -p .  # any TypeScript 5: out/session.js
//   BASE=http://127.0.0.1:8043/agentgateway/resource node out/session.js
//
// Against `cec-agentgw simulate --control`, offer the call from another shell once it waits:
//   curl -s -X POST http://127.0.0.1:8043/__sim__/offer_call -d '{"agent":"153","caller":"70004"}'
import { AgentSession, EventType, RetcodeError, type AgentEvent } from "./cec-agentgateway/runtime";

// Node's globals without @types/node: the example has no dependencies.
declare const process: { env: Record<string, string | undefined>; exitCode?: number };

const BASE = process.env["BASE"] ?? "http://127.0.0.1:8043/agentgateway/resource";
const AGENT = process.env["AGENT"] ?? "153";
const PHONE = process.env["PHONE"] ?? "40038";
const WAIT_MS = Number(process.env["WAIT_MS"] ?? "60000");

function say(step: string, detail: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ step, ...detail }));
}

async function main(): Promise<void> {
  let guids = 0; // the sign-in's Guid, then one per rotation
  // 1. Sign in without auto-answer: the call rings, and this program answers it.
  const session = await AgentSession.signIn(
    BASE,
    AGENT,
    { password: process.env["PASSWORD"] ?? "secret", phonenum: PHONE, status: 4, autoanswer: false },
    { onGuidChange: () => (guids += 1) },
  );
  say("signed in", { agent: AGENT });
  try {
    // 2. Poll until Talking (the poll loop is also the session's heartbeat); answer on Ringing.
    const seen: string[] = [];
    let talking: AgentEvent | undefined;
    for await (const event of session.events(AbortSignal.timeout(WAIT_MS))) {
      if (event.eventType === EventType.AGENT_EVENT_RINGING) {
        say("ringing");
        await session.answer();
        say("answered");
      } else if (event.eventType === EventType.AGENT_EVENT_TALKING) {
        talking = event;
        break;
      } else {
        seen.push(String(event.eventType));
      }
    }
    if (talking === undefined) throw new Error(`no call within ${WAIT_MS} ms`);
    say("talking", { before: seen, callid: callIdOf(talking.content) });
    // 3. The call information.
    const info = await session.queryCallInfo();
    say("call info", { callid: info?.callid ?? null, caller: info?.caller ?? null });
    // 4. Hang up, and wait until the gateway confirms it.
    await session.release();
    await session.waitFor([EventType.AGENT_EVENT_CALL_RELEASE], { timeoutMs: WAIT_MS });
    say("released");
  } catch (error: unknown) {
    report(error);
    // The gateway refuses to sign out an agent in a call (100-010): hang up first.
    await session.release().catch(() => undefined);
  } finally {
    // 5. Sign out, with the newest Guid (it may have rotated meanwhile).
    await session.signOut();
    say("signed out", { rotations: guids - 1 });
  }
}

function callIdOf(content: unknown): string | null {
  if (content !== null && typeof content === "object" && "callid" in content) {
    return String((content as { callid: unknown }).callid);
  }
  return null;
}

function report(error: unknown): void {
  process.exitCode = 1;
  if (error instanceof RetcodeError) {
    say("failed", {
      class: error.name,
      retcode: error.retcode,
      name: error.retcodeName ?? null,
      error: error.message,
    });
  } else {
    say("failed", { error: String(error) });
  }
}

main().catch(report);
