// TypeScript types from openapi.yaml: openapi-typescript (`--enum`) through its Node API, so
// that the document's `x-extensible-enum` convention reaches TypeScript.
//
// Why: JSON Schema `enum` is closed, and generators turn it into a closed union, so a
// TypeScript desktop would treat an event type the gateway sends but the document does not
// list yet as impossible. The document keeps `enum` (generators need it to name the known
// values) and marks the lists that are open with `x-extensible-enum: true`. Here each such
// schema's type becomes `Known | (string & {})` (`number & {}` for integer enums): the known
// values keep their names and editor completion, and any other value still type-checks.
// Enums without the mark stay closed (request fields, where an unlisted value is an error).
//
// Usage: node scripts/docs-tools/types.mjs <openapi.yaml> <redocly config> <output.ts>
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { loadConfig } from '@redocly/openapi-core';
import yaml from 'js-yaml';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import ts from 'typescript';

const [input, configPath, output] = process.argv.slice(2);
if (!input || !configPath || !output) {
  console.error('usage: node types.mjs <openapi.yaml> <redocly config> <output.ts>');
  process.exit(2);
}

const document = yaml.load(fs.readFileSync(input, 'utf8'));
const extensible = new Map();
for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
  if (schema && schema['x-extensible-enum'] === true) {
    if (!Array.isArray(schema.enum)) {
      console.error(`components.schemas.${name}: x-extensible-enum without enum`);
      process.exit(1);
    }
    extensible.set(`#/components/schemas/${name}`, schema);
  }
}

function openUnion(type, schema) {
  const kinds = Array.isArray(schema.type) ? schema.type : [schema.type];
  const keyword = kinds.includes('integer') || kinds.includes('number')
    ? ts.SyntaxKind.NumberKeyword
    : ts.SyntaxKind.StringKeyword;
  // `string & {}` is any string, but unlike plain `string` it does not swallow the known
  // literals, so editors still offer them.
  const anyOther = ts.factory.createIntersectionTypeNode([
    ts.factory.createKeywordTypeNode(keyword),
    ts.factory.createTypeLiteralNode([]),
  ]);
  return ts.factory.createUnionTypeNode([type, anyOther]);
}

// The event envelope (scripts/event_union.py): `AgentEvent` is `oneOf: [DescribedAgentEvent,
// UnknownAgentEvent]`, `DescribedAgentEvent` a union discriminated on `eventType`. As
// openapi-typescript writes it, `AgentEvent` would intersect its own properties with the
// union (so every branch's `eventType` would be open again), each branch's `eventType`
// would be a separate TS enum (not comparable with `EventType`). Here `AgentEvent` is the
// union alone (each branch lists every property) and a branch's `eventType` the union of its
// names as string literals, so `switch (event.eventType)` on a `DescribedAgentEvent` types
// `content`. The fallback's `eventType` stays any string (TypeScript has no "string but
// these"), so a wire `AgentEvent` is first tested with `isDescribedEvent` (appended below).
const SCHEMAS = '#/components/schemas/';
const eventBranches = new Map();
for (const item of document.components?.schemas?.DescribedAgentEvent?.oneOf ?? []) {
  const name = String(item.$ref ?? '').slice(SCHEMAS.length);
  const names = document.components.schemas[name]?.properties?.eventType?.enum;
  if (!Array.isArray(names)) {
    console.error(`DescribedAgentEvent: branch ${name} has no eventType enum`);
    process.exit(1);
  }
  eventBranches.set(`${SCHEMAS}${name}/eventType`, names);
}
const eventShaped = new Set();
function eventTransform(type, where) {
  const names = eventBranches.get(where);
  if (names !== undefined) {
    eventShaped.add(where);
    return ts.factory.createUnionTypeNode(names.map((n) =>
      ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(n))));
  }
  if (where === `${SCHEMAS}AgentEvent` && eventBranches.size) {
    // {own properties} & (DescribedAgentEvent | UnknownAgentEvent) -> the union alone
    const union = ts.isIntersectionTypeNode(type)
      ? type.types.find((t) => ts.isParenthesizedTypeNode(t) || ts.isUnionTypeNode(t))
      : undefined;
    if (union === undefined) {
      console.error('AgentEvent: openapi-typescript no longer writes it as properties & union');
      process.exit(1);
    }
    eventShaped.add(where);
    return ts.isParenthesizedTypeNode(union) ? union.type : union;
  }
  return undefined;
}

const opened = new Set();
const ast = await openapiTS(pathToFileURL(path.resolve(input)), {
  enum: true,
  redocly: await loadConfig({ configPath }),
  postTransform(type, options) {
    const shaped = options.path === undefined ? undefined : eventTransform(type, options.path);
    if (shaped !== undefined) return shaped;
    const schema = options.path === undefined ? undefined : extensible.get(options.path);
    if (schema === undefined) return undefined;
    opened.add(options.path);
    return openUnion(type, schema);
  },
});
const unshaped = [...eventBranches.keys()].filter((key) => !eventShaped.has(key));
if (eventBranches.size && (unshaped.length || eventShaped.size !== eventBranches.size + 1)) {
  console.error(`event union not shaped: ${unshaped.join(', ') || 'AgentEvent'}`);
  process.exit(1);
}
const missed = [...extensible.keys()].filter((key) => !opened.has(key));
if (missed.length) {
  console.error(`x-extensible-enum not applied to: ${missed.join(', ')}`);
  process.exit(1);
}
// openapi-typescript writes each enum member's x-enum-descriptions entry as a `//` comment,
// which editors do not show; JSDoc (`/** ... */`) is what IDE hover and completion display.
function enumCommentsAsJSDoc(source) {
  let inEnum = false;
  let pending = [];
  const out = [];
  for (const line of source.split('\n')) {
    if (/^export (const )?enum /.test(line)) inEnum = true;
    const comment = inEnum ? /^(\s*)\/\/ ?(.*)$/.exec(line) : null;
    if (comment) {
      pending.push(comment);
      continue;
    }
    if (pending.length) {
      const indent = pending[0][1];
      const text = pending.map((m) => m[2].replaceAll('*/', '*\\/'));
      out.push(text.length === 1
        ? `${indent}/** ${text[0]} */`
        : [`${indent}/**`, ...text.map((t) => `${indent} * ${t}`), `${indent} */`].join('\n'));
      pending = [];
    }
    if (inEnum && /^}/.test(line)) inEnum = false;
    out.push(line);
  }
  return out.join('\n');
}

