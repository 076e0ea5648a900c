// Who quotes whom on the seed corpus: a real table of outlets by speakers, counts under the
// current filters, and a cell that applies both filters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtSite, open, expectCount } from './harness.mjs';

const site = builtSite();

test('who quotes whom: a table with a caption and headers; a cell applies both filters', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/');
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Who quotes whom' }).click();
  await page.waitForURL(/view=table/);
  const table = page.getByRole('table');
  assert.match(await table.locator('caption').textContent(), /Quotes by outlet and speaker/);
  const outlets = (await table.getByRole('rowheader').allTextContents()).map((t) => t.trim());
  assert.ok(outlets.some((o) => o.startsWith('Foxton News')), outlets.join(' | '));
  assert.ok(outlets.some((o) => o.startsWith('Unknown outlet')), outlets.join(' | '));
  const headers = (await table.getByRole('columnheader').allTextContents()).map((t) => t.trim());
  assert.equal(headers[0], 'Outlet');
  assert.equal(headers.at(-1), 'All');
  assert.ok(headers.some((h) => h.includes('one outlet only')), 'a speaker only one outlet quotes stands out');

  // Kazuhiro Maejima is quoted by Foxton News only (see the explorer tests).
  const cell = table.getByRole('button', { name: /^\d+ by Kazuhiro Maejima in Foxton News$/ });
  const n = Number((await cell.textContent()).trim());
  await cell.click();
  await page.waitForURL(/speaker=kazuhiro-maejima/);
  assert.match(page.url(), /outlet=foxton-news/);
  await expectCount(page, n === 1 ? '1 quote' : `${n} quotes`);
  await page.goBack();
  await page.getByRole('table').waitFor();

  // The table follows the filters.
  await page.getByLabel('Search', { exact: true }).fill('militarism');
  await expectCount(page, '5 quotes');
  const totals = (await page.getByRole('table').locator('tbody td.total').allTextContents()).map(Number);
  assert.equal(totals.reduce((a, b) => a + b, 0), 5);
  await done();
});
