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

const opened = new Set();
const ast = await openapiTS(pathToFileURL(path.resolve(input)), {
  enum: true,
  redocly: await loadConfig({ configPath }),
  postTransform(type, options) {
    const schema = options.path === undefined ? undefined : extensible.get(options.path);
    if (schema === undefined) return undefined;
    opened.add(options.path);
    return openUnion(type, schema);
  },
});
const missed = [...extensible.keys()].filter((key) => !opened.has(key));
if (missed.length) {
  console.error(`x-extensible-enum not applied to: ${missed.join(', ')}`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, `${COMMENT_HEADER}${astToString(ast)}`);
console.log(`${output}: ${extensible.size} open enum(s): ${[...extensible.keys()].map((k) => k.split('/').pop()).join(', ')}`);
