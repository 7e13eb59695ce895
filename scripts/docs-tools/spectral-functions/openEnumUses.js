// Spectral custom function (see ../../../.spectral.yaml), run on the unresolved document.
//
// An open enum (a component schema with `x-extensible-enum: true`) is used in standard
// OpenAPI that generators keep open: every $ref to it sits in an `anyOf` that also allows
// any value of its type, `anyOf: [{$ref: "#/components/schemas/EventType"}, {type: string}]`.
// A bare $ref would be a closed enum to every generator that ignores our extensions (a Java,
// Go or C# model would refuse the gateway's new values at run time). scripts/generator_view.py
// folds these back for the Python generation, and refuses a bare $ref too.
'use strict';

const PREFIX = '#/components/schemas/';

function openRef(node, enums) {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const keys = Object.keys(node);
  if (keys.length !== 1 || keys[0] !== '$ref' || typeof node.$ref !== 'string') return undefined;
  if (!node.$ref.startsWith(PREFIX)) return undefined;
  const name = node.$ref.slice(PREFIX.length);
  return enums.has(name) ? name : undefined;
}

function opens(anyOf, name, enums) {
  const wanted = enums.get(name);
  return anyOf.some((item) => item && typeof item === 'object' && Object.keys(item).length === 1 && item.type === wanted);
}

module.exports = function openEnumUses(document) {
  if (document === null || typeof document !== 'object') return [];
  const enums = new Map();
  const schemas = (document.components && document.components.schemas) || {};
  for (const [name, schema] of Object.entries(schemas)) {
    // Only enums: cec-extensible-enum reports the mark on anything else.
    if (schema && schema['x-extensible-enum'] === true && Array.isArray(schema.enum)) enums.set(name, schema.type);
  }
  const problems = [];
  const walk = (node, path, parentAnyOf) => {
    if (node === null || typeof node !== 'object') return;
    const name = openRef(node, enums);
    if (name !== undefined) {
      if (!(parentAnyOf && opens(parentAnyOf, name, enums))) {
        problems.push({
          message: `$ref to the open enum ${name}: write anyOf: [{$ref: "${PREFIX}${name}"}, {type: ${enums.get(name)}}]`,
          path,
        });
      }
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      const anyOf = key === 'anyOf' && Array.isArray(child) ? child : undefined;
      if (anyOf) {
        anyOf.forEach((item, i) => walk(item, [...path, key, i], anyOf));
      } else {
        walk(child, [...path, key], undefined);
      }
    }
  };
  walk(document, [], undefined);
  return problems;
};
