import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('charter with no command', () => {
  it('prints the usage on standard error and exits 2, as ESLint does: it could not do its job', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Usage: charter \[options\] \[command\]\n/);
  });

  it.each([['--help'], ['help']])('charter %s prints the usage on standard output and exits 0', async (arg) => {
    const run = await runCli([arg]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: charter \[options\] \[command\]\n/);
  });
});
