import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charterYaml } from '../helpers/org.js';
import { exec, ROOT } from './helpers.js';

/**
 * The hooks of .pre-commit-hooks.yaml with real pre-commit, as a team adds them by
 * this repository's URL: `pre-commit try-repo` clones this repository, installs it
 * the way pre-commit installs node hooks (npm install, npm pack, npm install -g of
 * the tarball, with the system's node) and runs the hook on a scratch repository.
 */
let work: string;
let team: string;
const env = {
  PRE_COMMIT_HOME: '',
  GIT_AUTHOR_NAME: 'charter tests',
  GIT_AUTHOR_EMAIL: 'tests@example.invalid',
  GIT_COMMITTER_NAME: 'charter tests',
  GIT_COMMITTER_EMAIL: 'tests@example.invalid',
};
const tryRepo = () => exec('pre-commit', ['try-repo', ROOT, 'charter-lint', '--all-files'], team, env);

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-pre-commit-'));
  env.PRE_COMMIT_HOME = path.join(work, 'home');
  team = path.join(work, 'team');
  await fs.mkdir(path.join(team, 'charters'), { recursive: true });
  await exec('git', ['init', '-q'], team);
  await fs.writeFile(path.join(team, 'charters', 'csm.yaml'), charterYaml('csm'));
  await fs.writeFile(path.join(team, 'charters', 'support.yaml'), charterYaml('support'));
  await exec('git', ['add', '-A'], team);
});
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

describe('pre-commit try-repo <this repository> charter-lint', () => {
  it('passes good charters and blocks a bad one, naming the file, line and rule', async () => {
    const good = await tryRepo();
    expect(good.stdout).toMatch(/charter lint\.+Passed/);
    expect(good.code).toBe(0);

    await fs.writeFile(path.join(team, 'charters', 'support.yaml'), charterYaml('support').replace('dependencies: []', 'dependencies:\n  - team: suport\n    for: Answers.'));
    await exec('git', ['add', '-A'], team);
    const bad = await tryRepo();
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/charter lint\.+Failed/);
    expect(bad.stdout).toContain('charters/support.yaml');
    expect(bad.stdout).toMatch(/19:11 +error +"suport" is not a function, department or external team +dependency-unknown\n +help: did you mean "support"\?/);
  }, 400_000);
});
