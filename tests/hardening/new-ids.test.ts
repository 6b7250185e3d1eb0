import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../robustness/helpers.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function newIn(id: string): Promise<{ code: number; stdout: string; stderr: string; dir: string }> {
  const { dir, remove } = tempDir('charter-new-ids-');
  cleanup = remove;
  return { ...(await runCli(['new', id, '--department', 'client-outcomes'], { cwd: dir })), dir };
}

describe('charter new refuses ids that cannot be file names everywhere', () => {
  it('an id too long for a file name says so, and writes nothing', async () => {
    const run = await newIn('a'.repeat(300));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `charter: "${'a'.repeat(20)}..." is 300 characters long; an id names its file (<id>.yaml), and file names are limited: keep it under 200 characters, short as a team's name\n`,
    );
    expect(existsSync(path.join(run.dir, 'charters')) ? readdirSync(path.join(run.dir, 'charters')) : []).toEqual([]);
  });

  it.each(['con', 'nul', 'aux', 'prn', 'com1', 'com9', 'lpt1', 'lpt9'])('"%s" is reserved by Windows', async (id) => {
    const run = await newIn(id);
    expect(run).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `charter: "${id}" is a name Windows reserves for a device, so ${id}.yaml could not be opened there; choose another id, such as "${id}-team"\n`,
    });
  });

  it.each(['console', 'con-team', 'com10', 'auxiliary'])('"%s" is fine', async (id) => {
    const run = await newIn(id);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
