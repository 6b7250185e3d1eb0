import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { commitAll, git, repoWith, removeRepo } from '../helpers/git.js';

const ORG = path.resolve(import.meta.dirname, '../fixtures/diff/org');

/** The fixture org has two warnings in charters/cs-sales.yaml: metric-no-outcome (line 22) and placeholder (line 27). */
const SUPPRESSED_ALL = `{
  "charters/cs-sales.yaml": {
    "metric-no-outcome": {
      "count": 1
    },
    "placeholder": {
      "count": 1
    }
  }
}
`;

function edit(dir: string, file: string, change: (text: string) => string): void {
  const p = path.join(dir, file);
  writeFileSync(p, change(readFileSync(p, 'utf8')));
}

/** A second placeholder in cs-sales.yaml, and a dependency on a misspelt team in enablement.yaml. */
function addProblems(dir: string): void {
  edit(dir, 'charters/cs-sales.yaml', (t) => t.replace('    name: Resolution rate\n', '    name: Resolution rate\n    target: TBD\n'));
  edit(dir, 'charters/enablement.yaml', (t) => `${t}  - team: suport\n    for: Answers to the product questions new staff ask.\n`);
}

describe('bulk suppressions (charter-suppressions.json)', () => {
  let dir: string;
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'charter-bulk-')));
    cpSync(ORG, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('--suppress-all writes the counts per file and rule next to the configuration, and says how many it hid', async () => {
    const run = await runCli(['lint', '--suppress-all'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'charter-suppressions.json'), 'utf8')).toBe(SUPPRESSED_ALL);
    expect(run.stderr).toBe('charter: wrote charter-suppressions.json: 2 problems accepted, in 2 entries\n');
    expect(run.stdout).toBe('✔ No problems found in 10 charters and org.yaml (2 suppressed).\n');
    expect(run.code).toBe(0);
    const again = await runCli(['lint', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(again.stdout)).toEqual({ findings: [], summary: { files: 11, errors: 0, warnings: 0, suppressed: 2 } });
  });

  it('shows every problem of a file and rule once there are more than the count, and new problems elsewhere', async () => {
    await runCli(['lint', '--suppress-all'], { cwd: dir });
    addProblems(dir);
    const run = await runCli(['lint', '--format', 'json'], { cwd: dir });
    const json = JSON.parse(run.stdout) as { findings: { file: string; line: number; rule: string }[]; summary: unknown };
    expect(json.findings.map((f) => [f.file, f.line, f.rule])).toEqual([
      ['charters/cs-sales.yaml', 20, 'placeholder'],
      ['charters/cs-sales.yaml', 28, 'placeholder'],
      ['charters/enablement.yaml', 64, 'dependency-unknown'],
    ]);
    expect(json.summary).toEqual({ files: 11, errors: 1, warnings: 2, suppressed: 1 });
    expect(run.code).toBe(1);
    const stylish = await runCli(['lint'], { cwd: dir });
    expect(stylish.stdout.trimEnd().split('\n').pop()).toBe('✖ 3 problems (1 error, 2 warnings), 1 suppressed');
  });

  it('reports an entry that matches nothing like an unused suppression comment; --prune-suppressions removes it', async () => {
    await runCli(['lint', '--suppress-all'], { cwd: dir });
    edit(dir, 'charters/cs-sales.yaml', (t) => t.replace('    target: TODO\n', ''));
    const run = await runCli(['lint'], { cwd: dir });
    expect(run.stdout).toBe(
      '\ncharter-suppressions.json\n' +
        '  6:5  warning  "placeholder" reports no problem in charters/cs-sales.yaml any more: its entry in charter-suppressions.json is not needed  unused-suppression\n' +
        '                help: run charter lint --prune-suppressions to remove it\n' +
        '\n✖ 1 problem (0 errors, 1 warning), 1 suppressed\n',
    );
    const pruned = await runCli(['lint', '--prune-suppressions'], { cwd: dir });
    expect(pruned.stdout).toBe('✔ No problems found in 10 charters and org.yaml (1 suppressed).\n');
    expect(readFileSync(path.join(dir, 'charter-suppressions.json'), 'utf8')).toBe('{\n  "charters/cs-sales.yaml": {\n    "metric-no-outcome": {\n      "count": 1\n    }\n  }\n}\n');
  });

  it('--suppress-rule rewrites one rule\'s counts and keeps the rest; an unknown rule is one line, exit 2', async () => {
    writeFileSync(path.join(dir, 'charter-suppressions.json'), '{ "charters/old.yaml": { "placeholder": { "count": 3 } } }');
    addProblems(dir);
    const run = await runCli(['lint', '--suppress-rule', 'dependency-unknown', '--suppress-rule', 'metric-no-outcome'], { cwd: dir });
    expect(JSON.parse(readFileSync(path.join(dir, 'charter-suppressions.json'), 'utf8'))).toEqual({
      'charters/cs-sales.yaml': { 'metric-no-outcome': { count: 1 } },
      'charters/enablement.yaml': { 'dependency-unknown': { count: 1 } },
      'charters/old.yaml': { placeholder: { count: 3 } },
    });
    expect(run.stdout).toContain('✖ 3 problems (0 errors, 3 warnings), 2 suppressed');
    const bad = await runCli(['lint', '--suppress-rule', 'placholder'], { cwd: dir });
    expect(bad.stderr).toBe('charter: --suppress-rule placholder: not a rule; did you mean "placeholder"?\n');
    expect(bad.code).toBe(2);
  });

  it('leaves the entries of files not reported on alone when given files', async () => {
    await runCli(['lint', '--suppress-all'], { cwd: dir });
    const run = await runCli(['lint', 'charters/csm.yaml'], { cwd: dir });
    expect(run.stdout).toBe('✔ No problems found in 1 charter.\n');
    expect(run.code).toBe(0);
  });

  it('sees a change to the file through --cache', async () => {
    const first = await runCli(['lint', '--cache'], { cwd: dir });
    expect(first.stdout).toContain('✖ 2 problems (0 errors, 2 warnings)');
    writeFileSync(path.join(dir, 'charter-suppressions.json'), SUPPRESSED_ALL);
    const second = await runCli(['lint', '--cache'], { cwd: dir });
    expect(second.stdout).toBe('✔ No problems found in 10 charters and org.yaml (2 suppressed).\n');
  });

  it('refuses a file that is not JSON in one line (exit 2)', async () => {
    writeFileSync(path.join(dir, 'charter-suppressions.json'), '{ "charters/csm.yaml": ');
    const run = await runCli(['lint'], { cwd: dir });
    expect(run.stderr).toMatch(/^charter: charter-suppressions\.json: not valid JSON \(.*\); fix it, or delete it and run charter lint --suppress-all again\n$/);
    expect(run.code).toBe(2);
  });

  it('keeps the file next to the configuration given with --config', async () => {
    cpSync(path.join(dir, 'charters'), path.join(dir, 'cs', 'charters'), { recursive: true });
    writeFileSync(path.join(dir, 'cs', 'charter.config.yaml'), 'charters: charters\n');
    await runCli(['lint', '--config', 'cs/charter.config.yaml', '--suppress-all'], { cwd: dir });
    expect(JSON.parse(readFileSync(path.join(dir, 'cs', 'charter-suppressions.json'), 'utf8'))).toEqual({
      'charters/cs-sales.yaml': { 'metric-no-outcome': { count: 1 }, placeholder: { count: 1 } },
    });
  });
});

