import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, packCopy } from './helpers.js';

/**
 * README's "Use it in your repository", from a tarball: npm pack in a checkout, then in
 * a new git repository npm install --save-dev <tarball>, charter init, charter new,
 * charter lint and the pre-commit hook init wrote.
 */
let work: string;
let team: string;
let packed: Awaited<ReturnType<typeof packCopy>>;
const charter = (...args: string[]) => exec('npx', ['--no-install', 'charter', ...args], team);

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-tarball-'));
  packed = await packCopy(work);
  team = path.join(work, 'team');
  await fs.mkdir(team);
  await exec('git', ['init', '-q'], team);
  await exec('npm', ['init', '-y'], team);
  const install = await exec('npm', ['install', '--save-dev', '--no-audit', '--no-fund', packed.tarball], team);
  if (install.code !== 0) throw new Error(`npm install failed: ${install.stderr}`);
}, 240_000);
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

describe('installed from a tarball of npm pack', () => {
  it('npm pack printed only the tarball name on standard output (what pre-commit reads)', () => {
    expect(packed.run).toMatchObject({ code: 0, stdout: 'charter-0.1.0.tgz\n' });
  });

  it('charter init, then charter lint: placeholder warnings only, exit 0', async () => {
    const init = await charter('init', '--github', '--pre-commit');
    expect(init.code).toBe(0);
    const lint = await charter('lint', '--format', 'json');
    expect(lint.code).toBe(0);
    const rules = new Set((JSON.parse(lint.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule));
    expect([...rules]).toEqual(['placeholder']);
  });

  it('charter new writes a modeline that reaches the installed schema from the charter', async () => {
    await charter('init');
    expect((await charter('new', 'renewals', '--department', 'department-1')).code).toBe(0);
    const first = (await fs.readFile(path.join(team, 'charters', 'renewals.yaml'), 'utf8')).split('\n')[0]!;
    expect(first).toBe('# yaml-language-server: $schema=../node_modules/charter/schemas/charter.schema.json');
    const schema = path.resolve(team, 'charters', first.split('$schema=')[1]!);
    expect(JSON.parse(await fs.readFile(schema, 'utf8'))).toMatchObject({ title: expect.any(String) });
    for (const [file, name] of [['charters/org.yaml', 'org'], ['charter.config.yaml', 'config']] as const) {
      const line = (await fs.readFile(path.join(team, file), 'utf8')).split('\n')[0]!;
      await fs.access(path.resolve(path.dirname(path.join(team, file)), line.split('$schema=')[1]!));
      expect(line).toContain(`node_modules/charter/schemas/${name}.schema.json`);
    }
  });

  it('the pre-commit hook charter init wrote passes placeholders and blocks an error', async () => {
    await charter('init', '--pre-commit');
    const home = { PRE_COMMIT_HOME: path.join(work, 'pre-commit-home') };
    await exec('git', ['add', '-A'], team);
    const pass = await exec('pre-commit', ['run', '--all-files'], team, home);
    expect(pass.stdout).toMatch(/charter lint\.+Passed/);
    expect(pass.code).toBe(0);
    const fn = path.join(team, 'charters', 'function-1.yaml');
    await fs.writeFile(fn, (await fs.readFile(fn, 'utf8')).replace(/^mission: .*$/m, 'mission: Help customers. Run webinars.'));
    const fail = await exec('pre-commit', ['run', '--all-files'], team, home);
    expect(fail.code).toBe(1);
    expect(fail.stdout).toMatch(/charter lint\.+Failed/);
    expect(fail.stdout).toContain('mission-one-sentence');
  });
});
