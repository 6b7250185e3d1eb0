import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';

// Make the loader fail the way a bug would: an ordinary Error, not a CliError.
vi.mock('../../src/project/load.js', () => ({
  loadProject: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'id')");
  },
}));

describe('an unexpected internal error', () => {
  it('exits 2 with one line and no stack', async () => {
    const run = await runCli(['lint', 'charters']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: "charter: internal error: Cannot read properties of undefined (reading 'id') (run again with --debug for details)\n",
    });
  });

  it('shows the stack with --debug', async () => {
    const run = await runCli(['--debug', 'lint', 'charters']);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe("charter: internal error: Cannot read properties of undefined (reading 'id')");
    expect(lines[1]).toMatch(/^TypeError: /);
    expect(lines.slice(2).every((l) => l.trimStart().startsWith('at '))).toBe(true);
  });
});
