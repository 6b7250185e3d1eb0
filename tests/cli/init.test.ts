import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runInit } from '../../src/cli/commands/init.js';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../helpers/cli.js';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-init-'));
  await fs.mkdir(path.join(dir, '.git'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const read = (name: string): Promise<string> => fs.readFile(path.join(dir, name), 'utf8');
const findingsOf = async (): Promise<{ code: number; rules: string[] }> => {
  const run = await runCli(['lint', '--format', 'json'], { cwd: dir });
  return { code: run.code, rules: [...new Set((JSON.parse(run.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule))] };
};

/** A terminal stand-in: answers the questions in order, and records them. */
function answering(answers: string[]): { io: CliIO; asked: string[]; out: () => string; ask: (q: string) => Promise<string> } {
  const asked: string[] = [];
  let out = '';
  const io: CliIO = { stdout: { write: (t) => void (out += t) }, stderr: { write: () => undefined }, cwd: dir, env: {}, stdinIsTTY: true };
  return { io, asked, out: () => out, ask: (q) => (asked.push(q), Promise.resolve(answers.shift() ?? '')) };
}

describe('charter init', () => {
  it('without a terminal: writes placeholders, and the result lints with placeholder warnings only', async () => {
    const run = await runCli(['init'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Created charter.config.yaml\nCreated charters\/org.yaml\nCreated charters\/function-1.yaml\nNext:/);
    expect(await findingsOf()).toEqual({ code: 0, rules: ['placeholder'] });
    await expect(fs.access(path.join(dir, '.github'))).rejects.toThrow();
  });

  it('asks in a terminal for the name, the sponsor and the needs, one a line', async () => {
    const t = answering(['Acme Customer Success', 'Chief Customer Officer', 'Achieve their business outcomes', 'Get help when stuck', '']);
    expect(await runInit('.', { charters: 'charters' }, t.io, t.ask)).toBe(0);
    expect(t.asked).toEqual([
      'Name of your organization (Enter for a TODO): ',
      'Executive sponsor, e.g. Chief Customer Officer (Enter for a TODO): ',
      'Need 1: ',
      'Need 2: ',
      'Need 3: ',
    ]);
    const org = parse(await read('charters/org.yaml')) as Record<string, unknown>;
    expect(org['name']).toBe('Acme Customer Success');
    expect(org['executiveSponsor']).toBe('Chief Customer Officer');
    expect(org['customerNeeds']).toEqual([
      { id: 'achieve-their-business-outcomes', name: 'Achieve their business outcomes' },
      { id: 'get-help-when-stuck', name: 'Get help when stuck' },
    ]);
    expect((org['departments'] as { need: string }[]).map((d) => d.need)).toEqual(['achieve-their-business-outcomes', 'get-help-when-stuck']);
    expect(await fs.readdir(path.join(dir, 'charters'))).toEqual(['function-1.yaml', 'function-2.yaml', 'org.yaml']);
    expect(await findingsOf()).toEqual({ code: 0, rules: ['placeholder'] });
  });

  it('takes flags instead of questions', async () => {
    const t = answering([]);
    await runInit('.', { charters: 'charters', name: 'Acme CS', sponsor: 'CCO', need: ['Renew with confidence'] }, t.io, t.ask);
    expect(t.asked).toEqual([]);
    expect(parse(await read('charters/org.yaml'))).toMatchObject({ name: 'Acme CS', executiveSponsor: 'CCO', customerNeeds: [{ id: 'renew-with-confidence' }] });
  });

  it('--github writes a workflow that lints pull requests with annotations and uploads SARIF', async () => {
    await runCli(['init', '--github'], { cwd: dir });
    const workflow = parse(await read('.github/workflows/charters.yml')) as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: { lint: { steps: { run?: string; uses?: string; with?: Record<string, string> }[] } } };
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(workflow.permissions['security-events']).toBe('write');
    const steps = workflow.jobs.lint.steps;
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npx charter lint charters', 'npx charter lint charters --format sarif --output-file charter.sarif']);
    expect(steps.at(-1)).toMatchObject({ uses: 'github/codeql-action/upload-sarif@v3', with: { sarif_file: 'charter.sarif' } });
  });

  it('--pre-commit writes a hook on the charters directory that runs the installed charter', async () => {
    await runCli(['init', '--pre-commit', '--charters', 'cs/charters'], { cwd: dir });
    const config = parse(await read('.pre-commit-config.yaml')) as { repos: { repo: string; hooks: { id: string; entry: string; language: string; files: string }[] }[] };
    expect(config.repos[0]!.repo).toBe('local');
    const hook = config.repos[0]!.hooks[0]!;
    expect(hook).toMatchObject({ id: 'charter-lint', entry: 'npx --no-install charter lint', language: 'system' });
    expect(new RegExp(hook.files).test('cs/charters/csm.yaml')).toBe(true);
    expect(new RegExp(hook.files).test('charters/csm.yaml')).toBe(false);
    expect(await read('charter.config.yaml')).toContain('\ncharters: cs/charters\n');
  });

  it('never overwrites: existing files are kept and said so, and charters are not added beside existing ones', async () => {
    await fs.mkdir(path.join(dir, 'charters'));
    await fs.writeFile(path.join(dir, 'charters', 'csm.yaml'), 'mine\n');
    await fs.writeFile(path.join(dir, 'charter.config.yaml'), 'mine too\n');
    const run = await runCli(['init', '--github'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Kept charters/ as it is: it already holds charters\n');
    expect(run.stdout).toContain('Kept charter.config.yaml: it already exists (charter init never overwrites a file)\n');
    expect(run.stdout).toContain('Created .github/workflows/charters.yml\n');
    expect(await read('charter.config.yaml')).toBe('mine too\n');
    expect(await fs.readdir(path.join(dir, 'charters'))).toEqual(['csm.yaml']);
  });

  it('starts in another directory, and refuses a charters directory outside it', async () => {
    const run = await runCli(['init', 'team-repo'], { cwd: dir });
    expect(run.stdout).toContain('Created team-repo/charters/org.yaml\n');
    expect(run.stdout).toContain('Next (in team-repo):');
    expect(await runCli(['init', '--charters', '../elsewhere'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'charter: --charters ../elsewhere: give a directory inside the repository, such as charters\n' });
  });
});
