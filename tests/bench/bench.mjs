// `make bench`: page weight, load time, interaction latency and memory for built explorers, in
// headless Chromium. Usage: node bench.mjs <name>=<dist dir> ... ; writes target/bench/report.{json,md}.
// Latencies come from the app's own performance measures (storyscope:<kind>, from the change of
// query to the DOM updated in the next frame); load is the storyscope:ready mark (first results in
// the DOM) relative to navigation start.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '../browser/node_modules/playwright-core/index.mjs';
import { ROOT, serve } from '../browser/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 15);
const targets = process.argv.slice(2).map((a) => a.split('='));

function weight(dir) {
  const kinds = { wasm: /\.wasm$/, js: /\.js$/, css: /\.css$/, corpus: /^corpus\.bin$/, html: /\.html$/ };
  const out = {};
  for (const [kind, re] of Object.entries(kinds)) {
    const files = fs.readdirSync(dir).filter((f) => re.test(f));
    const bufs = files.map((f) => fs.readFileSync(path.join(dir, f)));
    const raw = bufs.reduce((n, b) => n + b.length, 0);
    const gzip = bufs.reduce((n, b) => n + zlib.gzipSync(b, { level: 9 }).length, 0);
    // Brotli at quality 11 runs at about 1 MB/s: files over 20 MB get quality 9 (noted below).
    const brotli = bufs.reduce((n, b) => n + zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: b.length > 20e6 ? 9 : 11 } }).length, 0);
    out[kind] = { raw, gzip, brotli };
  }
  out.total = ['raw', 'gzip', 'brotli'].reduce((t, k) => ({ ...t, [k]: Object.values(out).reduce((n, v) => n + v[k], 0) }), {});
  return out;
}

function stats(xs) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))];
  return { n: s.length, p50: +q(0.5).toFixed(2), p95: +q(0.95).toFixed(2), max: +s[s.length - 1].toFixed(2) };
}

async function measure(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const t0 = Date.now();
  await page.goto(url, { timeout: 180000 });
  await page.locator('.count[role="status"]').waitFor({ timeout: 180000 });
  const wall = Date.now() - t0;
  const load = await page.evaluate(() => performance.getEntriesByName('storyscope:ready')[0]?.startTime ?? null);
  // Where the load went: bytes in, decoded, indexed, first results drawn (ms after navigation).
  const phases = await page.evaluate(() => Object.fromEntries(['fetched', 'decoded', 'indexed', 'ready']
    .map((k) => [k, performance.getEntriesByName(`storyscope:${k}`)[0]?.startTime ?? null])));
  // The page's own figures: articles and quotes in the corpus.
  const figures = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('.figures > div')]
    .map((d) => [d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent])));
  const outlets = page.getByRole('group', { name: 'Outlet' }).getByRole('checkbox');
  const nOutlets = Math.min(await outlets.count(), 4);
  // `storyscope:<kind>` ends when the DOM is updated; `…:task` in the next task, so it also
  // holds the style, layout and paint the browser did first.
  const task = {};
  const read = async (kind, label = kind) => {
    const [dom, next] = await page.evaluate((k) => {
      const get = (n) => performance.getEntriesByName(n).map((e) => e.duration);
      const out = [get(`storyscope:${k}`), get(`storyscope:${k}:task`)];
      performance.clearMeasures(`storyscope:${k}`);
      performance.clearMeasures(`storyscope:${k}:task`);
      return out;
    }, kind);
    task[label] = kind === 'open-article' ? next.filter((_, i) => i % 2 === 0) : next;
    return dom;
  };
  const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const result = {};
  // Facet clicks: tick and untick outlets.
  for (let i = 0; i < RUNS; i++) {
    await outlets.nth(i % nOutlets).click();
    await settle();
  }
  result.facet = stats(await read('facet'));
  // Keystrokes in search: each committed change of the query (after the debounce).
  const search = page.getByLabel('Search', { exact: true });
  const words = ['talks', 'summit', 'trade', 'ceasefire', 'budget'];
  for (let i = 0; i < RUNS; i++) {
    await search.fill(words[i % words.length].slice(0, 2 + (i % 4)));
    await search.press('Enter');
    await settle();
  }
  await search.fill('');
  await search.press('Enter');
  await settle();
  result.search = stats(await read('search'));
  // Date changes.
  const from = page.getByLabel('From', { exact: true });
  const min = (await from.getAttribute('min')) || '2025-01-01';
  for (let i = 0; i < RUNS; i++) {
    const d = new Date(Date.parse(min) + (i % 10) * 86400000 * 7).toISOString().slice(0, 10);
    await from.fill(d);
    await settle();
  }
  await from.fill('');
  await settle();
  result.date = stats(await read('date'));
  // View switches.
  for (let i = 0; i < RUNS; i++) {
    await page.getByRole('button', { name: i % 2 ? 'Quotes' : 'Articles', exact: true }).click();
    await settle();
  }
  result.view = stats(await read('view'));
  // The comparing views, each switched to from Quotes and back (both directions counted).
  for (const [key, name] of [['table', 'Who quotes whom'], ['timeline', 'Timeline'], ['compare', 'Side by side']]) {
    for (let i = 0; i < RUNS; i++) {
      await page.getByRole('group', { name: 'View' }).getByRole('button', { name: i % 2 ? 'Quotes' : name, exact: true }).click();
      await settle();
    }
    result[`view-${key}`] = stats(await read('view', `view-${key}`));
  }
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Quotes', exact: true }).click();
  await settle();
  // Opening an article from a quote card, then closing it.
  for (let i = 0; i < RUNS; i++) {
    await page.getByRole('link', { name: 'Read in article' }).nth(i % 5).click();
    await settle();
    await page.keyboard.press('Escape');
    await settle();
  }
  const opens = await read('open-article');
  result['open-article'] = stats(opens.filter((_, i) => i % 2 === 0));
  const latency_task = Object.fromEntries(Object.entries(task).map(([k, xs]) => [k, stats(xs)]));
  const memory = await page.evaluate(() => ({
    wasm: window.wasmBindings?.storyscope_memory_bytes?.() ?? null,
    js_heap: performance.memory?.usedJSHeapSize ?? null,
  }));
  await page.close();
  const num = (t) => Number(String(t ?? '').replace(/[^0-9]/g, '')) || null;
  return { load_ms: load, load_wall_ms: wall, phases, articles: num(figures.Articles), quotes: num(figures.Quotes),
    latency_ms: result, latency_task_ms: latency_task, memory };
}

