import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.js';
import { charterYaml } from '../helpers/org.js';

/** What a team's repository looks like: charters/, a configuration, a .git directory. */
let repo: string;

beforeEach(async () => {
  repo = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-adopt-'));
  await fs.mkdir(path.join(repo, '.git'));
  await fs.mkdir(path.join(repo, 'charters', 'drafts'), { recursive: true });
  await write('charters/csm.yaml', charterYaml('csm'));
  await write('charters/support.yaml', charterYaml('support'));
  // A draft with a placeholder: a warning by default, an error under the configuration below.
  await write('charters/drafts/renewals.yaml', charterYaml('renewals').replace('name: renewals team', 'name: TODO'));
  await fs.mkdir(path.join(repo, 'docs', 'deep'), { recursive: true });
});
afterEach(async () => {
  await fs.rm(repo, { recursive: true, force: true });
});

const write = (name: string, text: string): Promise<void> => fs.writeFile(path.join(repo, name), text);
const lint = (args: string[], options: { cwd?: string; stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> =>
  runCli(['lint', ...args], { cwd: options.cwd ?? repo, ...(options.stdin !== undefined ? { stdin: options.stdin } : {}), ...(options.env ? { env: options.env } : {}) });
const rulesOf = (run: CliRun): string[] => (JSON.parse(run.stdout) as { findings: { file: string; rule: string; severity: string }[] }).findings.map((f) => `${f.file} ${f.rule} ${f.severity}`);

describe('configuration discovery', () => {
  beforeEach(() => write('charter.config.yaml', 'rules:\n  placeholder: error\n'));

  it('finds charter.config.yaml in a directory above, up to the repository root, and reads charters relative to it', async () => {
    const fromRoot = await lint(['--format', 'json']);
    const fromBelow = await lint(['--format', 'json'], { cwd: path.join(repo, 'docs', 'deep') });
    expect(rulesOf(fromRoot)).toEqual(['charters/drafts/renewals.yaml placeholder error']);
    expect(fromBelow.code).toBe(1);
    expect(rulesOf(fromBelow)).toEqual([`${path.join(repo, 'charters/drafts/renewals.yaml')} placeholder error`]);
  });

  it('does not look above the repository root', async () => {
    const inner = path.join(repo, 'docs', 'deep');
    await fs.mkdir(path.join(inner, '.git'));
    await fs.mkdir(path.join(inner, 'charters'));
    await fs.writeFile(path.join(inner, 'charters', 'csm.yaml'), charterYaml('csm').replace('name: csm team', 'name: TODO'));
    const run = await lint(['--format', 'json'], { cwd: inner });
    expect(rulesOf(run)).toEqual(['charters/csm.yaml placeholder warn']);
  });

  it('--config wins over the file found', async () => {
    await write('strict.yaml', 'rules:\n  placeholder: off\n');
    const run = await lint(['--format', 'json', '--config', '../../strict.yaml'], { cwd: path.join(repo, 'docs', 'deep') });
    expect(run.code).toBe(0);
    expect(rulesOf(run)).toEqual([]);
  });

  it('says which directory holds both names', async () => {
    await write('charter.config.yml', 'rules: {}\n');
    const run = await lint([], { cwd: path.join(repo, 'docs') });
    expect(run).toMatchObject({ code: 2, stderr: `charter: both charter.config.yaml and charter.config.yml are in ${repo}; keep one (charter reads a single configuration file)\n` });
  });
});

describe('ignore: in the configuration', () => {
  beforeEach(() => write('charter.config.yaml', 'ignore:\n  - charters/drafts/\nrules:\n  placeholder: error\n'));

  it('leaves out what the patterns match (gitignore syntax, relative to the configuration)', async () => {
    const run = await lint(['--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary).toEqual({ files: 2, errors: 0, warnings: 0 });
  });

  it('leaves out an ignored file named on the command line, as pre-commit passes it, without failing', async () => {
    const run = await lint(['charters/drafts/renewals.yaml', 'charters/csm.yaml', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary).toEqual({ files: 1, errors: 0, warnings: 0 });
  });

  it('rejects a pattern that is not text, with its line', async () => {
    await write('charter.config.yaml', 'ignore: charters/drafts\n');
    expect(await lint([])).toMatchObject({
      code: 2,
      stderr: 'charter: charter.config.yaml:1:9: "ignore" should be a list of file patterns in .gitignore syntax, such as [charters/drafts/], got the text "charters/drafts"\n',
    });
  });
});

describe('glob patterns as paths', () => {
  it('lints the files a quoted pattern matches, in the context of the charters directory', async () => {
    const run = await lint(['charters/**/r*.yaml', '--format', 'json']);
    expect(rulesOf(run)).toEqual(['charters/drafts/renewals.yaml placeholder warn']);
    expect(JSON.parse(run.stdout).summary.files).toBe(1);
  });

  it('exits 2 when a pattern matches nothing', async () => {
    expect(await lint(['charters/*.yml'])).toEqual({ code: 2, stdout: '', stderr: 'charter: "charters/*.yml" matches no file\n' });
  });
});

describe('charter lint --stdin-filename <path> -', () => {
  it('lints standard input as that file, among the other charters, and reports on it only', async () => {
    const edited = charterYaml('csm').replace('dependencies: []', 'dependencies:\n  - team: suport\n    for: Answers.');
    const run = await lint(['--stdin-filename', 'charters/csm.yaml', '--format', 'json', '-'], { stdin: edited });
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout).findings as { file: string; line: number; rule: string; message: string }[];
    expect(findings.map((f) => [f.file, f.line, f.rule])).toEqual([['charters/csm.yaml', 19, 'dependency-unknown']]);
    expect((findings[0] as { help?: string }).help).toBe('did you mean "support"?');
  });

  it('lints a file that is not on disk yet', async () => {
    const run = await lint(['--stdin-filename', 'charters/renewals-new.yaml', '-'], { stdin: charterYaml('renewals-new') });
    expect(run).toEqual({ code: 0, stdout: '✔ No problems found in 1 charter.\n', stderr: '' });
  });

  it('needs both - and --stdin-filename', async () => {
    expect(await lint(['-'], { stdin: '' })).toMatchObject({ code: 2, stderr: expect.stringContaining('with --stdin-filename <path>') });
    expect(await lint(['--stdin-filename', 'charters/csm.yaml'], { stdin: '' })).toMatchObject({ code: 2, stderr: expect.stringContaining('add - to read it') });
  });
});

describe('--color and --no-color', () => {
  it('--color colours the report outside a terminal; --no-color wins over FORCE_COLOR', async () => {
    // csm's mission in the draft: one placeholder warning, shown in yellow with colour.
    const coloured = await lint(['--color', 'charters/drafts/renewals.yaml']);
    expect(coloured.stdout).toContain('\u001b[33mwarning\u001b[39m');
    const plain = await lint(['--no-color', 'charters/drafts/renewals.yaml'], { env: { FORCE_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\u001b[');
    expect(plain.stdout).toContain('warning');
  });
});

describe('the report in a narrow terminal', () => {
  it('wraps messages and help at word boundaries to the terminal, and aligns rule ids only when the aligned lines fit', async () => {
    await write('charters/csm.yaml', charterYaml('csm').replace('name: csm team', 'name: TODO').replace(/^mission: .*$/m, 'mission: TBD'));
    const narrow = await runCli(['lint', '--no-color', 'charters/csm.yaml'], { cwd: repo, tty: true, columns: 80 });
    expect(narrow.stdout).toBe(
      [
        '',
        'charters/csm.yaml',
        '  2:7   warning  "name" still holds the placeholder "TODO"  placeholder',
        '                 help: write the real name',
        '  4:10  warning  The mission "TBD" names no customer  mission-customer-focused',
        '                 help: say which need of the customer this function meets (none',
        '                 of "customer", "customers", "client", "clients", "user" or',
        '                 "users" appears); if it serves other teams rather than',
        '                 customers, mark its department "internal: true" in org.yaml',
        '  4:10  warning  "mission" still holds the placeholder "TBD"  placeholder',
        '                 help: write the one sentence that says which need of the',
        '                 customer this function answers',
        '',
        '✖ 3 problems (0 errors, 3 warnings)',
        '',
      ].join('\n'),
    );
    expect(narrow.stdout.split('\n').every((line) => line.length <= 80)).toBe(true);
    const wide = await runCli(['lint', '--no-color', 'charters/csm.yaml'], { cwd: repo, tty: true, columns: 1000 });
    expect(wide.stdout).toMatch(/\n {2}2:7 {3}warning {2}"name" still holds the placeholder "TODO" {4}placeholder\n {17}help: write the real name\n/);
  });
});
