import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BROKEN = 'tests/fixtures/cli/broken-org';

describe('charter lint', () => {
  it('finds nothing in the sample org and says how much it checked', async () => {
    const run = await runCli(['lint'], { cwd: ROOT });
    expect(run).toEqual({ code: 0, stdout: '✔ No problems found in 10 charters and org.yaml.\n', stderr: '' });
  });

  it('prints json in the documented shape, sorted, with every file read counted', async () => {
    const run = await runCli(['lint', BROKEN, '--format', 'json'], { cwd: ROOT });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Record<string, unknown>[]; summary: unknown };
    expect(Object.keys(report)).toEqual(['findings', 'summary']);
    expect(report.summary).toEqual({ files: 2, errors: 2, warnings: 0 });
    expect(report.findings.map((f) => Object.keys(f))).toEqual(
      report.findings.map((f) => ['file', 'line', 'column', 'endLine', 'endColumn', 'rule', 'messageId', 'severity', 'message', ...('help' in f ? ['help'] : [])]),
    );
    // A YAML syntax error says how to fix it, in help of its own.
    expect(report.findings.find((f) => f['rule'] === 'yaml-syntax')?.['help']).toEqual(expect.any(String));
    expect(report.findings.map((f) => [f['file'], f['line'], f['column'], f['rule']])).toEqual([
      [`${BROKEN}/csm.yaml`, 5, 19, 'schema'],
      [`${BROKEN}/support.yaml`, 3, 1, 'yaml-syntax'],
    ]);
  });

  it('groups stylish output by file and ends with a count', async () => {
    const run = await runCli(['lint', BROKEN], { cwd: ROOT });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`\n${BROKEN}/csm.yaml\n  5:19  error    "operatingMetrics" should be a list of operating metrics, got the number 3`);
    expect(run.stdout).toMatch(/\n✖ 2 problems \(2 errors, 0 warnings\)\n$/);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('colours stylish output only on a terminal without NO_COLOR', async () => {
    expect((await runCli(['lint', BROKEN], { cwd: ROOT, tty: true })).stdout).toContain('\u001b[');
    expect((await runCli(['lint', BROKEN], { cwd: ROOT, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it.each([
    [['lint', 'no-such-dir'], 'charter: no-such-dir: no such file or directory\n'],
    [['lint', '--format', 'xml'], "charter: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are stylish, compact, json, sarif, github.\n"],
    [['lint', '--max-warnings', 'many'], 'charter: --max-warnings takes a whole number of 0 or more, got "many"\n'],
    [['lint', '--no-such-flag'], "charter: unknown option '--no-such-flag'\n"],
  ])('exits 2 with one line for %j', async (argv, message) => {
    const run = await runCli(argv, { cwd: ROOT });
    expect(run).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('says what to do when there is no charters directory', async () => {
    const run = await runCli(['lint'], { cwd: path.join(ROOT, 'tests') });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('charter: no "charters" directory here; run charter lint <directory>, or start one with charter new <id>\n');
  });

  it('the built binary runs from a fresh install', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'dist/bin/charter.js'), 'lint'], { cwd: ROOT });
    expect(stdout).toBe('✔ No problems found in 10 charters and org.yaml.\n');
  });
});
