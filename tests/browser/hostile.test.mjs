// Hostile input: articles whose text and metadata try to run script, and tampered links.
// Nothing may execute, nothing may blank the page, and the console stays clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, serve, launch, open } from './harness.mjs';

const HOSTILE = path.join(ROOT, 'target/hostile-dist');
const SEED = path.join(ROOT, 'dist');
let hostile;
let seed;
let browser;

before(async () => {
  assert.ok(fs.existsSync(path.join(HOSTILE, 'corpus.bin')), 'built by tests/run-all.sh');
  hostile = await serve(HOSTILE);
  seed = await serve(SEED);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await hostile?.close();
  await seed?.close();
});

const pwned = (page) => page.evaluate(() => window.__pwned ?? null);

test('script in article text and metadata renders as inert text', async () => {
  const { page, done } = await open(browser, hostile.url + '/?view=articles');
  assert.match(await page.getByRole('heading', { level: 1 }).textContent(), /<script>window\.__pwned = 'title'<\/script>/);
  for (const id of ['script', 'data-url', 'bidi']) {
    await page.goto(`${hostile.url}/?article=${id}`);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // Hovering and focusing every highlighted quotation runs no handler either.
    for (const q of await dialog.locator('.q').all()) {
      await q.hover();
      await q.focus();
    }
    assert.equal(await pwned(page), null, `nothing ran in ${id}`);
    assert.equal(await page.locator('img').count(), 0, 'no element came from article text');
    assert.equal(await dialog.locator('a[href^="javascript:"], a[href^="data:"]').count(), 0, 'only http(s) links');
  }
  await page.goto(`${hostile.url}/?article=script`);
  await page.getByRole('dialog').waitFor();
  const text = await page.getByRole('dialog').textContent();
  assert.match(text, /<img src=x onerror="window\.__pwned='text'">/);
  assert.match(text, /javascript:window\.__pwned='url'/, 'the unsafe url is shown as text');
  await page.goto(`${hostile.url}/?article=bidi`);
  await page.getByRole('dialog').waitFor();
  assert.equal(await page.getByRole('dialog').locator('a[href^="https://example.org/ok"]').count(), 1, 'an http(s) url is a link');
  assert.equal(await pwned(page), null);
  await done();
});

test('tampered links are ignored where they make no sense and never blank the page', async () => {
  const worst = [
    '?speaker=%00%FF%FE%C0%AF&outlet=%E2%80%AE',
    `?q=${'x'.repeat(12000)}`,
    `?${Array.from({ length: 2000 }, (_, i) => `speaker=s${i}`).join('&')}`,
    '?q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&article=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    '?from=9999-99-99&to=-1&view=%F0%9F%92%A3&quote=nope&article=nope&indirect=maybe',
    '?%E0%A4%A=broken-escape&&&==&q',
  ];
  const { page, done } = await open(browser, seed.url + '/');
  for (const qs of worst) {
    await page.goto(seed.url + '/' + qs);
    const status = page.locator('.count[role="status"]');
    await status.waitFor();
    assert.match(await status.textContent(), /^\d+ (quote|article)s?$/, qs.slice(0, 60));
    assert.equal(await pwned(page), null);
    assert.equal(await page.getByRole('alert').count(), 0, 'no error panel');
  }
  await done();
});

test('the page runs under its Content Security Policy with no violation', async () => {
  const fs2 = await import('node:fs');
  const html = fs2.readFileSync(path.join(SEED, 'index.html'), 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  for (const tag of html.match(/<(script|link)[^>]*(src|href)="[^"]*\.(js|css)"[^>]*>/g) || []) {
    assert.match(tag, /integrity="sha384-/, tag);
  }
  const { page, done } = await open(browser, seed.url + '/');
  await page.evaluate(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
  // Exercise the views that render dynamic styles (histogram) and the reader.
  await page.getByRole('group', { name: 'Articles per day' }).getByRole('button').first().click();
  await page.getByRole('link', { name: 'Read in article' }).first().click();
  await page.getByRole('dialog').waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await done();
});

test('a truncated corpus shows a readable error, not a blank page', async () => {
  const dir = path.join(ROOT, 'target/corrupt-dist');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(SEED, dir, { recursive: true });
  const bundle = fs.readFileSync(path.join(dir, 'corpus.bin'));
  fs.writeFileSync(path.join(dir, 'corpus.bin'), bundle.subarray(0, bundle.length >> 1));
  const server = await serve(dir);
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  try {
    await page.goto(server.url + '/');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /The corpus could not be loaded.*damaged at byte \d+/s);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
    await server.close();
  }
});

test('a panic inside the wasm shows an error panel that says what happened', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(seed.url + '/');
    await page.locator('.count[role="status"]').waitFor();
    await page.evaluate(() => {
      try {
        window.wasmBindings.storyscope_panic_for_test();
      } catch (_) {
        // The trap after the panic surfaces here; the panel is what the person sees.
      }
    });
    const panel = page.locator('.fatal[role="alert"]');
    await panel.waitFor();
    assert.match(await panel.textContent(), /Storyscope stopped because of an internal error: .*test panic requested by the page.*report it/s);
  } finally {
    await page.close();
  }
});
