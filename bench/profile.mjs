// Profiles one command with `node --cpu-prof` and prints where the time goes:
// self time by area (yaml's lexer/parser/composer, zod, our stages) and the top functions.
// Usage: node bench/profile.mjs <charters-dir> [charter args...]   (default args: lint <dir> --format json)
// Example: node bench/profile.mjs bench/out/org-1000/charters

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [dir, ...rest] = process.argv.slice(2);
if (dir === undefined) {
  console.error('usage: node bench/profile.mjs <charters-dir> [charter args...]');
  process.exit(2);
}
const args = rest.length > 0 ? rest : ['lint', dir, '--format', 'json'];
const profDir = mkdtempSync(path.join(tmpdir(), 'charter-prof-'));
spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profDir, (process.env.CHARTER_BIN ?? path.join(root, 'dist/bin/charter.js')), ...args], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const files = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'));
for (const file of files) report(JSON.parse(readFileSync(path.join(profDir, file), 'utf8')));
rmSync(profDir, { recursive: true, force: true });

/** The area a function belongs to, from its script URL. */
function areaOf(url, name) {
  if (url === '') return name === '(garbage collector)' ? 'garbage collection' : name.startsWith('(') ? name : 'node internals';
  if (url.startsWith('node:')) return 'node internals';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
  if (m) {
    if (m[1] === 'yaml') {
      if (/parse\/lexer/.test(m[2])) return 'yaml: lexer';
      if (/parse\/parser/.test(m[2])) return 'yaml: parser (CST)';
      if (/compose\//.test(m[2])) return 'yaml: composer (AST)';
      if (/toJS|nodes\//.test(m[2])) return 'yaml: AST nodes, toJS';
      return `yaml: ${m[2].split('/').slice(-2).join('/')}`;
    }
    return m[1];
  }
  const d = /dist\/(.*)$/.exec(url);
  if (d) return `charter: ${d[1].split('/').slice(0, -1).join('/') || d[1]}`;
  return url;
}

function report(profile) {
  const { nodes, samples, timeDeltas } = profile;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < samples.length; i++) self.set(samples[i], (self.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const areas = new Map();
  const fns = new Map();
  for (const [id, us] of self) {
    const { callFrame } = byId.get(id);
    const area = areaOf(callFrame.url, callFrame.functionName);
    areas.set(area, (areas.get(area) ?? 0) + us);
    const key = `${callFrame.functionName || '(anonymous)'}  ${callFrame.url.replace(/^.*node_modules\//, '').replace(/^.*dist\//, 'dist/')}:${callFrame.lineNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
  }
  const ms = (us) => `${(us / 1000).toFixed(0).padStart(6)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%`;
  console.log(`total sampled: ${(total / 1000).toFixed(0)} ms\n\nby area:`);
  for (const [a, us] of [...areas].sort((x, y) => y[1] - x[1]).slice(0, 25)) console.log(`${ms(us)}  ${a}`);
  console.log('\ntop functions (self time):');
  for (const [f, us] of [...fns].sort((x, y) => y[1] - x[1]).slice(0, 25)) console.log(`${ms(us)}  ${f}`);
}
