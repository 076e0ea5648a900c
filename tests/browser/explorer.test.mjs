// The explorer of the seed corpus, used as a person would: find controls by role and label,
// click and type, read what is shown. Runs against the release build in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, builtSite, open, countText, expectCount } from './harness.mjs';

const site = builtSite();

const speaker = (page, name) => page.getByRole('group', { name: 'Speaker' }).getByRole('checkbox', { name: new RegExp(`^${name}( · [^\\d]+)? \\d+$`) });
const outlet = (page, name) => page.getByRole('group', { name: 'Outlet' }).getByRole('checkbox', { name: new RegExp(`^${name} \\d+$`) });
const cards = (page) => page.locator('ol.cards > li');
const texts = async (loc) => (await loc.allTextContents()).map((t) => t.trim());

test('the seed corpus shows five articles and its figures', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/');
  assert.match(await page.getByRole('heading', { level: 1 }).textContent(), /Trump–Takaichi/);
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await expectCount(page, '5 articles');
  assert.equal(await cards(page).count(), 5);
  // Outlets are never invented: three articles name none.
  assert.equal(await page.locator('ol.cards .outlet', { hasText: 'Unknown outlet' }).count(), 3);
  await done();
});

test('selecting Kazuhiro Maejima leaves only his quotes, all from Foxton News', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/');
  await speaker(page, 'Kazuhiro Maejima').check();
  await expectCount(page, '2 quotes');
  assert.deepEqual(await texts(cards(page).locator('.speaker')), ['Kazuhiro Maejima', 'Kazuhiro Maejima']);
  assert.deepEqual(await texts(cards(page).locator('.outlet')), ['Foxton News', 'Foxton News']);
  assert.match(await cards(page).first().locator('.role').textContent(), /politics professor at Sophia University/);
  await done();
});

test('two outlets give the union of their quotes', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/');
  const n = async (name) =>
    Number(await page.getByRole('group', { name: 'Outlet' }).locator('label.option', { hasText: name }).locator('.count').textContent());
  const asahi = await n('Asahi Shimbun');
  const foxton = await n('Foxton News');
  await outlet(page, 'Asahi Shimbun').check();
  await expectCount(page, `${asahi} quotes`);
  await outlet(page, 'Foxton News').check();
  await expectCount(page, `${asahi + foxton} quotes`);
  const outlets = new Set(await texts(cards(page).locator('.outlet')));
  assert.deepEqual([...outlets].sort(), ['Asahi Shimbun', 'Foxton News']);
  await done();
});

test('an outlet and a speaker intersect, and the other facet counts follow', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/');
  await outlet(page, 'Foxton News').check();
  await speaker(page, 'Donald Trump').check();
  await expectCount(page, '1 quote');
  assert.match(await cards(page).first().textContent(), /We signed wonderful trade deals/);
  // Speaker counts apply the outlet filter but not the speaker filter; zero stays visible, dimmed.
  assert.equal(await speaker(page, 'Kazuhiro Maejima').isVisible(), true);
  const label = page.getByRole('group', { name: 'Speaker' }).locator('label', { hasText: 'Minoru Kihara' });
  assert.match(await label.getAttribute('class'), /\bzero\b/);
  await done();
});

test('From and To narrow by date, and the empty state offers to drop each filter', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/');
  await page.getByLabel('From', { exact: true }).fill('2025-11-27');
  await expectCount(page, '18 quotes');
  assert.ok(!(await texts(cards(page).locator('.date'))).includes('Date unknown'), 'undated articles drop out');
  await page.getByLabel('To', { exact: true }).fill('2025-11-26');
  await expectCount(page, '0 quotes');
  await page.getByRole('button', { name: 'Drop To: 26 Nov 2025' }).click();
  await expectCount(page, '18 quotes');
  // A day in the histogram filters to that day.
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expectCount(page, '27 quotes');
  await page.getByRole('group', { name: 'Articles per day' }).getByRole('button', { name: /^27 Nov 2025: 3 articles$/ }).click();
  await expectCount(page, '18 quotes');
  assert.equal(await page.getByLabel('From', { exact: true }).inputValue(), '2025-11-27');
  assert.equal(await page.getByLabel('To', { exact: true }).inputValue(), '2025-11-27');
  await done();
});

