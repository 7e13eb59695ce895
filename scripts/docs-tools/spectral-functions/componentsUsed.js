// Spectral custom function (see ../../../.spectral.yaml), run on the unresolved document.
//
// Event payload schemas are named in `x-event-contents` (eventType -> schema name) rather than
// reached through a $ref, so the stock unused-component rules report them. This replaces them:
// * every component (schemas, parameters, responses, headers, ...) is the target of a $ref,
//   or, for schemas, named in some `x-event-contents`;
// * every name in `x-event-contents` is a component schema;
// * when the schema holding `x-event-contents` (or `x-event-null-content`) has an `eventType`
//   property with an enum, every event type listed there is one of its values.
'use strict';

function walk(node, path, visit) {
  if (node === null || typeof node !== 'object') return;
  visit(node, path);
  for (const [key, child] of Object.entries(node)) walk(child, [...path, key], visit);
}

function resolveLocal(document, ref) {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return undefined;
  let node = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}

function eventTypes(document, schema) {
  let property = schema.properties && schema.properties.eventType;
  if (property && property.$ref) property = resolveLocal(document, property.$ref);
  return property && Array.isArray(property.enum) ? new Set(property.enum) : null;
}

module.exports = function componentsUsed(document) {
  if (document === null || typeof document !== 'object') return [];
  const problems = [];
  const referenced = new Set();
  const named = new Set();
  const schemas = (document.components && document.components.schemas) || {};

  walk(document, [], (node, path) => {
    if (typeof node.$ref === 'string') referenced.add(node.$ref);
    const contents = node['x-event-contents'];
    const nulls = node['x-event-null-content'];
    if (contents === undefined && nulls === undefined) return;
    const known = eventTypes(document, node);
    if (contents !== null && typeof contents === 'object') {
      for (const [event, name] of Object.entries(contents)) {
        named.add(name);
        if (!Object.prototype.hasOwnProperty.call(schemas, name)) {
          problems.push({ message: `x-event-contents names "${name}", which is not a component schema`, path: [...path, 'x-event-contents', event] });
        }
        if (known && !known.has(event)) {
          problems.push({ message: `x-event-contents lists "${event}", which is not an eventType value`, path: [...path, 'x-event-contents', event] });
        }
      }
    }
    if (Array.isArray(nulls) && known) {
      nulls.forEach((event, i) => {
        if (!known.has(event)) {
          problems.push({ message: `x-event-null-content lists "${event}", which is not an eventType value`, path: [...path, 'x-event-null-content', i] });
        }
      });
    }
  });

  for (const [section, members] of Object.entries(document.components || {})) {
    if (members === null || typeof members !== 'object' || section === 'securitySchemes') continue;
    for (const name of Object.keys(members)) {
      const pointer = `#/components/${section}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (referenced.has(pointer) || (section === 'schemas' && named.has(name))) continue;
      problems.push({
        message: `components.${section}.${name} is never used (no $ref${section === 'schemas' ? ', not in x-event-contents' : ''})`,
        path: ['components', section, name],
      });
    }
  }
  return problems;
};
