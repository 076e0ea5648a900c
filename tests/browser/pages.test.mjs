// GitHub Pages serves a project site under /<repo>/. The build made with
// `--public-url /storyscope/` must load from a parent directory with every asset and the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, serve, launch, open, expectCount } from './harness.mjs';

test('the site works under a project subpath', async () => {
  const parent = path.join(ROOT, 'target/pages-test');
  assert.ok(fs.existsSync(path.join(parent, 'storyscope/index.html')), 'built with --public-url /storyscope/');
  const server = await serve(parent);
  const browser = await launch();
  try {
    const { page, done } = await open(browser, server.url + '/storyscope/?speaker=xi-jinping');
    await expectCount(page, '3 quotes');
    assert.ok(server.requests.includes('/storyscope/corpus.bin'), 'the corpus is fetched beside the page');
    assert.ok(server.requests.every((r) => r.startsWith('/storyscope/')), `every request stays under the subpath: ${server.requests}`);
    await page.getByRole('link', { name: 'Read in article' }).first().click();
    await page.getByRole('dialog').waitFor();
    assert.match(new URL(page.url()).pathname, /^\/storyscope\/$/);
    await done();
  } finally {
    await browser.close();
    await server.close();
  }
});
