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

test('who quotes whom sorts by a column heading, and the sort is in the URL', async () => {
  const { page, done } = await open(site.browser, site.server.url + '/?view=table');
  const table = page.getByRole('table');
  await table.waitFor();
  const outlets = async () => (await table.getByRole('rowheader').allTextContents()).map((t) => t.trim().split(' · ')[0]);
  const totals = async () => (await table.locator('tbody td.total').allTextContents()).map(Number);
  const before = await outlets();

  await table.getByRole('button', { name: 'All', exact: true }).click();
  await page.waitForURL(/by=total/);
  const sorted = await totals();
  assert.deepEqual(sorted, [...sorted].sort((a, b) => b - a), 'most quotes first');
  assert.equal(await table.getByRole('columnheader', { name: 'All' }).getAttribute('aria-sort'), 'descending');

  // A speaker's column: the outlet that quotes Kazuhiro Maejima most comes first.
  const heading = table.getByRole('columnheader').filter({ hasText: 'Kazuhiro Maejima' });
  await heading.getByRole('button').click();
  await page.waitForURL(/by=kazuhiro-maejima/);
  assert.equal(await heading.getAttribute('aria-sort'), 'descending');
  assert.equal((await outlets())[0], 'Foxton News');
  assert.equal(await table.getByRole('columnheader', { name: 'All' }).getAttribute('aria-sort'), null);

  // Back returns to the total order, reload keeps it, and Outlet restores the outlets' order.
  await page.goBack();
  await page.waitForURL(/by=total/);
  await page.reload();
  await table.waitFor();
  assert.equal(await table.getByRole('columnheader', { name: 'All' }).getAttribute('aria-sort'), 'descending');
  await table.getByRole('button', { name: 'Outlet', exact: true }).click();
  await page.waitForURL((u) => !u.search.includes('by='));
  assert.deepEqual(await outlets(), before);
  await done();
});
