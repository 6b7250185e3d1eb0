import { readFileSync, renameSync, writeFileSync, mkdtempSync, statSync, rmSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { commitAll, git, removeRepo, repoWith } from '../helpers/git.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/diff');

/** Edits a file of the repository in place. */
function edit(dir: string, file: string, change: (text: string) => string): void {
  const p = path.join(dir, file);
  const before = readFileSync(p, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`edit of ${file} changed nothing`);
  writeFileSync(p, after);
}

/**
 * The change the tests review: cs-sales renamed to renewal-sales (same content, new id
 * and file, csm's fulfils follow), and its placeholder fixed; support drops a fulfils;
 * onboarding-training's mission rewritten; enablement gains a dependency on a misspelt team.
 */
function changeOrg(dir: string): void {
  git(dir, 'mv', 'charters/cs-sales.yaml', 'charters/renewal-sales.yaml');
  edit(dir, 'charters/renewal-sales.yaml', (t) => t.replace('id: cs-sales', 'id: renewal-sales').replace('    target: TODO\n', ''));
  edit(dir, 'charters/csm.yaml', (t) => t.replaceAll('cs-sales/', 'renewal-sales/'));
  edit(dir, 'charters/support.yaml', (t) => t.replace('    fulfils: [csm/break-fix]\n', ''));
  edit(dir, 'charters/onboarding-training.yaml', (t) =>
    t.replace(/^mission: .*$/m, "mission: Get each customer's administrators and users running the product on their own within their first month."),
  );
  edit(dir, 'charters/enablement.yaml', (t) => `${t}  - team: suport\n    for: Answers to the product questions new staff ask.\n`);
}

function expected(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

describe('charter diff between git revisions', () => {
  let repo: string;
  beforeEach(() => {
    repo = repoWith(path.join(FIXTURES, 'org'));
  });
  afterEach(() => removeRepo(repo));

  it('reports the change against the working tree, in words (stylish)', async () => {
    changeOrg(repo);
    const run = await runCli(['diff', 'main'], { cwd: repo });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(expected('expected.txt'));
    expect(run.code).toBe(0);
  });

  it('wraps long lines under their own text in a terminal 80 columns wide', async () => {
    changeOrg(repo);
    const run = await runCli(['diff', 'main'], { cwd: repo, columns: 80 });
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => l.length > 80)).toEqual([]);
    expect(lines).toContain('          before: Shorten the customer\'s time to value by teaching its');
    expect(lines).toContain('                  administrators and users how to run and use the product.');
  });

  it('writes a pull request comment (markdown)', async () => {
    changeOrg(repo);
    const run = await runCli(['diff', 'main', '--format', 'markdown'], { cwd: repo });
    expect(run.stdout).toBe(expected('expected.md'));
    expect(run.code).toBe(0);
  });

  it('gives the change as JSON, with dependency statuses as charter deps gives them', async () => {
    changeOrg(repo);
    const run = await runCli(['diff', 'main', '--format', 'json'], { cwd: repo });
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(expected('expected.json')));
    const deps = JSON.parse((await runCli(['deps', '--format', 'json'], { cwd: repo })).stdout) as { from: string; to: string; id: string | null; status: string }[];
    const diff = JSON.parse(run.stdout) as { dependencies: { from: string; to: string; id: string | null; after: string | null }[] };
    for (const d of diff.dependencies.filter((x) => x.after !== null)) {
      expect(deps.find((r) => r.from === d.from && r.to === d.to && r.id === d.id)?.status).toBe(d.after);
    }
  });

  it('compares two commits the same way, and names them', async () => {
    changeOrg(repo);
    commitAll(repo, 'Rename cs-sales, and more');
    const run = await runCli(['diff', 'main~1', 'main', '--format', 'json'], { cwd: repo });
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(json['base']).toBe('main~1');
    expect(json['head']).toBe('main');
    const worktree = JSON.parse(expected('expected.json')) as Record<string, unknown>;
    expect({ ...json, base: '', head: '' }).toEqual({ ...worktree, base: '', head: '' });
  });

  it('finds the rename as a rename, and keeps the renamed file\'s unchanged findings out of the report', async () => {
    changeOrg(repo);
    const json = JSON.parse((await runCli(['diff', 'main', '-f', 'json'], { cwd: repo })).stdout) as {
      functions: { added: string[]; removed: string[]; renamed: { from: string; to: string }[] };
      findings: { introduced: { rule: string; file: string }[]; fixed: { rule: string; file: string }[] };
    };
    expect(json.functions.renamed).toEqual([{ from: 'cs-sales', to: 'renewal-sales', name: 'Customer Success Sales', similarity: 0.99 }]);
    expect(json.functions.added).toEqual([]);
    expect(json.functions.removed).toEqual([]);
    expect(json.findings.fixed.map((f) => [f.file, f.rule])).toEqual([['charters/cs-sales.yaml', 'placeholder']]);
    expect(json.findings.introduced.map((f) => f.rule)).not.toContain('metric-no-outcome');
  });

  it('reports no change when nothing changed', async () => {
    const run = await runCli(['diff', 'main'], { cwd: repo });
    expect(run.stdout).toBe('Changes to the organization from main to working tree\n\nNo change to the organization, and no new or fixed problems.\n');
    expect(run.code).toBe(0);
  });

  it('exits 1 with --fail-on-new-errors when the head has new errors, 0 when it has only new warnings', async () => {
    changeOrg(repo);
    expect((await runCli(['diff', 'main', '--fail-on-new-errors'], { cwd: repo })).code).toBe(1);
    git(repo, 'checkout', '-q', '--', 'charters/enablement.yaml');
    expect((await runCli(['diff', 'main', '--fail-on-new-errors'], { cwd: repo })).code).toBe(0);
  });

  it('never touches the working tree or the index', async () => {
    changeOrg(repo);
    const status = git(repo, 'status', '--porcelain');
    const index = statSync(path.join(repo, '.git', 'index')).mtimeMs;
    await runCli(['diff', 'main'], { cwd: repo });
    await runCli(['diff', 'main~0', 'main'], { cwd: repo });
    expect(statSync(path.join(repo, '.git', 'index')).mtimeMs).toBe(index);
    expect(git(repo, 'status', '--porcelain')).toBe(status);
  });

  it('reads the revision from a subdirectory of the repository, with the configuration of each revision', async () => {
    const sub = path.join(repo, 'cs');
    mkdirSync(sub);
    git(repo, 'mv', 'charters', 'cs/charters');
    writeFileSync(path.join(sub, 'charter.config.yaml'), 'rules:\n  placeholder: error\n');
    commitAll(repo, 'Move the org into cs/');
    edit(repo, 'cs/charters/cs-sales.yaml', (t) => t.replace('    target: TODO\n', ''));
    const run = await runCli(['diff', 'main', '-f', 'json'], { cwd: sub });
    const json = JSON.parse(run.stdout) as { findings: { fixed: { file: string; rule: string; severity: string; line: number }[] } };
    expect(json.findings.fixed.map((f) => [f.file, f.rule, f.severity, f.line])).toEqual([['charters/cs-sales.yaml', 'placeholder', 'error', 27]]);
  });

  it('says which revision has a bad configuration (exit 2)', async () => {
    writeFileSync(path.join(repo, 'charter.config.yaml'), 'rules:\n  placholder: error\n');
    commitAll(repo, 'A typo in the configuration');
    const run = await runCli(['diff', 'main', 'main~1'], { cwd: repo });
    expect(run.stderr).toBe('charter: at main: charter.config.yaml:2:3: "placholder" is not a rule; did you mean "placeholder"?\n');
    expect(run.code).toBe(2);
  });

  it('treats a revision with no charters as an empty organization', async () => {
    git(repo, 'checkout', '-q', '--orphan', 'empty');
    git(repo, 'rm', '-rq', '--cached', '.');
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'nothing');
    const run = await runCli(['diff', 'empty', 'main', '-f', 'json'], { cwd: repo });
    const json = JSON.parse(run.stdout) as { functions: { added: string[] } };
    expect(json.functions.added).toHaveLength(10);
    expect(run.code).toBe(0);
  });

  it('says in one line when a revision does not exist (exit 2)', async () => {
    const run = await runCli(['diff', 'no-such-branch'], { cwd: repo });
    expect(run.stderr).toBe('charter: "no-such-branch" is not a revision of this repository (a branch, tag or commit); git log --oneline lists the commits\n');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
    const head = await runCli(['diff', 'main', 'nope~3'], { cwd: repo });
    expect(head.stderr).toBe('charter: "nope~3" is not a revision of this repository (a branch, tag or commit); git log --oneline lists the commits\n');
    expect(head.code).toBe(2);
  });
});