// The event contents as types: `AgentEventContents` maps each event type of
// `x-event-contents` (plus the null-content types) to its content's schema, and
// `KnownAgentEvent` is the discriminated union a `switch (event.eventType)` narrows. The
// wire's `AgentEvent` stays the type of what arrives (unknown types included): cast to
// `KnownAgentEvent` after checking the type is a key of `AgentEventContents`.
function eventContentTypes(doc) {
  const agentEvent = doc.components?.schemas?.AgentEvent ?? {};
  const contents = agentEvent['x-event-contents'] ?? {};
  const nullContent = agentEvent['x-event-null-content'] ?? [];
  const optional = new Set(agentEvent['x-event-optional-content'] ?? []);
  const entries = [];
  for (const [type, schema] of Object.entries(contents)) {
    if (!doc.components.schemas[schema]) {
      console.error(`x-event-contents: ${type} names a missing schema ${schema}`);
      process.exit(1);
    }
    const content = `components["schemas"]["${schema}"]`;
    entries.push([type, optional.has(type) ? `${content} | null` : content]);
  }
  for (const type of nullContent) {
    if (!(type in contents)) entries.push([type, 'null']);
  }
  const lines = [
    '',
    '/** The content of each event type the document describes (`x-event-contents`; `null` for',
    ' *  the types of `x-event-null-content`). */',
    'export interface AgentEventContents {',
    ...entries.map(([type, content]) => `    ${JSON.stringify(type)}: ${content};`),
    '}',
    '/** An event of a described type, its `content` typed by its `eventType`: narrow it with',
    ' *  `switch (event.eventType)`. Check `event.eventType in` a list of the keys of',
    ' *  `AgentEventContents` before casting a wire `AgentEvent` to it: gateways send other types. */',
    'export type KnownAgentEvent = {',
    '    [T in keyof AgentEventContents]: Omit<components["schemas"]["AgentEvent"], "eventType" | "content"> & {',
    '        eventType: T;',
    '        content: AgentEventContents[T];',
    '    };',
    '}[keyof AgentEventContents];',
    '',
  ];
  return { text: lines.join('\n'), count: entries.length };
}

// The TS enums openapi-typescript made for the branches' eventType are no longer used.
function withoutBranchEnums(source) {
  let text = source;
  for (const where of eventBranches.keys()) {
    const name = `${where.slice(SCHEMAS.length).split('/')[0]}EventType`;
    const block = new RegExp(`^export enum ${name} \\{\n(?:.*\n)*?\\}\n`, 'm');
    if (!block.test(text)) {
      console.error(`expected an unused enum ${name} from openapi-typescript`);
      process.exit(1);
    }
    text = text.replace(block, '');
  }
  return text;
}
// `isDescribedEvent`: the discriminator's mapping as a runtime set, and the type guard that
// separates the described events from the open fallback.
function describedGuard(doc) {
  const mapping = doc.components?.schemas?.DescribedAgentEvent?.discriminator?.mapping;
  if (!mapping) return '';
  return [
    '',
    '/** The event types `DescribedAgentEvent` covers (its discriminator mapping). */',
    `export const DESCRIBED_EVENT_TYPES: ReadonlySet<unknown> = new Set(${JSON.stringify(Object.keys(mapping))});`,
    '/** Whether a wire event is of a described type (not the open fallback `UnknownAgentEvent`):',
    ' *  then `switch (event.eventType)` narrows `event.content` to that type\'s schema. */',
    'export function isDescribedEvent(',
    '    event: components["schemas"]["AgentEvent"],',
    '): event is components["schemas"]["DescribedAgentEvent"] {',
    '    return DESCRIBED_EVENT_TYPES.has(event.eventType);',
    '}',
    '',
  ].join('\n');
}

const typesText = withoutBranchEnums(enumCommentsAsJSDoc(astToString(ast)));
if (!/^\s+\/\*\* .+ \*\/\n\s+NORMAL = 0,$/m.test(typesText)) {
  // ReasonCode.NORMAL has a description: if it has no JSDoc, openapi-typescript changed
  // how it writes enum comments and the conversion above needs updating.
  console.error('enum member descriptions did not become JSDoc (see enumCommentsAsJSDoc)');
  process.exit(1);
}
const events = eventContentTypes(document);
// The spec's digest: tests/test_typescript_types.py (no Node needed) compares it with
// openapi.yaml, so a spec change without `scripts/docs types` fails even `scripts/test --fast`.
const digest = crypto.createHash('sha256').update(fs.readFileSync(input)).digest('hex');
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(
  output,
  `// openapi.yaml sha256: ${digest}\n${COMMENT_HEADER}${typesText}${events.text}${describedGuard(document)}`,
);
console.log(`${output}: enum member descriptions as JSDoc; ${events.count} typed event contents`);
console.log(`${output}: ${extensible.size} open enum(s): ${[...extensible.keys()].map((k) => k.split('/').pop()).join(', ')}`);
