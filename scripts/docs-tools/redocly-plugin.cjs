// Redocly CLI plugin for the HTML reference (loaded through ../../redocly.yaml).
//
// Redoc renders only its own extensions, so this decorator copies what openapi.yaml records
// in ours into a form it shows. It changes the document Redocly bundles for `build-docs`,
// never openapi.yaml, and `redocly lint` does not run decorators.
//
// * Every schema with `enum` + `x-enum-descriptions` (and `x-enum-varnames`) gets Redoc's
//   `x-enumDescriptions` map, which Redoc renders as a table: value | `VARNAME` meaning.
//   Enums marked `x-extensible-enum` also say in their description that the list is open.
// * Every operation's (and webhook's) description gets a short "On the gateway" list built from
//   `x-log-method` (+ `x-log-method-source`), `x-idempotent`, `x-side-effects`,
//   `x-triggered-events` and `x-retcodes`
//   (each error code with its name and meaning from the `Retcode` schema).
'use strict';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function enumTable(schema) {
  const values = schema.enum;
  const names = schema['x-enum-varnames'];
  const texts = schema['x-enum-descriptions'];
  if (!Array.isArray(values) || !Array.isArray(texts)) return undefined;
  const table = {};
  values.forEach((value, i) => {
    const name = Array.isArray(names) && names[i] ? `\`${names[i]}\` ` : '';
    table[String(value)] = `${name}${texts[i] ?? ''}`.trim();
  });
  return table;
}

function addEnumTables(node, seen = new Set()) {
  if (node === null || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  if (isObject(node) && node['x-enumDescriptions'] === undefined) {
    const table = enumTable(node);
    if (table) node['x-enumDescriptions'] = table;
    if (table && node['x-extensible-enum'] === true) {
      const description = (node.description ?? '').trimEnd();
      node.description = `${description}\n\n**Open list** (\`x-extensible-enum\`): the gateway also sends values not listed here; accept them.\n`;
    }
  }
  for (const child of Object.values(node)) addEnumTables(child, seen);
}

function retcodeIndex(root) {
  const schema = root.components?.schemas?.Retcode;
  const index = new Map();
  if (!isObject(schema) || !Array.isArray(schema.enum)) return index;
  schema.enum.forEach((code, i) => {
    index.set(code, {
      name: schema['x-enum-varnames']?.[i],
      text: schema['x-enum-descriptions']?.[i],
    });
  });
  return index;
}

function code(text) {
  return `\`${text}\``;
}

function operationNotes(operation, retcodes) {
  const lines = [];
  if (operation['x-log-method']) {
    const source = operation['x-log-method-source'] ? ` (${operation['x-log-method-source']})` : '';
    lines.push(`* Log method (\`x-log-method\`): ${code(operation['x-log-method'])}${source}`);
  }
  if (typeof operation['x-idempotent'] === 'boolean') {
    const safe = operation['x-idempotent'] ? 'yes, safe to resend' : 'no, never resend automatically';
    lines.push(`* Idempotent (\`x-idempotent\`): ${safe}`);
  }
  if (operation['x-side-effects']) {
    lines.push(`* Side effects (\`x-side-effects\`): ${operation['x-side-effects']}`);
  }
  if (Array.isArray(operation['x-triggered-events'])) {
    const events = operation['x-triggered-events'];
    lines.push(`* Events triggered (\`x-triggered-events\`): ${events.length ? events.map(code).join(', ') : 'none'}`);
  }
  if (Array.isArray(operation['x-retcodes']) && operation['x-retcodes'].length) {
    lines.push('* Error codes the reference lists (`x-retcodes`):');
    for (const retcode of operation['x-retcodes']) {
      const known = retcodes.get(retcode);
      const detail = known ? ` ${code(known.name)}: ${known.text}` : '';
      lines.push(`  * ${code(retcode)}${detail}`);
    }
  }
  return lines;
}

function addOperationNotes(root) {
  const retcodes = retcodeIndex(root);
  const items = [...Object.values(root.paths ?? {}), ...Object.values(root.webhooks ?? {})];
  for (const pathItem of items) {
    if (!isObject(pathItem)) continue;
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const lines = operationNotes(operation, retcodes);
      if (!lines.length) continue;
      const description = (operation.description ?? '').trimEnd();
      operation.description = `${description}\n\n**On the gateway**\n\n${lines.join('\n')}\n`;
    }
  }
}

module.exports = function cecPlugin() {
  return {
    id: 'cec',
    decorators: {
      oas3: {
        'reference-notes': () => ({
          Root: {
            leave(root) {
              addEnumTables(root.components ?? {});
              addEnumTables(root.paths ?? {});
              addEnumTables(root.webhooks ?? {});
              addOperationNotes(root);
            },
          },
        }),
      },
    },
  };
};