test('searching "militarism" highlights the matches, and typing does not add history entries', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/');
  const before = await page.evaluate(() => history.length);
  await page.getByLabel('Search', { exact: true }).pressSequentially('Militarism', { delay: 30 });
  await expectCount(page, '5 quotes');
  const marks = await texts(page.locator('ol.cards mark'));
  assert.ok(marks.length >= 5, `marks: ${marks}`);
  for (const m of marks) assert.equal(m.toLowerCase(), 'militarism');
  assert.match(page.url(), /[?&]q=Militarism\b/);
  assert.equal(await page.evaluate(() => history.length), before, 'typing replaces the entry');
  // Accent- and case-insensitive prefix search over article text in the Articles view.
  await page.getByLabel('Search', { exact: true }).fill('DETEN');
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await expectCount(page, '1 article');
  assert.match(await page.getByRole('heading', { level: 2 }).first().textContent(), /Trump Urged Japan/);
  await done();
});

test('the URL holds the state: a reload restores it and Back undoes the last choice', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/');
  await speaker(page, 'Donald Trump').check();
  await expectCount(page, '5 quotes');
  await speaker(page, 'Xi Jinping').check();
  await expectCount(page, '8 quotes');
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await expectCount(page, '5 articles');
  const url = new URL(page.url());
  assert.deepEqual(url.searchParams.getAll('speaker'), ['donald-trump', 'xi-jinping']);
  assert.equal(url.searchParams.get('view'), 'articles');

  await page.reload();
  await expectCount(page, '5 articles');
  assert.equal(await speaker(page, 'Xi Jinping').isChecked(), true);
  assert.equal(await page.getByRole('button', { name: 'Articles', exact: true }).getAttribute('aria-pressed'), 'true');

  await page.goBack();
  await expectCount(page, '8 quotes');
  await page.goBack();
  await expectCount(page, '5 quotes');
  assert.equal(await speaker(page, 'Xi Jinping').isChecked(), false);
  assert.equal(await speaker(page, 'Donald Trump').isChecked(), true);
  await page.goForward();
  await expectCount(page, '8 quotes');
  await done();
});

test("opening a quote's article shows that quote highlighted, with its speaker", async () => {
  const { page, done } = await open(site.browser, site.server.url + '/?speaker=kazuhiro-maejima');
  await expectCount(page, '2 quotes');
  await cards(page).nth(1).getByRole('link', { name: 'Read in article' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const target = dialog.locator('.q.target');
  assert.match(await target.textContent(), /Japan is often treated as a strategic card/);
  assert.match(await target.getAttribute('data-speaker'), /^Kazuhiro Maejima/);
  assert.equal(await target.evaluate((el) => el === document.activeElement), true, 'focused for keyboard users');
  assert.match(await target.locator('.sr-only').textContent(), /Kazuhiro Maejima/);
  // The metadata panel says where each value came from.
  const meta = await dialog.locator('.provenance').textContent();
  assert.match(meta, /stated in the text \(line 2, dateline\): “TOKYO, Nov 27 \(Foxton News\) —”/);
  assert.match(meta, /inferred — the dateline on line 2 gives Nov 27 without a year/);
  assert.match(new URL(page.url()).search, /article=003_47b05fa7f0482407&quote=003_47b05fa7f0482407-\d+$/);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.doesNotMatch(page.url(), /article=/);
  await done();
});

test('the reader lists who speaks in the article, with their roles and the other names the corpus merged', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/?article=003_47b05fa7f0482407');
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const list = (await dialog.locator('.provenance dd.speakers').innerText()).split('\n').map((t) => t.trim());
  assert.ok(list.includes('Xi Jinping (Chinese President) — also called: the Chinese president, Xi, the Chinese leader'), list.join('\n'));
  assert.ok(list.includes('Kazuhiro Maejima (a U.S. politics professor at Sophia University)'), list.join('\n'));
  assert.ok(list.some((t) => t.startsWith('Donald Trump (U.S. President) — also called: Trump')), list.join('\n'));
  // The facet row shows the same person once, with the role beside the name.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  const xi = speaker(page, 'Xi Jinping');
  assert.equal(await xi.count(), 1);
  assert.match(await xi.locator('xpath=..').textContent(), /Xi Jinping · Chinese President/);
  await done();
});

test('the reader labels inferred and unknown metadata honestly', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/?article=000_a7146ef599b7c6e3');
  const meta = await page.getByRole('dialog').locator('.provenance').textContent();
  assert.match(meta, /Asahi Shimbun — inferred — named in a file-photo credit/);
  assert.match(meta, /Date unknown — not stated — no publication date is stated; the latest date the text mentions is “Nov\. 27”/);
  await done();
});

