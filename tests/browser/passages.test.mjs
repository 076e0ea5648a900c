// Shared passages on the seed corpus: two reports print the same paragraphs (the White House
// statement, the Chinese readout). The Articles view says how much of each was printed elsewhere
// and can put the most copied first; the reader marks the shared paragraphs with links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtSite, open, expectCount } from './harness.mjs';

const site = builtSite();

const texts = async (loc) => (await loc.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

test('the Articles view says what share of each report was printed elsewhere, and orders by it', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/');
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Articles' }).click();
  await expectCount(page, '5 articles');
  const copied = await texts(page.locator('ol.cards > li .copied'));
  assert.equal(copied.length, 2, copied.join(' | '));
  for (const c of copied) assert.match(c, /^\d+% of its text also in reports not dated after it: \S/);
  assert.ok(copied.some((c) => c.includes('Foxton News')), 'the other report is named');

  const order = page.getByLabel('Order');
  await order.selectOption({ label: 'Most text printed elsewhere first' });
  await page.waitForURL(/order=shared/);
  const cards = page.locator('ol.cards > li');
  assert.equal(await cards.nth(0).locator('.copied').count(), 1);
  assert.equal(await cards.nth(1).locator('.copied').count(), 1);
  assert.equal(await cards.nth(2).locator('.copied').count(), 0);
  await order.selectOption({ label: 'Most original first' });
  await page.waitForURL(/order=original/);
  assert.equal(await cards.nth(0).locator('.copied').count(), 0);
  assert.equal(await cards.nth(4).locator('.copied').count(), 1);
  await page.goBack();
  await page.waitForURL(/order=shared/);
  assert.equal(await order.inputValue(), 'shared', 'Back restores the order');
  await done();
});

test('the reader marks shared paragraphs with a link to the other report', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/?view=articles&order=shared');
  await expectCount(page, '5 articles');
  await page.locator('ol.cards > li').first().locator('h2 a').click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const shared = dialog.locator('.article-text p.shared');
  assert.ok((await shared.count()) >= 2, 'the statement and the readout paragraphs');
  const link = shared.first().getByRole('link');
  const name = (await link.first().textContent()).trim();
  const before = page.url();
  await link.first().click();
  await page.waitForFunction((u) => location.href !== u, before);
  const where = await texts(page.getByRole('dialog').locator('.reader-head .where .outlet'));
  assert.equal(where[0], name.startsWith('“') ? 'Unknown outlet' : name, 'the link opens the other report');
  await done();
});
