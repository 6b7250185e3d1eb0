import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charterYaml } from '../helpers/org.js';
import { tempDir } from '../robustness/helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'dist/bin/charter.js');

/** Runs a bash script; its stdout, stderr and exit code. */
async function bash(script: string, cwd: string): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('bash', ['-c', script], { cwd, env: { ...process.env, CHARTER: BIN, NODE: process.execPath } });
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

let dir: string;
let remove: () => void;

// An org whose lint report and dependency table are far larger than a pipe's buffer (64 KB).
beforeAll(() => {
  ({ dir, remove } = tempDir('charter-process-'));
  mkdirSync(path.join(dir, 'charters'));
  const deps = 'dependencies:\n' + Array.from({ length: 20 }, (_, i) => `  - team: nobody-${i}\n    for: Something they never agreed to deliver, number ${i}.\n`).join('');
  for (let i = 0; i < 60; i++) writeFileSync(path.join(dir, 'charters', `team-${i}.yaml`), charterYaml(`team-${i}`).replace('dependencies: []\n', deps));
});
afterAll(() => remove());

describe('a reader that stops early (| head)', () => {
  it.each([
    ['deps --format csv | head -1', 0],
    ['lint --format json | head -c 100', 1],
    ['lint | head -3', 1],
  ])('charter %s ends quietly, with the run\'s exit code', async (command, code) => {
    const [args, reader] = command.split(' | ');
    const run = await bash(`"$NODE" "$CHARTER" ${args!} | ${reader!}; echo "exit \${PIPESTATUS[0]}"`, dir);
    expect(run.stderr).toBe('');
    expect(run.stdout.endsWith(`\nexit ${code}\n`)).toBe(true);
  });
});

describe('a working directory deleted under it', () => {
  it('is one line, exit 2', async () => {
    const gone = path.join(dir, 'gone');
    const run = await bash(`mkdir "${gone}" && cd "${gone}" && rmdir "${gone}" && "$NODE" "$CHARTER" lint`, dir);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'charter: the working directory no longer exists (deleted or moved); cd to a directory that exists and run again\n',
    });
  });
});
