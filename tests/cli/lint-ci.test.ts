import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageVersion } from '../../src/version.js';
import { rules } from '../../src/rules/index.js';
import { runCli } from '../helpers/cli.js';
import { sarifValidator } from '../fixtures/sarif/validate.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ORG = 'tests/fixtures/format/charters';

/** The fixture's two findings, as --format github writes them from the repository root. */
const ANNOTATIONS =
  `::error file=${ORG}/csm.yaml,line=1,col=5,endLine=1,endColumn=8,title=charter (id-matches-filename)::The id "cms" differs from the file name "csm.yaml"%0AHelp: rename the file to "cms.yaml" or change the id to "csm"\n` +
  `::warning file=${ORG}/support.yaml,line=18,col=29,endLine=18,endColumn=40,title=charter (unused-suppression)::"placeholder" reports no problem on line 19: this suppression is not needed%0AHelp: remove "placeholder" from the comment (or the whole comment)\n`;

describe('charter lint --format sarif', () => {
  it('writes SARIF 2.1.0 that validates against the official schema, on stdout alone', async () => {
    const run = await runCli(['lint', ORG, '--format', 'sarif'], { cwd: ROOT, tty: true, env: { FORCE_COLOR: '1' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('\u001b[');
    const log = JSON.parse(run.stdout) as {
      runs: { tool: { driver: { name: string; version: string; rules: { id: string; helpUri: string }[] } }; results: Record<string, unknown>[] }[];
    };
    expect(sarifValidator()(log)).toEqual([]);
    const [sarifRun] = log.runs;
    expect(sarifRun!.tool.driver.name).toBe('charter');
    expect(sarifRun!.tool.driver.version).toBe(packageVersion());
    expect(sarifRun!.tool.driver.rules.map((r) => r.id)).toEqual(rules.map((r) => r.meta.id));
    expect(sarifRun!.results.map((r) => [r['ruleId'], r['ruleIndex'], r['level']])).toEqual([
      ['id-matches-filename', rules.findIndex((r) => r.meta.id === 'id-matches-filename'), 'error'],
      ['unused-suppression', rules.findIndex((r) => r.meta.id === 'unused-suppression'), 'warning'],
    ]);
  });

  it('locates results relative to the repository root, even when run from a subdirectory', async () => {
    const run = await runCli(['lint', 'charters', '--format', 'sarif'], { cwd: path.join(ROOT, 'tests/fixtures/format') });
    const log = JSON.parse(run.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: unknown; region: unknown } }[] }[] }[] };
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: `${ORG}/csm.yaml`, uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 5, endLine: 1, endColumn: 8 },
    });
  });
});

describe('charter lint --format github', () => {
  it('writes one workflow command a finding', async () => {
    const run = await runCli(['lint', ORG, '--format', 'github'], { cwd: ROOT });
    expect(run).toEqual({ code: 1, stdout: ANNOTATIONS, stderr: '' });
  });

  it('in GitHub Actions, the default format also writes the annotations', async () => {
    const run = await runCli(['lint', ORG], { cwd: ROOT, env: { GITHUB_ACTIONS: 'true' } });
    expect(run.stdout).toMatch(/✖ 2 problems \(1 error, 1 warning\)\n  2 problems fixable with --fix\n::error file=/);
    expect(run.stdout.endsWith(ANNOTATIONS)).toBe(true);
    // Machine formats stay as they are.
    const json = await runCli(['lint', ORG, '-f', 'json'], { cwd: ROOT, env: { GITHUB_ACTIONS: 'true' } });
    expect(json.stdout).not.toContain('::');
    // Outside GitHub Actions, no annotations.
    expect((await runCli(['lint', ORG], { cwd: ROOT })).stdout).not.toContain('::');
  });
});

describe('charter lint --output-file', () => {
  const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'charter-report-'));

  it('writes the report to the file and prints only the summary', async () => {
    const dir = tmp();
    const file = path.join(dir, 'reports', 'charter.sarif');
    const run = await runCli(['lint', ORG, '-f', 'sarif', '--output-file', file], { cwd: ROOT });
    expect(run).toEqual({ code: 1, stdout: `✖ 2 problems (1 error, 1 warning); report written to ${file}\n`, stderr: '' });
    const direct = await runCli(['lint', ORG, '-f', 'sarif'], { cwd: ROOT });
    expect(readFileSync(file, 'utf8')).toBe(direct.stdout);
    expect(readdirSync(path.dirname(file))).toEqual(['charter.sarif']); // no temporary file left behind
  });

  it('replaces an existing report; stylish is written without colour', async () => {
    const dir = tmp();
    const file = path.join(dir, 'report.txt');
    writeFileSync(file, 'old report');
    const run = await runCli(['lint', 'charters', '-o', file], { cwd: ROOT, tty: true, env: { FORCE_COLOR: '1' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`✔ No problems found in 10 charters and org.yaml; report written to ${file}\n`);
    expect(readFileSync(file, 'utf8')).toBe('✔ No problems found in 10 charters and org.yaml.\n');
  });

  it.each([
    [`${ORG}/csm.yaml`, `charter: --output-file ${ORG}/csm.yaml would overwrite a charter; write the report elsewhere, such as charter-report.sarif\n`],
    [`${ORG}/new.yaml`, `charter: --output-file ${ORG}/new.yaml would overwrite a charter; write the report elsewhere, such as charter-report.sarif\n`],
    ['tests', 'charter: --output-file tests is a directory; give a file name, such as tests/charter-report.sarif\n'],
  ])('refuses %s', async (target, stderr) => {
    const run = await runCli(['lint', ORG, '-o', target], { cwd: ROOT });
    expect(run).toEqual({ code: 2, stdout: '', stderr });
    if (target.endsWith('csm.yaml')) expect(readFileSync(path.join(ROOT, target), 'utf8')).toMatch(/^id: cms\n/);
    if (target.endsWith('new.yaml')) expect(existsSync(path.join(ROOT, target))).toBe(false);
  });
});

describe('charter lint --max-warnings and --quiet', () => {
  it.each([
    [['--max-warnings', '1'], 0, ''],
    [['--max-warnings', '0'], 1, 'charter: 1 warning, more than --max-warnings 0 allows\n'],
    [[], 0, ''],
  ])('a warning only: %j exits %i', async (flags, code, stderr) => {
    // The support charter alone has one warning (a stale suppression) and no error.
    const run = await runCli(['lint', `${ORG}/support.yaml`, ...flags], { cwd: ROOT });
    expect(run.code).toBe(code);
    expect(run.stderr).toBe(stderr);
    expect(run.stdout).toContain('✖ 1 problem (0 errors, 1 warning)');
  });

  it('--quiet reports errors only, and warnings no longer count against --max-warnings', async () => {
    const quiet = await runCli(['lint', ORG, '--quiet', '-f', 'json'], { cwd: ROOT });
    expect(JSON.parse(quiet.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['id-matches-filename']);
    const alone = await runCli(['lint', `${ORG}/support.yaml`, '--quiet', '--max-warnings', '0'], { cwd: ROOT });
    expect(alone).toEqual({ code: 0, stdout: '✔ No problems found in 1 charter.\n', stderr: '' });
  });
});
