// `npm run bench`: how fast charter lints, next to the cost of only reading and parsing the files.
//
// Generates synthetic orgs (bench/generate.mjs) of 100, 1,000 and 10,000 function charters
// in bench/out/, then runs each command several times, interleaved (run 1 of every command,
// then run 2, ...) so that a burst of load elsewhere on the machine spreads over all of them,
// and prints, per size, the median wall time, the median CPU time (user + system) and the
// peak memory (maximum resident set size) of:
//   - the floors: a plain Node script that reads every file and parses it with `yaml`, and the same with js-yaml;
//   - charter lint --format json, and --format stylish;
//   - charter deps --format json (when the command exists);
//   - charter book (when the command exists): the site written to bench/out/org-<n>/book; target: at most 2x charter lint at 1,000 charters;
//   - charter org, as a tree and --format json (when the command exists): the generated
//     departments nest four levels deep at 2,000 functions;
//   - charter diff HEAD --format json (when the command exists): a git repository holding the org,
//     committed, with a change in the working tree (every 20th mission rewritten, one charter removed);
//   - charter lint --cache, cold (no cache file) and warm (nothing changed since the last run), when --cache exists;
// and startup: charter --version and --help against node -e 0.
// Nothing here is a test: no figure is compared with a threshold that fails anything.
//
// Options: --sizes 100,1000,10000   --runs 5,5,3 (one count per size, or one for all)
//          --startup-runs 10        --json <file> (also write the raw figures)
//          --bin <charter.js>       (another build to measure; default dist/bin/charter.js)

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateOrg, GENERATOR_VERSION } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'bench', 'out');
const floorScript = path.join(root, 'bench', 'floor.mjs');
const preload = path.join(root, 'bench', 'report-usage.mjs');
const usageFile = path.join(out, 'usage.txt');

const args = parseArgs(process.argv.slice(2));
// --bin: measure another build (a worktree's dist/bin/charter.js), to compare a change with the main line.
const charterBin = path.resolve(args.bin ?? path.join(root, 'dist', 'bin', 'charter.js'));
const sizes = (args.sizes ?? '100,1000,10000').split(',').map(Number);
const runCounts = (args.runs ?? '5,5,3').split(',').map(Number);
const runsFor = (i) => runCounts[Math.min(i, runCounts.length - 1)];
const startupRuns = Number(args['startup-runs'] ?? 10);

const GNU_TIME = '/usr/bin/time';
const useGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0;

mkdirSync(out, { recursive: true });
const devNull = openSync('/dev/null', 'w');

// ---------------------------------------------------------------------------
// What the installed charter can do.

const help = (command) => spawnSync(process.execPath, [charterBin, command, '--help'], { encoding: 'utf8' });
if (!existsSync(charterBin)) fail(`no ${path.relative(root, charterBin)}: run "npm run build" first (npm run bench does)`);
const depsHelp = help('deps');
const hasDeps = depsHelp.status === 0 && /--format/.test(depsHelp.stdout);
const hasCache = /--cache\b/.test(help('lint').stdout);
const hasBook = help('book').status === 0;
const orgHelp = help('org');
const hasOrg = orgHelp.status === 0 && /--format/.test(orgHelp.stdout);
const diffHelp = help('diff');
const hasDiff = diffHelp.status === 0 && /--fail-on-new-errors/.test(diffHelp.stdout);
const hasJsYaml = canImport('js-yaml');

const notes = [];
if (!hasDeps) notes.push('charter deps is not available in this build: not measured.');
if (!hasBook) notes.push('charter book is not available in this build: not measured.');
if (!hasOrg) notes.push('charter org is not available in this build: not measured.');
if (!hasDiff) notes.push('charter diff is not available in this build: not measured.');
if (!hasCache) notes.push('charter lint has no --cache option in this build: the cache is not measured.');
if (!hasJsYaml) notes.push('js-yaml is not installed (npm install): its floor is not measured.');

// ---------------------------------------------------------------------------
// The commands, per org.

/** @typedef {{ id: string, label: string, argv: string[], cwd?: string, before?: () => void, expect: (status: number) => boolean }} Command */

