import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.js';
import { charterYaml } from '../helpers/org.js';

let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-lint-cache-'));
  await fs.mkdir(path.join(dir, 'charters'));
  // csm depends on support; support acknowledges it; enablement has a schema error.
  await write('csm.yaml', charterYaml('csm').replace('dependencies: []', 'dependencies:\n  - team: support\n    for: Answers to technical questions.'));
  await write('support.yaml', charterYaml('support').replace('name: Run business reviews for support', 'name: Answer tickets\n    fulfils: [csm]'));
  await write('enablement.yaml', charterYaml('enablement', 'owner: [a list]\n'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const write = (name: string, text: string): Promise<void> => fs.writeFile(path.join(dir, 'charters', name), text);
const lint = (...args: string[]): Promise<CliRun> => runCli(['lint', ...args], { cwd: dir });

/** A run with --cache must print exactly what the same run without it prints. */
async function expectSameAsUncached(args: string[]): Promise<CliRun> {
  const cached = await lint(...args, '--cache');
  expect(cached).toEqual(await lint(...args));
  return cached;
}

describe('charter lint --cache', () => {
  it('prints the same report and exits the same, and keeps it in .charter-cache', async () => {
    const first = await expectSameAsUncached(['--format', 'json']);
    expect(first.code).toBe(1);
    expect(JSON.parse(first.stdout).findings).not.toEqual([]);
    await fs.access(path.join(dir, '.charter-cache'));
    expect(await lint('--format', 'json', '--cache')).toEqual(first);
    expect(await lint('--cache')).toEqual(await lint());
  });

  it('sees an edit, in the file edited and in the files whose findings it changes', async () => {
    await lint('--cache');
    // support.yaml no longer acknowledges csm's dependency: the new finding is in csm.yaml.
    await write('support.yaml', charterYaml('support'));
    const run = await expectSameAsUncached([]);
    expect(run.stdout).toContain('charters/csm.yaml');
    expect(run.stdout).toContain('dependency-unacknowledged');
  });

  it('sees a file fixed, and a file added', async () => {
    await lint('--cache');
    await write('enablement.yaml', charterYaml('enablement'));
    await write('onboarding.yaml', charterYaml('onboarding', '', 'Onboarding'));
    const run = await expectSameAsUncached(['--format', 'json']);
    const files = (JSON.parse(run.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file);
    expect(files).not.toContain('charters/enablement.yaml');
    expect(files).toContain('charters/onboarding.yaml');
  });

  it('sees a change of configuration', async () => {
    await lint('--cache');
    await fs.writeFile(path.join(dir, 'charter.config.yaml'), 'rules:\n  dependency-unacknowledged: off\n');
    await write('support.yaml', charterYaml('support'));
    await lint('--cache');
    await fs.writeFile(path.join(dir, 'charter.config.yaml'), 'rules:\n  dependency-unacknowledged: error\n');
    const run = await expectSameAsUncached([]);
    expect(run.stdout).toMatch(/error +.*dependency-unacknowledged/);
  });

  it('applies --quiet and --max-warnings to the findings it reuses', async () => {
    await lint('--cache');
    expect(await lint('--cache', '--quiet')).toEqual(await lint('--quiet'));
  });

  it('reports on named files in the context of the whole directory, as without it', async () => {
    await lint('--cache', 'charters/csm.yaml');
    await write('support.yaml', charterYaml('support'));
    const run = await expectSameAsUncached(['charters/csm.yaml']);
    expect(run.stdout).toContain('dependency-unacknowledged');
  });
});

describe('charter lint --cache-location', () => {
  it('writes the cache file there (a directory ending with "/" holds .charter-cache), and implies --cache', async () => {
    const run = await lint('--cache-location', 'tmp/lint-cache/');
    expect(run).toEqual(await lint());
    await fs.access(path.join(dir, 'tmp/lint-cache/.charter-cache'));
    await lint('--cache-location', 'my.cache');
    await fs.access(path.join(dir, 'my.cache'));
  });

  it('refuses to overwrite a file charter did not write: exit 2, one line, the file unchanged', async () => {
    const run = await lint('--cache-location', 'charters/csm.yaml');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('charter: --cache-location charters/csm.yaml would overwrite a charter; write the cache elsewhere, such as .charter-cache\n');
    expect(await fs.readFile(path.join(dir, 'charters/csm.yaml'), 'utf8')).toContain('dependencies:\n  - team: support');
  });

  it('still lints when the cache cannot be written, and says so', async () => {
    await fs.writeFile(path.join(dir, 'blocker'), '');
    // A cache file under a path whose parent is a file cannot be created.
    const run = await lint('--cache-location', 'blocker/cache');
    const plain = await lint();
    expect(run.code).toBe(plain.code);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.stderr).toMatch(/^charter: cannot write the cache file .*blocker\/cache \(a file stands where its folder should be\); give another --cache-location; this run's findings are not cached\n$/);
  });
});
