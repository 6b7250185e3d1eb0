import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, ROOT } from './helpers.js';

/**
 * README's other way to install: from the git repository by URL, pinned to a commit
 * (here the commit checked out, by a file: URL; npm clones it, installs its
 * development dependencies, builds it with the prepare script and packs it).
 */
let work: string;
let team: string;
let install: Awaited<ReturnType<typeof exec>>;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-git-install-'));
  team = path.join(work, 'team');
  await fs.mkdir(team);
  await exec('git', ['init', '-q'], team);
  await exec('npm', ['init', '-y'], team);
  const commit = (await exec('git', ['rev-parse', 'HEAD'], ROOT)).stdout.trim();
  install = await exec('npm', ['install', '--save-dev', '--no-audit', '--no-fund', `git+file://${ROOT}#${commit}`], team);
}, 400_000);
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

describe('npm install --save-dev git+<repository URL>#<commit>', () => {
  it('installs a built charter that runs, and new charters point at its schemas', async () => {
    expect(install.code).toBe(0);
    expect((await exec('npx', ['--no-install', 'charter', '--version'], team)).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await exec('npx', ['--no-install', 'charter', 'init'], team)).code).toBe(0);
    expect((await exec('npx', ['--no-install', 'charter', 'new', 'renewals', '--department', 'department-1'], team)).code).toBe(0);
    const modeline = (await fs.readFile(path.join(team, 'charters', 'renewals.yaml'), 'utf8')).split('\n')[0]!;
    expect(modeline).toBe('# yaml-language-server: $schema=../node_modules/charter/schemas/charter.schema.json');
    const lint = await exec('npx', ['--no-install', 'charter', 'lint', '--format', 'json'], team);
    expect(lint.code).toBe(0);
    expect(new Set((JSON.parse(lint.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule))).toEqual(new Set(['placeholder']));
  });
});