describe('charter lint --since <revision>', () => {
  let repo: string;
  beforeEach(() => {
    repo = repoWith(ORG);
  });
  afterEach(() => removeRepo(repo));

  it('reports only the problems the revision did not have, a renamed file\'s old ones included', async () => {
    git(repo, 'mv', 'charters/cs-sales.yaml', 'charters/renewal-sales.yaml');
    edit(repo, 'charters/renewal-sales.yaml', (t) => t.replace('id: cs-sales', 'id: renewal-sales'));
    edit(repo, 'charters/csm.yaml', (t) => t.replaceAll('cs-sales/', 'renewal-sales/'));
    edit(repo, 'charters/enablement.yaml', (t) => `${t}  - team: suport\n    for: Answers to the product questions new staff ask.\n`);
    edit(repo, 'charters/renewal-sales.yaml', (t) => t.replace('    name: Resolution rate\n', '    name: Resolution rate\n    target: TBD\n'));
    const run = await runCli(['lint', '--since', 'main', '--format', 'json'], { cwd: repo });
    const json = JSON.parse(run.stdout) as { findings: { file: string; line: number; rule: string }[] };
    expect(json.findings.map((f) => [f.file, f.line, f.rule])).toEqual([
      ['charters/enablement.yaml', 64, 'dependency-unknown'],
      ['charters/renewal-sales.yaml', 20, 'placeholder'],
    ]);
    expect(run.code).toBe(1);
  });

  it('exits 0 when the only problems are old ones, and judges the revision by today\'s configuration', async () => {
    // At the revision, placeholder was off; turning it on shows no old placeholder as new.
    writeFileSync(path.join(repo, 'charter.config.yaml'), 'rules:\n  placeholder: \'off\'\n');
    commitAll(repo, 'placeholder off');
    writeFileSync(path.join(repo, 'charter.config.yaml'), 'rules:\n  placeholder: error\n');
    const run = await runCli(['lint', '--since', 'main'], { cwd: repo });
    expect(run.stdout).toBe('✔ No problems found in 10 charters and org.yaml.\n');
    expect(run.code).toBe(0);
    expect((await runCli(['lint'], { cwd: repo })).code).toBe(1);
    const bad = await runCli(['lint', '--since', 'nope'], { cwd: repo });
    expect(bad.stderr).toBe('charter: "nope" is not a revision of this repository (a branch, tag or commit); git log --oneline lists the commits\n');
    expect(bad.code).toBe(2);
  });
});
