// Comparing coverage on the seed corpus: the timeline (articles by outlet on one UTC axis, first
// appearances marked), side by side (two outlets or two articles), and taking the current set
// away (CSV and JSON downloads, a quote's citation on the clipboard).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { builtSite, open, expectCount } from './harness.mjs';

const site = builtSite();
const views = (page) => page.getByRole('group', { name: 'View' });

test('the timeline places dated articles by outlet, marks who printed words first, and opens an article', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/');
  await views(page).getByRole('button', { name: 'Timeline' }).click();
  await page.waitForURL(/view=timeline/);
  await expectCount(page, '5 articles');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  assert.match(await timeline.locator('.timeline-axis').textContent(), /^From 27 Nov 2025, 00:00 UTC to 28 Nov 2025, 00:00 UTC/);
  const lanes = (await timeline.locator('.lane-name').allTextContents()).map((t) => t.trim());
  assert.deepEqual(lanes, ['Foxton News', 'Unknown outlet'], 'an outlet whose only article is undated gets no lane');
  assert.match(await timeline.textContent(), /2 undated articles are not placed\./);
  // The Foxton News report printed three of the quoted lines first (tied with another report).
  const foxton = timeline.getByRole('link', { name: /Foxton News, 27 Nov 2025; first to print 3 quoted lines/ });
  assert.equal(await foxton.count(), 1);
  await foxton.click();
  await page.getByRole('dialog').waitFor();
  assert.match(page.url(), /view=timeline&article=/);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });

  // The timeline follows the filters.
  await page.getByRole('group', { name: 'Outlet' }).getByRole('checkbox', { name: /Foxton News/ }).check();
  await expectCount(page, '1 article');
  assert.deepEqual((await timeline.locator('.lane-name').allTextContents()).map((t) => t.trim()), ['Foxton News']);
  await done();
});

test('side by side: two outlets, the words each printed, and an article against an article', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/?view=compare');
  const left = page.getByLabel('Left');
  const right = page.getByLabel('Right');
  await left.selectOption({ label: 'Foxton News' });
  await page.waitForURL(/left=foxton-news/);
  await right.selectOption({ label: 'Unknown outlet' });
  await page.waitForURL(/right=unknown/);
  const region = page.getByRole('region', { name: 'Side by side' });
  const heading = async (re) => (await region.getByRole('heading', { name: re }).textContent()).trim();
  const both = await heading(/^In both/);
  assert.match(both, /^In both \((\d+)\)$/);
  assert.ok(Number(both.match(/\d+/)[0]) >= 2, both);
  // The People's Daily line stands in both, in either wording.
  const inBoth = await region.locator('.compare-list').filter({ hasText: /^In both/ }).textContent();
  assert.match(inBoth, /militarism/);
  assert.match(await heading(/^Only in Foxton News/), /^Only in Foxton News \(\d+\)$/);
  const onlyFoxton = await region.locator('.compare-list').filter({ hasText: /^Only in Foxton News/ }).textContent();
  assert.match(onlyFoxton, /Kazuhiro Maejima/, 'the professor only Foxton News quotes');

  // Back undoes the last choice; reload keeps the state.
  await page.goBack();
  await page.waitForURL((u) => !u.search.includes('right='));
  await page.reload();
  assert.equal(await left.inputValue(), 'foxton-news');

  // An article against an article: the undated Asahi report against the Foxton News report.
  const asahi = (await left.locator('option', { hasText: 'Asahi Shimbun, Date unknown' }).getAttribute('value'));
  assert.match(asahi, /^article:/);
  await right.selectOption(asahi);
  await page.waitForURL(/right=article%3A/);
  assert.match(await heading(/^Only in Asahi Shimbun/), /^Only in Asahi Shimbun, Date unknown \(\d+\)$/);
  await done();
});

test('the current quotes download as CSV and JSON, the articles in the Articles view', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/?speaker=donald-trump');
  await expectCount(page, '5 quotes');
  const downloads = page.getByRole('group', { name: 'Download' });
  const take = async (name) => {
    const [d] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name }).click()]);
    return { name: d.suggestedFilename(), text: fs.readFileSync(await d.path(), 'utf8') };
  };
  const csv = await take('CSV');
  assert.equal(csv.name, 'quotes.csv');
  const lines = csv.text.trimEnd().split('\r\n');
  assert.match(lines[0], /^quote_id,text,kind,speaker,speaker_kind,speaker_role,outlet,outlet_source,date,time,date_source,article_id/);
  assert.equal(lines.length, 1 + 5, 'a header and one row per quote shown');
  assert.ok(lines.slice(1).every((l) => l.includes(',Donald Trump,person,')), csv.text);
  const json = await take('JSON');
  assert.equal(json.name, 'quotes.json');
  const rows = JSON.parse(json.text);
  assert.equal(rows.length, 5);
  assert.ok(rows.every((r) => r.speaker === 'Donald Trump' && 'outlet_source' in r));
  assert.ok(rows.some((r) => r.outlet === null && r.outlet_source === 'unknown'), 'an unknown outlet stays unknown');

  await views(page).getByRole('button', { name: 'Articles' }).click();
  await expectCount(page, '4 articles');
  const articles = JSON.parse((await take('JSON')).text);
  assert.equal(articles.length, 4);
  assert.ok(articles.every((a) => typeof a.copied_percent === 'number'));
  await done();
});

test('"Copy citation" puts the words, the speaker, the outlet and the date on the clipboard', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/?speaker=kazuhiro-maejima');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
  await expectCount(page, '2 quotes');
  const card = page.locator('ol.cards > li').first();
  await card.getByRole('button', { name: 'Copy citation' }).click();
  await card.getByRole('status').filter({ hasText: 'Citation copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^“.+” — Kazuhiro Maejima, as reported by Foxton News, 27 Nov 2025 \(inferred\): “.+”\.$/);
  await done();
});

test('without a clipboard (a page served over plain http) the citation is shown to copy by hand', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/?speaker=kazuhiro-maejima');
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await page.reload();
  await expectCount(page, '2 quotes');
  const card = page.locator('ol.cards > li').first();
  await card.getByRole('button', { name: 'Copy citation' }).click();
  const status = card.getByRole('status');
  await status.filter({ hasText: 'Copy this citation:' }).waitFor();
  assert.match(await status.textContent(), /^Copy this citation: “.+” — Kazuhiro Maejima, as reported by Foxton News/);
  await done();
});
