import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charterYaml } from '../helpers/org.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../robustness/helpers.js';
import { inertCsvCell, printable, printableJson } from '../../src/text/printable.js';

/** Control characters that must never reach a terminal or a CI log raw (LF is checked per format). */
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** A file name that, printed raw, would stop GitHub's workflow commands, clear the screen and reverse the text. */
const EVIL_NAME = 'evil\n::stop-commands::x\u001b[2J\u202e.yaml';
/** A `for` text with an OSC 8 link, a BEL and a right-to-left override, starting like a spreadsheet formula. */
const EVIL_FOR = '=HYPERLINK("http://evil")\u001b]8;;http://evil\u0007click\u001b]8;;\u0007 \u202egnp.exe\u0085';

let dir: string;
let remove: () => void;

beforeAll(() => {
  ({ dir, remove } = tempDir('charter-injection-'));
  mkdirSync(path.join(dir, 'charters'));
  // Broken, so that lint reports it and deps warns about it.
  writeFileSync(path.join(dir, 'charters', EVIL_NAME), 'id: [\n');
  const deps = `dependencies:\n  - team: support\n    for: ${JSON.stringify(EVIL_FOR)}\n  - team: support\n    for: "+cmd|' /C calc'!A0"\n  - team: support\n    for: "@SUM(1+1)\\rnext | row"\n`;
  writeFileSync(path.join(dir, 'charters', 'csm.yaml'), charterYaml('csm').replace('dependencies: []\n', deps).concat('notes: "\\e[31mred\\u202e"\n'));
  writeFileSync(path.join(dir, 'charters', 'support.yaml'), charterYaml('support'));
  writeFileSync(
    path.join(dir, 'charter.config.yaml'),
    'rules:\n  placeholder:\n    - warn\n    - words: ["TBD\\e]8;;http://evil\\a", "x\\u202ey"]\n',
  );
});
afterAll(() => remove());

/** Every line of a GitHub log that the runner would read as a workflow command. */
function commands(out: string): string[] {
  return out.split(/\r?\n|\r/).filter((l) => l.startsWith('::'));
}

describe('nothing a charter or a file name holds reaches a terminal or CI log raw', () => {
  it.each(['stylish', 'json', 'sarif', 'github'])('lint --format %s', async (format) => {
    const run = await runCli(['lint', '--format', format], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(RAW);
    expect(run.stderr).not.toMatch(RAW);
    if (format !== 'sarif') expect(run.stdout).toContain('\\u001b');
    for (const line of commands(run.stdout)) expect(line).toMatch(/^::(error|warning) file=/);
    if (format === 'stylish') expect(run.stdout).toContain('charters/evil\\u000a::stop-commands::x\\u001b[2J\\u202e.yaml\n');
    if (format === 'json') expect(JSON.stringify(JSON.parse(run.stdout))).toContain('\\u001b[2J\u202e.yaml');
  });

  it.each(['table', 'json', 'markdown', 'csv', 'mermaid', 'dot'])('deps --format %s, and its warning', async (format) => {
    const run = await runCli(['deps', '--format', format], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(RAW);
    expect(run.stderr).not.toMatch(RAW);
    expect(run.stderr).toContain('charters/evil\\u000a::stop-commands::x\\u001b[2J\\u202e.yaml have problems');
    expect(commands(run.stdout)).toEqual([]);
    if (format === 'json') expect((JSON.parse(run.stdout) as { for: string }[]).map((r) => r.for)).toContain(EVIL_FOR);
  });

  it('rules: options from the configuration, as a table and as json', async () => {
    const table = await runCli(['rules'], { cwd: dir });
    expect(table.code).toBe(0);
    expect(table.stdout).not.toMatch(RAW);
    expect(table.stdout).toContain('TBD\\u001b]8;;ht');
    const json = await runCli(['rules', '--format', 'json'], { cwd: dir });
    expect(json.stdout).not.toMatch(RAW);
    expect(json.stdout).toContain('x\\u202ey');
  });

  it('a path on the command line, echoed in an error', async () => {
    const run = await runCli(['lint', 'no\u001b]0;title\u0007such\n::stop-commands::x'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(RAW);
    expect(commands(run.stderr)).toEqual([]);
    expect(run.stderr.split('\n')).toHaveLength(2);
  });
});

describe('spreadsheet and markdown cells', () => {
  it('deps --format csv neutralizes cells a spreadsheet would run as a formula', async () => {
    const run = await runCli(['deps', '--format', 'csv'], { cwd: dir });
    expect(run.stdout.split('\n')).toEqual([
      'from,to,id,for,status,fulfilledBy',
      `csm,support,,"'=HYPERLINK(""http://evil"")\\u001b]8;;http://evil\\u0007click\\u001b]8;;\\u0007 \\u202egnp.exe\\u0085",unacknowledged,`,
      `csm,support,,'+cmd|' /C calc'!A0,unacknowledged,`,
      `csm,support,,'@SUM(1+1)\\u000dnext | row,unacknowledged,`,
      '',
    ]);
  });

  it('deps --format markdown: a CR does not end a table row', async () => {
    const run = await runCli(['deps', '--format', 'markdown'], { cwd: dir });
    expect(run.stdout).not.toContain('\r');
    const rows = run.stdout.split('\n').filter((l) => l.startsWith('|'));
    expect(rows).toHaveLength(2 + 3);
    for (const row of rows) expect(row).toMatch(/^\|.*\|$/);
  });

  it('the helpers', () => {
    expect(printable('a\u001b[2Jb\u202ec\n')).toBe('a\\u001b[2Jb\\u202ec\\u000a');
    expect(printable('a\nb\tc', '\n')).toBe('a\nb\\u0009c');
    expect(JSON.parse(printableJson(JSON.stringify({ a: '\u202e\u0085\u007f' })))).toEqual({ a: '\u202e\u0085\u007f' });
    expect(printableJson(JSON.stringify('\u202e'))).toBe('"\\u202e"');
    expect(['=1', '+1', '-1', '@x', '\tx', '\rx', 'ok', ''].map(inertCsvCell)).toEqual(["'=1", "'+1", "'-1", "'@x", "'\tx", "'\rx", 'ok', '']);
  });
});