const report = { date: new Date().toISOString(), runs_per_interaction: RUNS, corpora: {} };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
});
for (const [name, dir] of targets) {
  const abs = path.resolve(dir);
  const entry = { weight: weight(abs) };
  // The same corpus as JSON (written by `make bench` beside the build): the bundle's alternative.
  const json = `${abs}.corpus.json`;
  if (fs.existsSync(json)) {
    const b = fs.readFileSync(json);
    entry.json_weight = { raw: b.length, gzip: zlib.gzipSync(b, { level: 9 }).length };
  }
  const server = await serve(abs);
  try {
    Object.assign(entry, await measure(browser, server.url + '/'));
  } catch (e) {
    entry.error = String(e.message || e).split('\n')[0];
  }
  await server.close();
  report.corpora[name] = entry;
  console.log(name, JSON.stringify(entry));
}
await browser.close();

const kb = (b) => (b / 1024).toFixed(1);
let md = `# Storyscope benchmark\n\n${report.date}, ${RUNS} runs per interaction, headless Chromium.\n\n`;
md += '## Page weight (KiB: raw / gzip -9 / brotli; brotli quality 11, or 9 for files over 20 MB)\n\n| corpus | articles | quotes | wasm | js | css | corpus | total |\n|---|---|---|---|---|---|---|---|\n';
for (const [name, e] of Object.entries(report.corpora)) {
  const w = e.weight;
  const cell = (x) => `${kb(x.raw)} / ${kb(x.gzip)} / ${kb(x.brotli)}`;
  md += `| ${name} | ${e.articles} | ${e.quotes} | ${cell(w.wasm)} | ${cell(w.js)} | ${cell(w.css)} | ${cell(w.corpus)} | ${cell(w.total)} |\n`;
}
md += '\n## Load and memory\n\nms after navigation: corpus downloaded, decoded, indexed, first results in the DOM.\n\n| corpus | downloaded | decoded | indexed | first results | wasm memory (MiB) | JS heap (MiB) |\n|---|---|---|---|---|---|---|\n';
for (const [name, e] of Object.entries(report.corpora)) {
  const mib = (b) => (b == null ? '–' : (b / 1048576).toFixed(1));
  const ms = (x) => (x == null ? '–' : x.toFixed(0));
  const p = e.phases || {};
  md += e.error ? `| ${name} | failed: ${e.error} | | | | | |\n`
    : `| ${name} | ${ms(p.fetched)} | ${ms(p.decoded)} | ${ms(p.indexed)} | ${ms(e.load_ms)} | ${mib(e.memory?.wasm)} | ${mib(e.memory?.js_heap)} |\n`;
}
const cell = (s) => (s ? `${s.p50} / ${s.p95} / ${s.max}` : '–');
const latencyTable = (title, key) => {
  let t = `\n## ${title}\n\n| corpus | facet click | search (committed keystroke) | date change | view switch | who quotes whom | timeline | side by side | open article |\n|---|---|---|---|---|---|---|---|---|\n`;
  for (const [name, e] of Object.entries(report.corpora)) {
    const l = e[key] || {};
    t += `| ${name} | ${cell(l.facet)} | ${cell(l.search)} | ${cell(l.date)} | ${cell(l.view)} | ${cell(l['view-table'])} | ${cell(l['view-timeline'])} | ${cell(l['view-compare'])} | ${cell(l['open-article'])} |\n`;
  }
  return t;
};
md += latencyTable('Interaction latency (ms: p50 / p95 / max), change of query → DOM updated', 'latency_ms');
md += latencyTable('Interaction latency including the browser\'s style, layout and paint (ms: p50 / p95 / max), change of query → next task', 'latency_task_ms');
md += '\n## Corpus bundle against JSON (KiB: raw / gzip -9)\n\n| corpus | JSON | bundle | bundle / JSON (gzip) |\n|---|---|---|---|\n';
for (const [name, e] of Object.entries(report.corpora)) {
  if (!e.json_weight) continue;
  const j = e.json_weight, b = e.weight.corpus;
  md += `| ${name} | ${kb(j.raw)} / ${kb(j.gzip)} | ${kb(b.raw)} / ${kb(b.gzip)} | ${(100 * b.gzip / j.gzip).toFixed(0)}% |\n`;
}
const native = path.join(ROOT, 'target/bench/native.txt');
if (fs.existsSync(native)) md += '\n## Native\n\n```text\n' + fs.readFileSync(native, 'utf8').trim() + '\n```\n';
fs.mkdirSync(path.join(ROOT, 'target/bench'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'target/bench/report.json'), JSON.stringify(report, null, 2));
fs.writeFileSync(path.join(ROOT, 'target/bench/report.md'), md);
console.log('\n' + md);
