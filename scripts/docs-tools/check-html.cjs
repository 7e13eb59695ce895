// Browser check of the HTML reference (run by `scripts/docs html`).
//
// Opens the file `redocly build-docs --inlineBundle` wrote in headless Chromium with every
// network request blocked (and DNS resolution disabled), then checks, for what openapi.yaml
// declares today rather than a list kept here:
// * the page hydrated (Redoc's JavaScript ran from the file itself) and raised no error;
// * every operation (paths and webhooks) renders its section: summary, method, path (or
//   webhook name) and x-log-method;
// * every enum component renders its table: one row per value with its x-enum-varnames name
//   and x-enum-descriptions meaning.
// * the page opens with the session: the side menu's first section after the title is the
//   description's SESSION_HEADING, the first tag is `onlineagent` with `signIn` first in it,
//   and the description links the guide for other languages (docs/other-languages.md).
// Screenshots of the overview, one operation and one enum go next to the HTML.
//
// Usage: node check-html.cjs --spec openapi.yaml --config redocly.yaml \
//          --html artifacts/docs/reference.html --out artifacts/docs [--chromium /usr/bin/chromium]
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const yaml = require('js-yaml');
const { chromium } = require('playwright-core');

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
// Redoc's "API docs by Redocly" badge loads its logo from Redocly's CDN and hides itself when
// that fails. It is the one request the page may attempt; everything else must be inline.
const TOLERATED = [/^https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg$/];
const TIMEOUT_MS = 15000; // for the first load and hydration
const SECTION_TIMEOUT_MS = 5000; // a hash route renders in well under a second once hydrated
const MAX_MISSING_IN_A_ROW = 3; // then the HTML is stale or Redoc's markup changed: stop waiting
// What a reader meets first: the session, then the session's operations (issue #25).
const SESSION_HEADING = 'The session: sign-in, Guid rotation, polling';
const FIRST_TAG = 'onlineagent';
const FIRST_OPERATION = 'signIn';
const GUIDE_LINK = /(^|\/)docs\/other-languages\.md$/;

function parseArgs(argv) {
  const args = { chromium: '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!['spec', 'config', 'html', 'out', 'chromium'].includes(key) || argv[i + 1] === undefined) {
      throw new Error(`unknown or incomplete argument ${argv[i]}`);
    }
    args[key] = argv[i + 1];
  }
  for (const key of ['spec', 'config', 'html', 'out']) {
    if (!args[key]) throw new Error(`--${key} is required`);
  }
  return args;
}

// Redoc's section ids: lower case, runs of other characters become "-".
function slug(text) {
  return String(text).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

// Paths and webhooks. Redoc groups an operation under its first tag; untagged webhooks go
// to a "webhooks" group, and a webhook shows its name where an operation shows its path.
function operationsOf(spec) {
  const found = [];
  for (const [kind, items] of [['path', spec.paths], ['webhook', spec.webhooks]]) {
    for (const [route, item] of Object.entries(items ?? {})) {
      for (const method of METHODS) {
        const op = item?.[method];
        if (!op) continue;
        found.push({
          operationId: op.operationId,
          summary: op.summary,
          logMethod: op['x-log-method'],
          group: (op.tags ?? [])[0] ?? (kind === 'webhook' ? 'webhooks' : undefined),
          method: method.toUpperCase(),
          route,
        });
      }
    }
  }
  return found;
}

function enumsOf(spec) {
  const found = [];
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    if (!Array.isArray(schema?.enum)) continue;
    found.push({
      name,
      values: schema.enum.map(String),
      varnames: schema['x-enum-varnames'] ?? [],
      descriptions: schema['x-enum-descriptions'] ?? [],
    });
  }
  return found;
}

// Routes to a section and waits until it holds `ready` (a CSS selector). Returns the section's
// selector, or null. Redoc re-renders sections as the page scrolls, so callers query the
// live element by selector rather than keep a handle that may be detached.
async function showSection(page, hash, kind, ready) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  const selector = `[data-section-id="${hash.slice(1)}"][data-item-kind="${kind}"]`;
  const found = await page.waitForSelector(selector, { timeout: SECTION_TIMEOUT_MS }).catch(() => null);
  if (!found) return null;
  await page
    .waitForFunction(
      ([outer, inner]) => {
        // Rendered and laid out: innerText stays empty while Redoc still has the section hidden.
        const node = document.querySelector(outer);
        return node?.querySelector(inner) != null && node.innerText.trim() !== '';
      },
      [selector, ready],
      { timeout: SECTION_TIMEOUT_MS },
    )
    .catch(() => undefined);
  return selector;
}