describe('charter diff outside a repository, and between directories', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'charter-nogit-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('says in one line that this is not a git repository (exit 2)', async () => {
    const run = await runCli(['diff', 'main'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: path.dirname(dir) } });
    expect(run.stderr).toBe(`charter: ${dir} is not in a git repository; to compare two directories instead, run charter diff <old-dir> <new-dir>\n`);
    expect(run.code).toBe(2);
  });

  it('compares two directories, matching findings by their path inside each', async () => {
    const repo = repoWith(path.join(FIXTURES, 'org'));
    try {
      changeOrg(repo);
      const old = path.join(dir, 'old');
      git(repo, 'worktree', 'add', '-q', '--detach', old, 'main');
      renameSync(path.join(repo, 'charters'), path.join(dir, 'new'));
      const run = await runCli(['diff', 'old/charters', 'new', '-f', 'json'], { cwd: dir });
      const json = JSON.parse(run.stdout) as Record<string, unknown> & { findings: { introduced: { file: string }[]; fixed: { file: string }[] } };
      expect(json['base']).toBe('old/charters');
      expect(json.findings.fixed.map((f) => f.file)).toEqual(['old/charters/cs-sales.yaml']);
      expect(json.findings.introduced.map((f) => f.file)).toEqual(['new/csm.yaml', 'new/enablement.yaml']);
      const worktree = JSON.parse(expected('expected.json')) as Record<string, unknown>;
      expect(json['functions']).toEqual(worktree['functions']);
      expect(json['dependencies']).toEqual(worktree['dependencies']);
    } finally {
      removeRepo(repo);
    }
  });

  it('says in one line when a directory does not exist (exit 2)', async () => {
    mkdirSync(path.join(dir, 'old'));
    const run = await runCli(['diff', 'old', 'missing'], { cwd: dir });
    expect(run.stderr).toBe('charter: missing: no such directory; compare two charters directories, or two git revisions\n');
    expect(run.code).toBe(2);
  });
});
