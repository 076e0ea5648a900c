// The explorer on a synthetic corpus of 10 000 articles (~100k quotes): every count the page
// shows equals what the native query core answers for the same URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, serve, launch, open, countText } from './harness.mjs';

const DIST = path.join(ROOT, 'target/synth-dist');
const CLI = path.join(ROOT, 'target/release/storyscope');
let server;
let browser;
let corpus;

before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, 'corpus.bin')), 'built by tests/run-all.sh');
  corpus = JSON.parse(fs.readFileSync(path.join(ROOT, 'target/synth-corpus.json'), 'utf8'));
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

function native(qs) {
  return JSON.parse(execFileSync(CLI, ['count', path.join(DIST, 'corpus.bin'), qs], { encoding: 'utf8' }));
}

function expected(qs) {
  const n = native(qs);
  const articles = new URLSearchParams(qs).get('view') === 'articles';
  const k = articles ? n.articles : n.quotes;
  return `${k} ${articles ? 'article' : 'quote'}${k === 1 ? '' : 's'}`;
}

async function waitFor(page, text) {
  await page.locator('.count[role="status"]', { hasText: new RegExp(`^${text}$`) }).waitFor({ timeout: 20000 });
}

test('the synthetic corpus is large', () => {
  assert.ok(corpus.articles.length >= 10000, `${corpus.articles.length} articles`);
  assert.ok(corpus.quotes.length >= 100000, `${corpus.quotes.length} quotes`);
});

test('counts for shared links equal the native core', async () => {
  const person = corpus.speakers.find((s) => s.kind === 'person').id;
  const org = corpus.speakers.find((s) => s.kind === 'organization').id;
  const outlet = corpus.articles[3].outlet.key;
  const queries = [
    '',
    `speaker=${person}`,
    `speaker=${person}&speaker=${org}`,
    `outlet=${outlet}&from=2025-03-01&to=2025-06-30`,
    'q=ceasefire',
    `view=articles&outlet=${outlet}&q=summit`,
    `indirect=1&speaker=${person}`,
  ];
  const { page, done } = await open(browser, server.url + '/');
  for (const qs of queries) {
    await page.goto(`${server.url}/?${qs}`);
    await waitFor(page, expected(qs));
  }
  await done();
});

test('clicking through the facets keeps counts equal to the native core', async () => {
  const { page, done } = await open(browser, server.url + '/');
  await page.getByRole('group', { name: 'Outlet' }).getByRole('checkbox').nth(2).check();
  await waitFor(page, expected(new URL(page.url()).search));
  await page.getByRole('group', { name: 'Speaker' }).getByRole('checkbox').first().check();
  await waitFor(page, expected(new URL(page.url()).search));
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await waitFor(page, expected(new URL(page.url()).search));
  assert.ok((await page.locator('ol.cards > li').count()) <= 20, 'one page of cards in the DOM');
  assert.match(await countText(page), /articles?$/);
  await done();
});

test('a year of coverage is drawn in weekly bars, and a bar selects its week', async () => {
  const { page, done } = await open(browser, server.url + '/');
  const chart = page.getByRole('group', { name: 'Articles per week' });
  const bars = chart.getByRole('button');
  const n = await bars.count();
  assert.ok(n >= 50 && n <= 54, `${n} weekly bars`);
  const bar = bars.nth(10);
  const label = await bar.getAttribute('aria-label');
  assert.match(label, /^Week of \d{1,2} [A-Z][a-z]{2} \d{4}: \d+ articles?$/);
  await bar.click();
  const qs = new URL(page.url()).search;
  const params = new URLSearchParams(qs);
  const days = (Date.parse(params.get('to')) - Date.parse(params.get('from'))) / 86400000;
  assert.equal(days, 6, 'the bar selects seven days');
  assert.equal(await bar.getAttribute('aria-pressed'), 'true');
  await waitFor(page, expected(qs));
  // The bar counts articles under the other filters: in the Articles view it equals the count.
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  const articles = Number(label.match(/: (\d+) article/)[1]);
  await waitFor(page, `${articles} article${articles === 1 ? '' : 's'}`);
  await done();
});

test('the timeline counts a crowded lane in slices, and a slice lists its outlet\'s articles of those days', async () => {
  const { page, done } = await open(browser, server.url + '/?view=timeline');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const lane = timeline.locator('.lane').first();
  const slices = lane.getByRole('button');
  const n = await slices.count();
  assert.ok(n >= 10 && n <= 24, `${n} slices`);
  const slice = slices.nth(3);
  const label = await slice.getAttribute('aria-label');
  assert.match(label, /^\d+ articles from \d{1,2} [A-Z][a-z]{2} 2025, \d{2}:\d{2} UTC/);
  await slice.click();
  await page.waitForURL(/view=articles/);
  const qs = new URL(page.url()).search;
  const params = new URLSearchParams(qs);
  assert.equal(params.getAll('outlet').length, 1);
  assert.ok(params.get('from') <= params.get('to'), qs);
  const days = (Date.parse(params.get('to')) - Date.parse(params.get('from'))) / 86400000;
  assert.ok(days >= 10 && days <= 20, `${days} days for a year in 24 slices`);
  await waitFor(page, expected(qs));
  await done();
});

test('a large corpus shows its download progress while it loads', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // About 8 MB/s: the 16 MB bundle takes a couple of seconds, long enough to watch.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 20, downloadThroughput: 8e6, uploadThroughput: 1e6,
  });
  await page.goto(server.url + '/');
  const bar = page.getByRole('progressbar', { name: 'Loading the corpus' });
  await bar.waitFor();
  const seen = await (await page.waitForFunction(() => {
    const m = document.body.textContent.match(/Loading the corpus… \d+\.\d MB of \d+\.\d MB \(\d+%\)/);
    return m && m[0];
  })).jsonValue();
  const [, got, total] = seen.match(/(\d+\.\d) MB of (\d+\.\d) MB/).map(Number);
  assert.ok(got <= total && total > 10, seen);
  await page.locator('.count[role="status"]').waitFor({ timeout: 60000 });
  assert.equal(await bar.count(), 0, 'the progress bar goes once the corpus is shown');
  await context.close();
});
