// Open the rendered API reference (build/docs/index.html) in headless Chromium, the way a reader would,
// and report what rendered and what the page tried to fetch. tests/docs/ judges the report; this script
// only observes, so the judging stays in one place.
//
//   node scripts/render_reference.mjs PAGE [--expect ops.json] [--screenshot out.png]
//
// --expect: a JSON list of {operationId, summary, method, path, tag}; each is opened through the sidebar
// (so the client-side router and hydration must work) and checked for its heading, method and path.
// --screenshot: a PNG of the tag overview (the six operations), for the README.
// --step-timeout: milliseconds to wait for each thing to appear (default 15000).
// Prints one JSON object on stdout. Exit 2 when the browser cannot start or the page cannot be opened.
//
// Chromium is Debian's (`/usr/bin/chromium`, or $CHROMIUM). Playwright launches it with a fresh user-data
// directory (its `userDataDir` argument; it refuses `--user-data-dir` in `args`) and the flags below.
// Every request that is not file:, data: or blob: is recorded and aborted, so the page is viewed offline.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const LOCAL_SCHEMES = ['file:', 'data:', 'blob:'];
let stepTimeoutMs = 15000;

function parseArgs(argv) {
  const args = { page: null, expect: null, screenshot: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--expect') args.expect = argv[++i];
    else if (a === '--screenshot') args.screenshot = argv[++i];
    else if (a === '--step-timeout') stepTimeoutMs = Number(argv[++i]);
    else if (!args.page) args.page = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  if (!args.page) throw new Error('usage: render_reference.mjs PAGE [--expect ops.json] [--screenshot out.png]');
  return args;
}

function isLocal(url) {
  return LOCAL_SCHEMES.some((s) => url.startsWith(s));
}

async function checkOperation(page, baseUrl, op) {
  // Start from the overview each time so one broken operation cannot hide behind the previous one.
  const result = { operationId: op.operationId, menu_link: false, rendered: false, heading: false,
    method: false, path: false, href: null };
  await page.goto(`${baseUrl}#/`);
  const tagItem = page.locator('[data-component-name="Menu/Menu"] a', { hasText: new RegExp(`^${escape(op.tag)}$`) });
  await tagItem.first().click({ timeout: stepTimeoutMs });
  const link = page.locator('[data-component-name="Menu/Menu"] a', {
    hasText: new RegExp(`^${escape(op.summary)}\\s*${op.method}$`, 'i'),
  });
  await link.first().waitFor({ state: 'visible', timeout: stepTimeoutMs });
  result.menu_link = true;
  result.href = await link.first().getAttribute('href');
  await link.first().click({ timeout: stepTimeoutMs });
  // The router shows the operation at #/<tag>/<operation>; its section carries that id.
  const sectionId = (result.href || '').replace(/^#\//, '');
  const section = page.locator(`[id="${sectionId}"]`);
  await section.waitFor({ state: 'visible', timeout: stepTimeoutMs });
  result.rendered = true;
  result.heading = await section.locator('h2', { hasText: new RegExp(`^${escape(op.summary)}$`) }).first().isVisible();
  const text = await section.textContent();
  result.method = new RegExp(`\\b${op.method}\\b`, 'i').test(text);
  result.path = text.includes(op.path);
  return result;
}

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const pagePath = path.resolve(args.page);
  if (!fs.existsSync(pagePath)) throw new Error(`no such page: ${pagePath} (run make docs)`);
  const expected = args.expect ? JSON.parse(fs.readFileSync(args.expect, 'utf8')) : [];
  const baseUrl = pathToFileURL(pagePath).href;
  const report = { page: pagePath, network_requests: [], csp_blocked: [], console_errors: [], page_errors: [],
    operations: [], failures: [], title: null, screenshot: null };

  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reference-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      offline: true,
    });
  } catch (err) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    process.stderr.write(`cannot start Chromium: ${err.message.split('\n')[0]}\n`);
    process.exit(2);
  }
  try {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      report.network_requests.push(url);
      return route.abort('internetdisconnected');
    });
    context.on('request', (req) => {
      const url = req.url();
      if (!isLocal(url) && !report.network_requests.includes(url)) report.network_requests.push(url);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window.__cspBlocked ||= []).push(e.blockedURI);
      });
    });
    const page = context.pages()[0] || (await context.newPage());
    page.setDefaultTimeout(stepTimeoutMs);
    page.on('console', (msg) => { if (msg.type() === 'error') report.console_errors.push(msg.text()); });
    page.on('pageerror', (err) => report.page_errors.push(err.message));

    await page.goto(baseUrl, { waitUntil: 'load' });
    report.title = await page.title();
    for (const op of expected) {
      try {
        report.operations.push(await checkOperation(page, baseUrl, op));
      } catch (err) {
        report.failures.push(`${op.operationId}: ${err.message.split('\n')[0]}`);
      }
      report.csp_blocked.push(...(await page.evaluate(() => window.__cspBlocked || [])));
    }
    if (args.screenshot) {
      const tag = expected.length ? expected[0].tag : null;
      await page.goto(`${baseUrl}#/`);
      if (tag) {
        await page.locator('[data-component-name="Menu/Menu"] a', { hasText: new RegExp(`^${escape(tag)}$`) })
          .first().click();
        // Wait for the first operation's heading, not a fixed time: on a loaded machine the page (with
        // the report catalogue's schemas) can take seconds to re-render, and a blank shot fails the test.
        const heading = page.locator('h2', { hasText: new RegExp(`^${escape(expected[0].summary)}$`) });
        await heading.first().waitFor({ state: 'visible', timeout: stepTimeoutMs }).catch(() => {});
        await page.waitForTimeout(500);
      }
      await page.screenshot({ path: args.screenshot });
      report.screenshot = path.resolve(args.screenshot);
      report.csp_blocked.push(...(await page.evaluate(() => window.__cspBlocked || [])));
    }
  } catch (err) {
    process.stderr.write(`cannot open ${pagePath}: ${err.message.split('\n')[0]}\n`);
    process.exitCode = 2;
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  report.csp_blocked = [...new Set(report.csp_blocked)];
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
}

main().catch((err) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(2);
});
