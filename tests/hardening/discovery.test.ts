import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/load/discover.js';
import { lintDir } from '../helpers/org.js';
import { tempDir } from '../robustness/helpers.js';

let dir: string;
beforeEach(() => {
  ({ dir } = tempDir('charter-discovery-'));
  mkdirSync(path.join(dir, 'charters'));
});
// rm walks a path longer than the system allows by directory handles, where Node's rmSync cannot.
afterEach(() => void execFileSync('rm', ['-rf', dir]));

describe('nested directories', () => {
  it('a charter 1,000 directories down is found (one walk, no recursion, no real path asked at every level)', async () => {
    const deepest = path.join(dir, 'charters', ...Array<string>(1000).fill('a'));
    mkdirSync(deepest, { recursive: true });
    writeFileSync(path.join(deepest, 'deep.yaml'), 'id: deep\n');
    const found = await discoverFiles(['charters'], dir);
    expect(found).toHaveLength(1);
    expect(found[0]!.path.endsWith(`${'/a'.repeat(1000)}/deep.yaml`)).toBe(true);
    expect(found[0]!.problem).toBeUndefined();
  });

  it('a directory whose path is longer than the system allows is reported, not skipped', async () => {
    writeFileSync(path.join(dir, 'charters', 'top.yaml'), 'id: top\n');
    const name = 'd'.repeat(200);
    execFileSync('bash', ['-c', `cd charters && for i in $(seq 1 22); do mkdir ${name} && cd ${name}; done && printf "id: deep\\n" > deep.yaml`], { cwd: dir });
    const findings = (await lintDir(path.join(dir, 'charters'), dir)).filter((f) => f.rule === 'yaml-syntax');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('cannot read this directory (the name is too long for the file system), so the charters in it were not checked');
  });
});
