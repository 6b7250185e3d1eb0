import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const PROJECT = path.resolve(import.meta.dirname, '../fixtures/config/project');

/** `[file, line, rule, severity]` of a json report. */
function rows(stdout: string): [string, number, string, string][] {
  const report = JSON.parse(stdout) as { findings: { file: string; line: number; rule: string; severity: string }[] };
  return report.findings.map((f) => [f.file, f.line, f.rule, f.severity]);
}

describe('charter lint with charter.config.yaml', () => {
  it('reads the configuration in the working directory: its charters directory and rule levels', async () => {
    const run = await runCli(['lint', '-f', 'json'], { cwd: PROJECT });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    // activity-overlap is off, so the suppression comment in onboarding.yaml is not needed: an error here.
    expect(rows(run.stdout)).toEqual([
      ['org-charters/onboarding.yaml', 1, 'id-matches-filename', 'error'],
      ['org-charters/onboarding.yaml', 12, 'unused-suppression', 'error'],
      ['org-charters/team/csm.yaml', 1, 'duplicate-id', 'error'],
    ]);
  });

  it('--config reads another file; the comment then suppresses the overlap it names', async () => {
    const run = await runCli(['lint', '-f', 'json', '--config', 'strict.yaml'], { cwd: PROJECT });
    expect(rows(run.stdout)).toEqual([
      ['org-charters/onboarding.yaml', 1, 'id-matches-filename', 'error'],
      ['org-charters/team/csm.yaml', 1, 'duplicate-id', 'error'],
    ]);
  });

  it('--no-inline-config ignores the comments', async () => {
    const run = await runCli(['lint', '-f', 'json', '--config', 'strict.yaml', '--no-inline-config'], { cwd: PROJECT });
    expect(rows(run.stdout)).toEqual([
      ['org-charters/onboarding.yaml', 1, 'id-matches-filename', 'error'],
      ['org-charters/onboarding.yaml', 14, 'activity-overlap', 'error'],
      ['org-charters/team/csm.yaml', 1, 'duplicate-id', 'error'],
    ]);
  });

  it('a bad configuration is exit 2 with file:line:column and the nearest rule id, before any charter is read', async () => {
    const run = await runCli(['lint', '--config', 'broken.yaml'], { cwd: PROJECT });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'charter: broken.yaml:2:3: "placholder" is not a rule; did you mean "placeholder"?\n' });
  });

  it('a --config that does not exist is exit 2', async () => {
    const run = await runCli(['lint', '--config', 'nope.yaml'], { cwd: PROJECT });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'charter: --config nope.yaml: no such file\n' });
  });

  it('the charters directory of --config is relative to that file, wherever charter runs', async () => {
    const run = await runCli(['lint', '-f', 'json', '--config', '../../strict.yaml'], { cwd: path.join(PROJECT, 'org-charters/team') });
    expect(rows(run.stdout).map(([file]) => file)).toEqual([path.join(PROJECT, 'org-charters/onboarding.yaml'), 'csm.yaml']);
  });

  it('a charters directory of the configuration that does not exist is exit 2, naming the setting', async () => {
    const run = await runCli(['lint', '--config', 'moved.yaml'], { cwd: PROJECT });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'charter: no "old-charters" directory, where "charters" in moved.yaml says the charters are; fix that path, or run charter lint <directory>\n',
    });
  });
});

describe('charter lint with files named (as pre-commit passes them)', () => {
  it('still reads the whole charters directory, and reports on the named files only', async () => {
    // duplicate-id needs org-charters/csm.yaml, which is not named.
    const run = await runCli(['lint', '-f', 'json', 'org-charters/team/csm.yaml'], { cwd: PROJECT });
    expect(rows(run.stdout)).toEqual([['org-charters/team/csm.yaml', 1, 'duplicate-id', 'error']]);
    expect(JSON.parse(run.stdout).summary).toEqual({ files: 1, errors: 1, warnings: 0 });
  });

  it('a clean named file passes, whatever the other files hold', async () => {
    const run = await runCli(['lint', 'org-charters/csm.yaml'], { cwd: PROJECT });
    expect(run).toEqual({ code: 0, stdout: '✔ No problems found in 1 charter.\n', stderr: '' });
  });

  it('names several files and a subdirectory', async () => {
    const run = await runCli(['lint', '-f', 'json', 'org-charters/csm.yaml', 'org-charters/team'], { cwd: PROJECT });
    expect(rows(run.stdout)).toEqual([['org-charters/team/csm.yaml', 1, 'duplicate-id', 'error']]);
  });

  it.each([
    [['lint', 'org-charters/nope.yaml'], 'charter: org-charters/nope.yaml: no such file or directory\n'],
    [['lint', 'empty'], 'charter: empty: no charter files here (charters are .yaml or .yml files)\n'],
    [['lint', 'notes.md'], 'charter: notes.md is not a charter file: charters are .yaml or .yml files\n'],
  ])('a path that matches no charter is exit 2: %j', async (argv, stderr) => {
    const run = await runCli(argv, { cwd: PROJECT });
    expect(run).toEqual({ code: 2, stdout: '', stderr });
  });
});
