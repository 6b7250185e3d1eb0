import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintsLinted, runKey, type FileFingerprint } from '../../src/cache/lint-cache.js';
import { readSource } from '../../src/load/parse.js';
import { runCli } from '../helpers/cli.js';
import { charterYaml } from '../helpers/org.js';
import { tempDir } from '../robustness/helpers.js';

const sha256 = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

let dir: string;
let remove: () => void;
beforeEach(() => {
  ({ dir, remove } = tempDir('charter-cache-hardening-'));
  mkdirSync(path.join(dir, 'charters'));
  writeFileSync(path.join(dir, 'charters', 'csm.yaml'), charterYaml('csm'));
});
afterEach(() => remove());

describe('the cache keys what it stores on the bytes that were linted', () => {
  it('a file read records the hash of its bytes', () => {
    const file = path.join(dir, 'charters', 'csm.yaml');
    expect(readSource({ path: file, kind: 'charter' }, dir).bytesHash).toBe(sha256(readFileSync(file)));
  });

  it('a file edited between the fingerprint and the lint is stored under the key of what was linted', () => {
    const before: FileFingerprint[] = [
      { path: '/o/charters/a.yaml', kind: 'charter', hash: sha256('old') },
      { path: '/o/charters/b.yaml', kind: 'charter', hash: sha256('same') },
    ];
    const linted = fingerprintsLinted(before, [
      { path: '/o/charters/a.yaml', bytesHash: sha256('new') },
      { path: '/o/charters/b.yaml', bytesHash: sha256('same') },
    ]);
    expect(linted.map((f) => f.hash)).toEqual([sha256('new'), sha256('same')]);
    expect(runKey({}, linted)).not.toBe(runKey({}, before));
    expect(runKey({}, linted)).toBe(runKey({}, [{ ...before[0]!, hash: sha256('new') }, before[1]!]));
  });
});

describe('a cache entry without the expected shape is ignored, never trusted', () => {
  it.each([
    ['findings not a list', { findings: 'none', files: 1, charters: 1, hasOrg: false, sourcePaths: [] }],
    ['a finding without a line', { findings: [{ file: 'x', rule: 'schema', severity: 'error', message: 'm' }], files: 1, charters: 1, hasOrg: false, sourcePaths: [] }],
    ['no findings key', { files: 1 }],
    ['not an object', 42],
  ])('%s', async (_, value) => {
    writeFileSync(path.join(dir, 'charters', 'csm.yaml'), charterYaml('csm').replace('id: csm', 'id: CSM'));
    const first = await runCli(['lint', '--cache'], { cwd: dir });
    expect(first.code).toBe(1);
    const cacheFile = path.join(dir, '.charter-cache');
    const content = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: { key: string; digest: string; value: unknown }[] };
    content.entries[0]!.value = value;
    content.entries[0]!.digest = sha256(JSON.stringify(value));
    writeFileSync(cacheFile, JSON.stringify(content));
    const again = await runCli(['lint', '--cache'], { cwd: dir });
    expect(again).toEqual(first);
  });
});