/** @returns {Command[]} */
function commandsFor(orgDir, size) {
  const cacheFile = path.join(orgDir, 'bench.charter-cache');
  const lint = (...rest) => [charterBin, 'lint', 'charters', ...rest];
  const findings = (status) => status === 1; // the generated orgs have defects: lint exits 1
  /** @type {Command[]} */
  const list = [
    { id: 'floor-yaml', label: 'read+parse, yaml', argv: [floorScript, 'yaml', 'charters'], expect: (s) => s === 0 },
  ];
  if (hasJsYaml) list.push({ id: 'floor-js-yaml', label: 'read+parse, js-yaml', argv: [floorScript, 'js-yaml', 'charters'], expect: (s) => s === 0 });
  list.push(
    { id: 'lint-json', label: 'charter lint --format json', argv: lint('--format', 'json'), expect: findings },
    { id: 'lint-stylish', label: 'charter lint (stylish)', argv: lint(), expect: findings },
  );
  if (hasDeps) list.push({ id: 'deps-json', label: 'charter deps --format json', argv: [charterBin, 'deps', 'charters', '--format', 'json'], expect: (s) => s === 0 || s === 1 });
  if (hasBook) list.push({ id: 'book', label: 'charter book', argv: [charterBin, 'book', 'charters', '--out', path.join(orgDir, 'book')], expect: (s) => s === 0 });
  if (hasOrg) {
    list.push(
      { id: 'org-tree', label: 'charter org (tree)', argv: [charterBin, 'org', 'charters'], expect: (s) => s === 0 },
      { id: 'org-json', label: 'charter org --format json', argv: [charterBin, 'org', 'charters', '--format', 'json'], expect: (s) => s === 0 },
    );
  }
  if (hasDiff) list.push({ id: 'diff-json', label: 'charter diff HEAD --format json', argv: [charterBin, 'diff', 'HEAD', '--format', 'json'], cwd: ensureDiffRepo(size, orgDir), expect: (s) => s === 0 });
  if (hasCache) {
    const cached = lint('--format', 'json', '--cache', '--cache-location', cacheFile);
    // A cold run is a plain run plus hashing and writing the cache: measured where it is quick.
    if (size <= 1000) list.push({ id: 'lint-cache-cold', label: 'charter lint --cache, cold', argv: cached, before: () => rmSync(cacheFile, { force: true }), expect: findings });
    list.push({ id: 'lint-cache-warm', label: 'charter lint --cache, warm', argv: cached, before: () => existsSync(cacheFile) || spawnSync(process.execPath, cached, { cwd: orgDir, stdio: 'ignore' }), expect: findings });
  }
  return list;
}

const startupCommands = [
  { id: 'node', label: 'node -e 0', argv: ['-e', '0'], expect: (s) => s === 0 },
  { id: 'version', label: 'charter --version', argv: [charterBin, '--version'], expect: (s) => s === 0 },
  { id: 'help', label: 'charter --help', argv: [charterBin, '--help'], expect: (s) => s === 0 },
];

// ---------------------------------------------------------------------------
// Run.

const started = new Date();
const machine = describeMachine();
console.log(`charter benchmark: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${process.version}, load average ${machine.loadBefore}`);
console.log(`charter: ${charterBin}`);
console.log(`peak memory from ${useGnuTime ? '/usr/bin/time' : 'process.resourceUsage() in the child (bench/report-usage.mjs)'}; runs per size: ${sizes.map((s, i) => `${s}: ${runsFor(i)}`).join(', ')}`);
for (const n of notes) console.log(`note: ${n}`);

const results = { machine, started: started.toISOString(), notes, sizes: [], startup: [] };

for (const [i, size] of sizes.entries()) {
  const orgDir = path.join(out, `org-${size}`);
  ensureOrg(size, orgDir);
  const commands = commandsFor(orgDir, size);
  const samples = new Map(commands.map((c) => [c.id, []]));
  // Warm-up, not measured: fills the page cache, checks that lint exits as it should, and counts what it finds.
  process.stdout.write(`\n${size} charters: warm-up`);
  measure(commands[0], orgDir);
  for (const c of commands) if (c.cwd !== undefined) measure(c, c.cwd);
  const findings = countFindings(orgDir);
  for (let run = 0; run < runsFor(i); run++) {
    process.stdout.write(` ${run + 1}`);
    for (const c of commands) {
      c.before?.();
      const r = measure(c, c.cwd ?? orgDir);
      if (!c.expect(r.status)) fail(`${c.label} at ${size} charters exited ${r.status}:\n${r.stderr}`);
      samples.get(c.id).push(r);
    }
  }
  process.stdout.write('\n');
  results.sizes.push({ size, files: size + 1, findings, commands: commands.map((c) => ({ id: c.id, label: c.label, ...summarize(samples.get(c.id)) })) });
}

process.stdout.write(`\nstartup:`);
{
  const samples = new Map(startupCommands.map((c) => [c.id, []]));
  for (const c of startupCommands) measure(c, root);
  for (let run = 0; run < startupRuns; run++) for (const c of startupCommands) samples.get(c.id).push(measure(c, root));
  results.startup = startupCommands.map((c) => ({ id: c.id, label: c.label, ...summarize(samples.get(c.id)) }));
  process.stdout.write(' done\n');
}
machine.loadAfter = os.loadavg().map((l) => l.toFixed(2)).join(' ');

