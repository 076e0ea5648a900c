// Quote families on the seed corpus: the same words in several outlets, opened from a card as a
// person would, with their wording differences marked. Runs against the release build in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtSite, open, expectCount } from './harness.mjs';

const site = builtSite();

// Waits until the control says it is expanded (or not): a key's action lands a frame later.
const expanded = (loc, value) =>
  loc.and(loc.page().locator(`[aria-expanded="${value}"]`)).waitFor({ timeout: 5000 });
const texts = async (loc) => (await loc.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
// The card whose quotation is exactly these words.
const card = (page, words) =>
  page.locator('ol.cards > li').filter({ has: page.locator('blockquote p', { hasText: new RegExp(`^“${words}”$`) }) });

test('the militarism line is one family in three articles, its wording differences marked', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/');
  await page.getByLabel('Search', { exact: true }).fill('militarism');
  await expectCount(page, '5 quotes');
  const c = card(page, 'actions reviving militarism');
  const toggle = c.getByRole('button', { name: 'Quoted in 3 articles' });
  await expanded(toggle, 'false');
  await toggle.click();
  await expanded(toggle, 'true');
  const versions = c.getByRole('region', { name: 'Versions of this quote' });
  const items = versions.locator('ol.versions > li');
  assert.equal(await items.count(), 5, 'the short line twice, the editorial sentence twice, and this one');
  // Against "actions reviving militarism": the other outlets' "actions to revive militarism".
  const other = items.filter({ hasText: 'to revive militarism”' });
  assert.equal(await other.count(), 1);
  assert.deepEqual(await texts(other.locator('del')), ['reviving']);
  assert.deepEqual(await texts(other.locator('ins')), ['to revive']);
  assert.equal(await items.filter({ hasText: 'this quote' }).count(), 1);
  assert.equal(await versions.locator('.conflict').count(), 0, 'one speaker throughout');
  // Each other version links to its article.
  const links = await texts(versions.getByRole('link'));
  assert.equal(links.length, 4);
  for (const l of links) assert.match(l, /^Read /);
  assert.equal(new Set(links).size, 2, 'named by the article: the outlet, or its opening words when the outlet is unknown');
  // Who was first, honestly: the four versions of 27 Nov tie; the undated one is never first.
  const where = await texts(versions.locator('ol.versions > li .where'));
  assert.equal(where.filter((w) => w.includes('tied first')).length, 4, where.join(' | '));
  assert.ok(where.some((w) => w.includes('Date unknown') && !w.includes('first')), where.join(' | '));
  assert.match(page.url(), /[?&]family=/);
  await done();
});

test('"great talk" joins the longer quotation, and the open family is in the URL', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/');
  await page.getByLabel('Search', { exact: true }).fill('great talk');
  const c = card(page, 'great talk');
  await c.getByRole('button', { name: 'Quoted in 2 articles' }).click();
  const versions = c.getByRole('region', { name: 'Versions of this quote' });
  const longer = versions.locator('ol.versions > li').filter({ hasText: 'relationship with her' });
  assert.deepEqual(await texts(longer.locator('ins')), ['I had a', 'I have a very good relationship with her']);
  assert.match(await longer.locator('.speaker').textContent(), /Donald Trump/);
  // The dated short version came first; the longer one is undated, so it cannot be.
  const where = await texts(versions.locator('ol.versions > li .where'));
  assert.deepEqual(where.map((w) => / first\b/.test(w)), [true, false], where.join(' | '));
  assert.ok(!where[0].includes('tied'), 'one first, not a tie');

  await page.reload();
  await card(page, 'great talk').waitFor();
  assert.equal(await card(page, 'great talk').getByRole('region', { name: 'Versions of this quote' }).count(), 1, 'a reload keeps it open');
  await page.goBack();
  assert.equal(await card(page, 'great talk').getByRole('region', { name: 'Versions of this quote' }).count(), 0, 'Back closes it');
  await done();
});

test('"return to China" stands in three articles and the White House statement in two', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/');
  await page.getByLabel('Search', { exact: true }).fill('return to China');
  assert.equal(await card(page, 'return to China').first().getByRole('button', { name: 'Quoted in 3 articles' }).count(), 1);
  await page.getByLabel('Search', { exact: true }).fill('dear and close ally');
  const statements = page.locator('ol.cards > li', { hasText: 'dear and close ally' });
  assert.equal(await statements.count(), 2);
  for (const s of await statements.all()) {
    assert.equal(await s.getByRole('button', { name: 'Quoted in 2 articles' }).count(), 1);
  }
  // A quote nobody else printed has no such control.
  await page.getByLabel('Search', { exact: true }).fill('wonderful trade deals');
  await expectCount(page, '1 quote');
  assert.equal(await page.getByRole('button', { name: /^Quoted in/ }).count(), 0);
  await done();
});

test('the family opens and closes from the keyboard', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/');
  await page.getByLabel('Search', { exact: true }).fill('return to China');
  // The search settles first: cards of a partial query may still be replaced while typing.
  await page.waitForURL(/q=return/);
  const toggle = card(page, 'return to China').first().getByRole('button', { name: 'Quoted in 3 articles' });
  // Focus, then the key, as a person tabbing to it would (each press finds the control anew).
  await toggle.press('Enter');
  await expanded(toggle, 'true');
  const panel = await toggle.getAttribute('aria-controls');
  assert.equal(await page.locator(`[id="${panel}"]`).count(), 1, 'aria-controls names the open region');
  assert.equal(await toggle.evaluate((b) => b === document.activeElement), true, 'focus stays on the control');
  await toggle.press(' ');
  await expanded(toggle, 'false');
  await done();
});
