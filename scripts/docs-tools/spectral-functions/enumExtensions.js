// Spectral custom function (see ../../../.spectral.yaml): the names and meanings of an enum.
//
// Generators pair `x-enum-varnames` (openapi-python-client, openapi-typescript --enum) and
// `x-enum-descriptions` with `enum` by position, and silently fall back to VALUE_<n> names
// when the lengths differ. So for an enum schema:
// * it is checked when its `type` includes one of options.types (default: any type) and
//   none of options.unlessTypes (so two rules can split the enums between them);
// * then both lists exist, each with exactly one non-empty string per enum value;
// * varnames are identifiers (upper snake case) and unique.
'use strict';

const VARNAME = /^[A-Z][A-Z0-9_]*$/;

function types(schema) {
  if (Array.isArray(schema.type)) return schema.type;
  return schema.type === undefined ? [] : [schema.type];
}

module.exports = function enumExtensions(schema, options, context) {
  if (schema === null || typeof schema !== 'object' || !Array.isArray(schema.enum)) return [];
  const at = (...rest) => [...context.path, ...rest];
  const own = types(schema);
  const wanted = options && Array.isArray(options.types) ? options.types : null;
  const unless = options && Array.isArray(options.unlessTypes) ? options.unlessTypes : [];
  if (wanted !== null && !own.some((type) => wanted.includes(type))) return [];
  if (own.some((type) => unless.includes(type))) return [];
  const problems = [];
  for (const key of ['x-enum-varnames', 'x-enum-descriptions']) {
    const list = schema[key];
    if (list === undefined) {
      problems.push({ message: `${own.join('|') || 'untyped'} enum has no ${key}`, path: at() });
      continue;
    }
    if (!Array.isArray(list)) {
      problems.push({ message: `${key} must be a list`, path: at(key) });
      continue;
    }
    if (list.length !== schema.enum.length) {
      problems.push({
        message: `${key} has ${list.length} entries for ${schema.enum.length} enum values`,
        path: at(key),
      });
    }
    list.forEach((item, i) => {
      if (typeof item !== 'string' || item.trim() === '') {
        problems.push({ message: `${key}[${i}] must be a non-empty string`, path: at(key, i) });
      }
    });
    if (key === 'x-enum-varnames') {
      const seen = new Set();
      list.forEach((item, i) => {
        if (typeof item !== 'string') return;
        if (!VARNAME.test(item)) {
          problems.push({ message: `x-enum-varnames[${i}] "${item}" is not UPPER_SNAKE_CASE`, path: at(key, i) });
        }
        if (seen.has(item)) {
          problems.push({ message: `x-enum-varnames[${i}] "${item}" is repeated`, path: at(key, i) });
        }
        seen.add(item);
      });
    }
  }
  return problems;
};
