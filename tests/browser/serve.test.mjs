// `make serve`, as a person uses it: the development server rebuilds when an article changes,
// and the open page reloads by itself to show it, under the same strict policy, console clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { ROOT, launch, open } from './harness.mjs';

let work;
let trunk;
let url;
let browser;
let log = '';

async function freePort() {
  const srv = net.createServer();
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address();
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

async function until(what, check, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.fail(`${what} within ${ms / 1000} s; server log:\n${log.slice(-3000)}`);
}

before(async () => {
  // A copy of the seed corpus, so the test can edit articles without touching the repository.
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'storyscope-serve-'));
  fs.cpSync(path.join(ROOT, 'corpus'), path.join(work, 'corpus'), { recursive: true });
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  trunk = spawn(
    'trunk',
    ['serve', '--release', '--address', '127.0.0.1', '--port', String(port),
      '--dist', path.join(work, 'dist'), '--watch', path.join(work, 'corpus')],
    {
      cwd: ROOT,
      env: { ...process.env, CORPUS: path.join(work, 'corpus', 'articles'), TRUNK_SKIP_VERSION_CHECK: 'true' },
      detached: true,
    },
  );
  trunk.stdout.on('data', (d) => { log += d; });
  trunk.stderr.on('data', (d) => { log += d; });
  await until('the development server answers', async () => {
    // A first build that fails leaves the server silent: say so at once, with its log.
    assert.doesNotMatch(log, /error from build pipeline/, `the first build failed:\n${log.slice(-3000)}`);
    try {
      return (await fetch(url)).ok;
    } catch {
      return false;
    }
  }, 600_000);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (trunk?.pid) {
    try {
      process.kill(-trunk.pid, 'SIGTERM');
    } catch {}
  }
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('an article added while `make serve` runs appears in the open page without a manual reload', async () => {
  const { page, done } = await open(browser, url);
  const facet = page.getByRole('group', { name: 'Speaker' });
  const newcomer = facet.getByRole('checkbox', { name: /^Odile Marchetti/ });
  assert.equal(await newcomer.count(), 0);
  // A marker that only a full page load resets: a reload must come from the server, not us.
  await page.evaluate(() => { window.__before_reload = true; });
  fs.writeFileSync(
    path.join(work, 'corpus', 'articles', 'zz-new.md'),
    '+++\ntitle = "Harbour reopens"\noutlet = "Test Wire"\ndate = "2025-11-28"\n+++\n\n' +
      '“The harbour reopens at dawn,” harbour master Odile Marchetti said on Friday.\n',
  );
  await newcomer.waitFor({ timeout: 240_000 });
  assert.equal(await page.evaluate(() => window.__before_reload), undefined, 'the page reloaded by itself');
  await done();
});
