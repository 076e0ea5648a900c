// Shared by the browser tests: a static file server for a built site, and headless Chromium
// pages that record every console error or warning so each test can assert a clean console.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
};

/** Serves `dir` on a free loopback port, as GitHub Pages would (index.html for folders). */
export async function serve(dir) {
  const requests = [];
  // Large headers allowed: the hostile-URL tests send very long query strings.
  const server = http.createServer({ maxHeaderSize: 1 << 20 }, (req, res) => {
    const url = new URL(req.url, 'http://x');
    requests.push(url.pathname);
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
        'content-length': data.length,
      }).end(data);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, requests, close: () => new Promise((r) => server.close(r)) };
}

export async function launch() {
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** Opens `url` in a fresh context; returns the page and a `done()` that asserts a clean console. */
export async function open(browser, url, { width = 1280, height = 900, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(url);
  await countText(page);
  return {
    page,
    problems,
    async done() {
      assert.deepEqual(problems, [], 'the console stays clean');
      await context.close();
    },
  };
}

/** The live result count ("27 quotes"), once the explorer has rendered it. */
export async function countText(page) {
  const status = page.locator('.count[role="status"]');
  await status.waitFor();
  return (await status.textContent()).trim();
}

export async function expectCount(page, text) {
  await page.locator('.count[role="status"]', { hasText: new RegExp(`^${text}$`) }).waitFor({ timeout: 5000 });
}

/** For a test file: serves a built site (the seed build, dist/, unless told) and launches
 * Chromium before its tests, and closes both after. Read `site.server` and `site.browser`. */
export function builtSite(dir = path.join(ROOT, 'dist')) {
  const site = {};
  before(async () => {
    assert.ok(fs.existsSync(path.join(dir, 'index.html')), `${path.relative(ROOT, dir)}/ is built (make build)`);
    site.server = await serve(dir);
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