test('unknown or malformed parameters are ignored, never a crash', async () => {
  const q = '?speaker=nobody&speaker=donald-trump&from=2025-02-30&view=zzz&article=missing&bogus=%3Cscript%3E&q=';
  const { page, done } = await open(site.browser, site.server.url + '/' + q);
  await expectCount(page, '5 quotes');
  assert.equal(await page.getByRole('dialog').count(), 0);
  await done();
});

test('the keyboard alone reaches search and filters', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search');
  await page.keyboard.type('talk');
  await expectCount(page, '2 quotes');
  // Tab on to the first option of the Speaker facet; Space ticks it.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.type === 'checkbox')) break;
  }
  assert.match(await page.evaluate(() => document.activeElement?.closest('label')?.textContent), /^Donald Trump/);
  await page.keyboard.press('Space');
  await expectCount(page, '2 quotes');
  assert.match(page.url(), /speaker=donald-trump/);
  await done();
});

test('the layout fits a 375 px phone and a 1280 px desktop, light and dark', async () => {
  fs.mkdirSync(path.join(ROOT, 'tests/browser/artifacts'), { recursive: true });
  for (const [width, scheme] of [[375, 'light'], [1280, 'light'], [1280, 'dark'], [360, 'dark']]) {
    const { page, done } = await open(site.browser, site.server.url + '/', { width, height: 900, colorScheme: scheme });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `no horizontal scrolling at ${width} px`);
    await page.screenshot({ path: path.join(ROOT, `tests/browser/artifacts/explorer-${width}-${scheme}.png`) });
    await done();
  }
});

test('indirect speech is off by default and behind a toggle', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/');
  await expectCount(page, '27 quotes');
  assert.equal(await speaker(page, 'Two senior legislators').isVisible(), false, 'quoted only indirectly: hidden');
  await page.getByRole('checkbox', { name: 'Include indirect speech' }).check();
  await expectCount(page, '54 quotes');
  assert.match(page.url(), /indirect=1/);
  await speaker(page, 'Minoru Kihara').check();
  await expectCount(page, '2 quotes');
  const reported = cards(page).filter({ hasText: 'Reported:' });
  assert.match(await reported.textContent(), /declined to comment on the reported exchange/);
  assert.equal(await speaker(page, 'Two senior legislators').isVisible(), true);
  await page.goBack();
  await page.goBack();
  await expectCount(page, '27 quotes');
  await done();
});

test('the reader shows kinds, cues and confidence for every quotation', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/?article=003_47b05fa7f0482407&indirect=1');
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const term = dialog.locator('.q.term', { hasText: 'strategic ambiguity' });
  assert.equal(await term.getAttribute('data-speaker'), 'Quoted term, not attributed speech');
  const continued = dialog.locator('.q', { hasText: 'Japan is often treated as a strategic card' });
  assert.equal(await continued.getAttribute('data-speaker'), 'Kazuhiro Maejima — continues the previous quote · medium confidence');
  const reported = dialog.locator('.q.indirect', { hasText: 'declined to comment' });
  assert.match(await reported.getAttribute('data-speaker'), /^Minoru Kihara — reported speech/);
  await reported.focus();
  assert.match(await reported.evaluate((el) => getComputedStyle(el, '::after').content), /Minoru Kihara/);
  await done();
});

test('speaker kinds and roles are shown on cards and in the facet', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/');
  const facet = page.getByRole('group', { name: 'Speaker' });
  assert.deepEqual(await texts(facet.locator('.group-label')), ['People', 'Organisations', 'Anonymous sources']);
  assert.equal(await facet.getByRole('group', { name: 'Organisations' }).getByRole('checkbox', { name: /^People's Daily 5$/ }).count(), 1);
  assert.equal(await facet.getByRole('group', { name: 'Anonymous sources' }).getByRole('checkbox', { name: /^One source · Asahi Shimbun 2$/ }).count(), 1);
  await speaker(page, 'Minoru Kihara').check();
  await expectCount(page, '1 quote');
  assert.equal(await cards(page).locator('.role').textContent(), ', Chief Cabinet Secretary');
  assert.equal(await cards(page).locator('.cue').textContent(), 'cue: saying');
  await done();
});
