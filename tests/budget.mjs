// Fails when the seed build's total gzip weight exceeds tests/budget.json. Sizes are
// deterministic for a given build, so this is a test; timings live in `make bench`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, process.argv[2] || 'dist');
const budget = JSON.parse(fs.readFileSync(path.join(root, 'tests/budget.json'), 'utf8')).total_gzip_bytes;
let total = 0;
for (const f of fs.readdirSync(dist)) {
  const file = path.join(dist, f);
  if (!fs.statSync(file).isFile()) continue;
  const gz = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  total += gz;
  console.log(`${f.padEnd(44)} ${String(gz).padStart(8)} B gzip`);
}
console.log(`total ${total} B gzip, budget ${budget} B`);
if (total > budget) {
  console.error(`over budget by ${total - budget} B`);
  process.exit(1);
}