const table = render(results);
console.log(`\n${table}`);
writeFileSync(path.join(out, 'results.md'), `${table}\n`);
writeFileSync(path.join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
if (args.json !== undefined) writeFileSync(args.json, `${JSON.stringify(results, null, 2)}\n`);
console.log(`(also in ${path.relative(root, path.join(out, 'results.md'))} and results.json)`);
closeSync(devNull);

// ---------------------------------------------------------------------------

/** Runs one command once; wall time from here, CPU time and peak memory from the child itself. */
function measure(command, cwd) {
  rmSync(usageFile, { force: true });
  const [file, argv] = useGnuTime
    ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', usageFile, process.execPath, ...command.argv]]
    : [process.execPath, ['--import', preload, ...command.argv]];
  const start = process.hrtime.bigint();
  const child = spawnSync(file, argv, {
    cwd,
    stdio: ['ignore', devNull, 'pipe'],
    env: { ...process.env, NO_COLOR: '1', CHARTER_BENCH_USAGE_FILE: usageFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const usage = readUsage();
  return { wall, cpu: usage.cpu, maxRssMb: usage.maxRssKb / 1024, status: child.status ?? -1, stderr: child.stderr?.toString() ?? '' };
}

function readUsage() {
  const text = existsSync(usageFile) ? readFileSync(usageFile, 'utf8') : '';
  if (useGnuTime) {
    // "Command exited with non-zero status N" may come first.
    const line = text.trim().split('\n').pop() ?? '';
    const [, user, system, rss] = line.split(' ').map(Number);
    return { cpu: (user ?? NaN) + (system ?? NaN), maxRssKb: rss ?? NaN };
  }
  const u = text === '' ? {} : JSON.parse(text);
  return { cpu: ((u.userCPUTime ?? NaN) + (u.systemCPUTime ?? NaN)) / 1e6, maxRssKb: u.maxRSS ?? NaN };
}

function summarize(samples) {
  const med = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  return {
    runs: samples.length,
    wall: med(samples.map((s) => s.wall)),
    wallMin: Math.min(...samples.map((s) => s.wall)),
    cpu: med(samples.map((s) => s.cpu)),
    maxRssMb: Math.max(...samples.map((s) => s.maxRssMb)),
  };
}

/** Generates the org unless the one in bench/out is from this version of the generator. */
function ensureOrg(size, orgDir) {
  const stamp = path.join(orgDir, 'generator.json');
  const want = JSON.stringify({ version: GENERATOR_VERSION, size });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  process.stdout.write(`\ngenerating ${size} charters in ${path.relative(root, orgDir)}...`);
  generateOrg(size, path.join(orgDir, 'charters'));
  writeFileSync(stamp, want);
}

/**
 * A git repository holding a copy of the org, committed, with a change in the working tree:
 * every 20th charter's mission rewritten and the last charter removed. Made again when the org is.
 */
function ensureDiffRepo(size, orgDir) {
  const dir = path.join(out, `diff-${size}`);
  const stamp = path.join(dir, 'generator.json');
  const want = JSON.stringify({ version: GENERATOR_VERSION, size, change: 1 });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(orgDir, 'charters'), path.join(dir, 'charters'), { recursive: true });
  const git = (...a) => {
    const r = spawnSync('git', a, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' } });
    if (r.status !== 0) fail(`git ${a.join(' ')}: ${r.stderr}`);
  };
  git('init', '-q');
  git('add', 'charters');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'org');
  const files = readdirSync(path.join(dir, 'charters'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.yaml') && f !== 'org.yaml')
    .sort();
  files.forEach((f, i) => {
    if (i % 20 !== 0) return;
    const p = path.join(dir, 'charters', f);
    writeFileSync(p, readFileSync(p, 'utf8').replace(/^mission: .*$/m, 'mission: Help every customer reach the outcome it bought the product for, rewritten.'));
  });
  rmSync(path.join(dir, 'charters', files[files.length - 1]));
  writeFileSync(stamp, want);
  return dir;
}

/** What lint finds in the org (a check that the figures are about real work). */
function countFindings(orgDir) {
  const r = spawnSync(process.execPath, [charterBin, 'lint', 'charters', '--format', 'json'], { cwd: orgDir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  try {
    const report = JSON.parse(r.stdout);
    const list = Array.isArray(report) ? report : report.findings;
    const errors = list.filter((f) => f.severity === 'error').length;
    return { errors, warnings: list.length - errors, files: new Set(list.map((f) => f.file)).size };
  } catch {
    return undefined;
  }
}

function render({ sizes: bySize, startup, machine: m, notes: ns }) {
  const s = (x) => (Number.isFinite(x) ? `${x.toFixed(2)} s` : 'n/a');
  const mb = (x) => (Number.isFinite(x) ? `${Math.round(x)} MB` : 'n/a');
  const ratio = (a, b) => (a !== undefined && b !== undefined ? `${(a / b).toFixed(2)}x` : 'n/a');
  const lines = [];
  lines.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB RAM, ${m.os}, Node ${m.node}. Load average before: ${m.loadBefore}; after: ${m.loadAfter}.`);
  lines.push('');
  lines.push('| charters | command | runs | median wall | median CPU | peak memory |');
  lines.push('|---:|---|---:|---:|---:|---:|');
  for (const row of bySize) {
    for (const c of row.commands) lines.push(`| ${row.size.toLocaleString('en-US')} | ${c.label} | ${c.runs} | ${s(c.wall)} | ${s(c.cpu)} | ${mb(c.maxRssMb)} |`);
  }
  lines.push('');
  lines.push('| charters | findings | lint json / yaml floor (wall) | (CPU) | lint stylish / yaml floor (wall) | lint ms per charter | warm cache / js-yaml floor (wall) |');
  lines.push('|---:|---|---:|---:|---:|---:|---:|');
  for (const row of bySize) {
    const by = Object.fromEntries(row.commands.map((c) => [c.id, c]));
    const f = row.findings;
    lines.push(
      `| ${row.size.toLocaleString('en-US')} | ${f ? `${f.errors} errors, ${f.warnings} warnings in ${f.files} files` : 'n/a'} | ${ratio(by['lint-json']?.wall, by['floor-yaml']?.wall)} | ${ratio(by['lint-json']?.cpu, by['floor-yaml']?.cpu)} | ${ratio(by['lint-stylish']?.wall, by['floor-yaml']?.wall)} | ${by['lint-json'] ? ((1000 * by['lint-json'].wall) / row.size).toFixed(2) : 'n/a'} | ${ratio(by['lint-cache-warm']?.wall, by['floor-js-yaml']?.wall)} |`,
    );
  }
  if (bySize.some((r) => r.commands.some((c) => c.id === 'book'))) {
    lines.push('');
    lines.push('| charters | charter book / charter lint --format json (wall) | (CPU) | target |');
    lines.push('|---:|---:|---:|---|');
    for (const row of bySize) {
      const by = Object.fromEntries(row.commands.map((c) => [c.id, c]));
      lines.push(`| ${row.size.toLocaleString('en-US')} | ${ratio(by['book']?.wall, by['lint-json']?.wall)} | ${ratio(by['book']?.cpu, by['lint-json']?.cpu)} | ${row.size === 1000 ? 'at most 2x' : ''} |`);
    }
  }
  if (bySize.some((row) => row.commands.some((c) => c.id === 'diff-json'))) {
    lines.push('');
    lines.push('| charters | diff / lint json (wall) | (CPU) |');
    lines.push('|---:|---:|---:|');
    for (const row of bySize) {
      const by = Object.fromEntries(row.commands.map((c) => [c.id, c]));
      lines.push(`| ${row.size.toLocaleString('en-US')} | ${ratio(by['diff-json']?.wall, by['lint-json']?.wall)} | ${ratio(by['diff-json']?.cpu, by['lint-json']?.cpu)} |`);
    }
  }
  const at = (n) => bySize.find((r) => r.size === n)?.commands.find((c) => c.id === 'lint-json');
  if (at(1000) && at(10000)) {
    lines.push('');
    lines.push(`Linearity: lint time per charter at 10,000 is ${((at(10000).wall / 10000) / (at(1000).wall / 1000)).toFixed(2)}x that at 1,000 (wall; CPU: ${((at(10000).cpu / 10000) / (at(1000).cpu / 1000)).toFixed(2)}x).`);
  }
  lines.push('');
  lines.push('| startup | runs | median wall | median CPU | peak memory | / node -e 0 (wall) |');
  lines.push('|---|---:|---:|---:|---:|---:|');
  const node = startup.find((c) => c.id === 'node');
  for (const c of startup) lines.push(`| ${c.label} | ${c.runs} | ${s(c.wall)} | ${s(c.cpu)} | ${mb(c.maxRssMb)} | ${ratio(c.wall, node?.wall)} |`);
  for (const n of ns) lines.push('', `Note: ${n}`);
  return lines.join('\n');
}

function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadBefore: os.loadavg().map((l) => l.toFixed(2)).join(' '),
    loadAfter: '',
  };
}

function canImport(name) {
  return spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(name)})`], { cwd: root, stdio: 'ignore' }).status === 0;
}

function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) fail(`unexpected argument "${a}"`);
    const [k, v] = a.includes('=') ? a.slice(2).split('=', 2) : [a.slice(2), argv[++i]];
    if (v === undefined) fail(`--${k} needs a value`);
    o[k] = v;
  }
  return o;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}