async function checkOperation(page, op) {
  const problems = [];
  const label = `operation ${op.operationId}`;
  if (!op.operationId || !op.summary || !op.group) {
    return [`${label}: needs operationId, summary and a tag to be found in the reference`];
  }
  const hash = `#/${slug(op.group)}/${slug(op.operationId)}`;
  const section = await showSection(page, hash, 'httpItem', 'h1, h2');
  if (!section) return [`${label}: no rendered section ${hash}`];
  const seen = await page.$eval(section, (node) => ({
    headings: [...node.querySelectorAll('h1, h2')].map((h) => h.textContent.trim()),
    text: node.innerText,
  }));
  // Webhook headings carry a "Webhook" badge after the summary.
  if (!seen.headings.some((heading) => heading === op.summary || heading.startsWith(op.summary))) {
    problems.push(`${label}: heading "${op.summary}" not rendered (saw ${JSON.stringify(seen.headings)})`);
  }
  for (const needle of [op.method, op.route, op.logMethod].filter(Boolean)) {
    if (!seen.text.includes(needle)) problems.push(`${label}: "${needle}" not rendered in ${hash}`);
  }
  return problems;
}

// The reading order: the session section, then the session's tag and its sign-in.
async function checkSessionFirst(page, spec) {
  const problems = [];
  const tags = new Set((spec.tags ?? []).map((tag) => tag.name));
  const menu = await page.$$eval('li', (nodes) =>
    nodes.map((node) => (node.innerText ?? '').split('\n')[0].trim()).filter(Boolean),
  );
  if (menu[1] !== SESSION_HEADING) {
    problems.push(`the menu does not open with "${SESSION_HEADING}" (saw ${JSON.stringify(menu.slice(0, 3))})`);
  }
  const firstTag = menu.find((entry) => tags.has(entry));
  if (firstTag !== FIRST_TAG) problems.push(`the first tag in the menu is ${firstTag}, not ${FIRST_TAG}`);
  // Sections render lazily: route to the tag, wait for its sign-in, then read the order.
  const wanted = `/${slug(FIRST_TAG)}/${slug(FIRST_OPERATION)}`;
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/${slug(FIRST_TAG)}`);
  await page.waitForSelector(`[data-section-id="${wanted}"]`, { timeout: TIMEOUT_MS }).catch(() => null);
  const ids = await page.$$eval('[data-section-id]', (nodes) => nodes.map((node) => node.getAttribute('data-section-id')));
  const firstOperation = ids.find((id) => /^\/[^/]+\/[^/]+$/.test(id ?? '') && !id.startsWith('/section/'));
  if (firstOperation !== wanted) problems.push(`the first operation rendered is ${firstOperation}, not ${wanted}`);
  const links = await page.$$eval('a[href]', (nodes) => nodes.map((node) => node.getAttribute('href')));
  if (!links.some((href) => GUIDE_LINK.test(href))) {
    problems.push('the description does not link the guide for other languages (docs/other-languages.md)');
  }
  return problems;
}

async function checkEnum(page, schemasTag, item) {
  const label = `enum ${item.name}`;
  const hash = `#/${slug(schemasTag)}/${slug(item.name)}`;
  const section = await showSection(page, hash, 'schema', 'table');
  if (!section) return [`${label}: no rendered section ${hash}`];
  const seen = await page.$eval(section, (node) => {
    const table = [...node.querySelectorAll('table')].find((t) => /^\s*(Enum )?Value\s+Description/i.test(t.rows[0]?.innerText ?? ''));
    return {
      headings: [...node.querySelectorAll('h1, h2')].map((h) => h.textContent.trim()),
      rows: table ? [...table.rows].slice(1).map((r) => [...r.cells].map((c) => c.innerText.trim())) : null,
    };
  });
  const problems = [];
  if (!seen.headings.includes(item.name)) problems.push(`${label}: heading not rendered in ${hash}`);
  if (seen.rows === null) return [...problems, `${label}: no enum table rendered in ${hash}`];
  const byValue = new Map(seen.rows.map(([value, ...rest]) => [value, rest.join(' ').replace(/\s+/g, ' ')]));
  if (seen.rows.length !== item.values.length) {
    problems.push(`${label}: table has ${seen.rows.length} rows for ${item.values.length} values`);
  }
  item.values.forEach((value, i) => {
    const text = byValue.get(value);
    if (text === undefined) {
      problems.push(`${label}: value ${value} missing from the table`);
      return;
    }
    const name = item.varnames[i];
    const meaning = (item.descriptions[i] ?? '').replace(/\s+/g, ' ').trim();
    if (name && !text.includes(name)) problems.push(`${label}: value ${value} lacks its name ${name}`);
    if (meaning && !text.includes(meaning.replace(/`/g, ''))) {
      problems.push(`${label}: value ${value} lacks its description`);
    }
  });
  return problems;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const spec = yaml.load(fs.readFileSync(args.spec, 'utf8'));
  const config = yaml.load(fs.readFileSync(args.config, 'utf8')) ?? {};
  const schemasTag = config.openapi?.schemaDefinitionsTagName;
  const operations = operationsOf(spec);
  const enums = enumsOf(spec);
  const problems = [];
  if (!schemasTag) problems.push(`${args.config}: openapi.schemaDefinitionsTagName must be set, or no enum table renders`);
  if (operations.length === 0) problems.push(`${args.spec}: no operations found`);

  fs.mkdirSync(args.out, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cec-docs-chromium-'));
  const blocked = [];
  const tolerated = [];
  const errors = [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: args.chromium,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND',
    ],
  });
  try {
    await browse(context, args, { spec, operations, enums, schemasTag, problems, blocked, tolerated, errors });
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }

  problems.push(...errors);
  for (const url of blocked) problems.push(`the page tried to load ${url}: the reference must work offline`);
  if (problems.length) {
    for (const problem of problems) console.error(`FAIL ${problem}`);
    console.error(`html check: ${problems.length} problem(s)`);
    process.exit(1);
  }
  const note = tolerated.length ? ` (blocked only Redoc's attribution logo: ${tolerated.length} request)` : '';
  console.log(`html check: ${operations.length} operations and ${enums.length} enum tables rendered offline${note}`);
}

// Loads the page with the network blocked and checks every section; fills state.problems.
async function browse(context, args, state) {
  const { operations, enums, schemasTag, problems, blocked, tolerated, errors } = state;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    (TOLERATED.some((pattern) => pattern.test(url)) ? tolerated : blocked).push(url);
    return route.abort();
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Failed loads are judged by their URL above; any other console error counts.
    if (message.type() === 'error' && !/^Failed to load resource/.test(message.text())) {
      errors.push(`console error: ${message.text()}`);
    }
  });

  await page.goto(pathToFileURL(path.resolve(args.html)).href, { waitUntil: 'load' });
  // The prerendered page shows "Loading..." in the search box until Redoc's script runs.
  const hydrated = await page
    .waitForFunction(
      () => {
        const search = document.querySelector('[data-testid="search-trigger"]');
        return search !== null && !/Loading/.test(search.textContent) && /Search/.test(search.textContent);
      },
      null,
      { timeout: TIMEOUT_MS },
    )
    .then(
      () => true,
      () => false,
    );
  await page.screenshot({ path: path.join(args.out, 'reference-overview.png') });
  if (!hydrated) {
    problems.push("the page did not hydrate: Redoc's inline script did not run (sections not checked)");
    return;
  }

  problems.push(...(await checkSessionFirst(page, state.spec)));

  let missingInARow = 0;
  const record = (found) => {
    problems.push(...found);
    missingInARow = found.some((problem) => problem.includes('no rendered section')) ? missingInARow + 1 : 0;
    return missingInARow >= MAX_MISSING_IN_A_ROW;
  };
  const giveUp = (rest) => {
    problems.push(`stopped after ${MAX_MISSING_IN_A_ROW} missing sections in a row; ${rest} more not checked (stale HTML?)`);
  };
  for (const [i, op] of operations.entries()) {
    if (record(await checkOperation(page, op))) return giveUp(operations.length - i - 1 + enums.length);
  }
  if (operations.length) {
    const first = operations[0];
    await showSection(page, `#/${slug(first.group)}/${slug(first.operationId)}`, 'httpItem', 'h1, h2');
    await page.screenshot({ path: path.join(args.out, 'reference-operation.png') });
  }
  if (!schemasTag) return;
  for (const [i, item] of enums.entries()) {
    if (record(await checkEnum(page, schemasTag, item))) return giveUp(enums.length - i - 1);
  }
  if (enums.length) {
    await showSection(page, `#/${slug(schemasTag)}/${slug(enums[0].name)}`, 'schema', 'table');
    await page.screenshot({ path: path.join(args.out, 'reference-enum.png') });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
