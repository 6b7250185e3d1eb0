/**
 * Golden tests: lint whole fixture organizations and compare the complete output
 * with what is committed beside them. To accept a deliberate change, run
 * `UPDATE_GOLDEN=1 npx vitest run tests/golden` and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ORGS = path.join(import.meta.dirname, 'orgs');
const update = process.env['UPDATE_GOLDEN'] === '1';

function golden(file: string, actual: string): void {
  if (update) writeFileSync(file, actual);
  if (!existsSync(file)) throw new Error(`${file} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/golden, then review it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe.each(readdirSync(ORGS).sort())('golden org %s', (org) => {
  const cwd = path.join(ORGS, org);

  it('json output and exit code match expected.json', async () => {
    const run = await runCli(['lint', '--format', 'json'], { cwd });
    expect(run.stderr).toBe('');
    golden(path.join(cwd, 'expected.json'), run.stdout);
    const { summary } = JSON.parse(run.stdout) as { summary: { errors: number } };
    expect(run.code).toBe(summary.errors > 0 ? 1 : 0);
  });

  it('stylish output matches expected.txt', async () => {
    const run = await runCli(['lint'], { cwd });
    golden(path.join(cwd, 'expected.txt'), run.stdout);
  });
});
