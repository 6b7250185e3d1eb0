import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CacheLocationError,
  DEFAULT_CACHE_FILE,
  fingerprintFiles,
  LintCache,
  resolveCacheFile,
  runKey,
  withLintCache,
  type RunIdentity,
} from '../../src/cache/lint-cache.js';
import type { Finding } from '../../src/findings/finding.js';
import { lintProject } from '../../src/lint/lint.js';
import { discoverFiles } from '../../src/load/discover.js';
import { loadProject } from '../../src/project/load.js';
import { charterYaml } from '../helpers/org.js';

let dir: string;
let chartersDir: string;
const identity: RunIdentity = { tool: '0.1.0', config: { rules: {} } };

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-cache-'));
  chartersDir = path.join(dir, 'charters');
  await fs.mkdir(chartersDir);
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const write = (name: string, text: string): Promise<void> => fs.writeFile(path.join(chartersDir, name), text);

/** csm depends on support; support's activity acknowledges it. */
async function writeOrg(): Promise<void> {
  await write('csm.yaml', charterYaml('csm', '', 'client-outcomes').replace('dependencies: []', 'dependencies:\n  - team: support\n    for: Answers to technical questions.'));
  await write('support.yaml', charterYaml('support', '', 'technical-success').replace('name: Run business reviews for support', 'name: Answer tickets\n    fulfils: [csm]'));
}

/** A lint run without any cache: the reference every cached run must equal. */
async function coldLint(): Promise<Finding[]> {
  return lintProject(await loadProject([chartersDir], dir));
}

/** A lint run through the cache, as `charter lint --cache` does it; counts the runs that had to lint. */
let computed = 0;
async function cachedLint(cacheFile = path.join(dir, DEFAULT_CACHE_FILE), id: RunIdentity = identity): Promise<{ findings: Finding[]; hit: boolean }> {
  const cache = await LintCache.open(cacheFile);
  const { value, hit } = await withLintCache(cache, id, await discoverFiles([chartersDir], dir), async () => {
    computed++;
    return coldLint();
  });
  return { findings: value, hit };
}

describe('withLintCache: the same findings as a run without cache, always', () => {
  beforeEach(() => {
    computed = 0;
  });

  it('lints on the first run, answers from the cache on the next', async () => {
    await writeOrg();
    const first = await cachedLint();
    expect(first.hit).toBe(false);
    expect(first.findings).toEqual(await coldLint());
    const second = await cachedLint();
    expect(second.hit).toBe(true);
    expect(second.findings).toEqual(first.findings);
    expect(computed).toBe(1);
  });

  it('sees an edit in the file edited', async () => {
    await writeOrg();
    await cachedLint();
    await write('csm.yaml', charterYaml('csm', '', 'client-outcomes').replace('dependencies: []', 'dependencies:\n  - team: no-such-team\n    for: Help.'));
    const after = await cachedLint();
    expect(after.hit).toBe(false);
    expect(after.findings).toEqual(await coldLint());
    expect(after.findings.map((f) => [f.file, f.rule])).toContainEqual(['charters/csm.yaml', 'dependency-unknown']);
  });

  it('sees what an edit changes in files that were not edited (cross-file findings)', async () => {
    await writeOrg();
    const before = await cachedLint();
    expect(before.findings.filter((f) => f.rule === 'dependency-unacknowledged')).toEqual([]);
    // support.yaml stops acknowledging csm's dependency: the finding is in csm.yaml, which did not change.
    await write('support.yaml', charterYaml('support', '', 'technical-success'));
    const after = await cachedLint();
    expect(after.hit).toBe(false);
    expect(after.findings).toEqual(await coldLint());
    expect(after.findings.filter((f) => f.rule === 'dependency-unacknowledged').map((f) => f.file)).toEqual(['charters/csm.yaml']);
  });

  it('sees a file added, removed or renamed', async () => {
    await writeOrg();
    await cachedLint();
    await write('enablement.yaml', charterYaml('enablement', '', 'client-outcomes'));
    const added = await cachedLint();
    expect(added.hit).toBe(false);
    expect(added.findings).toEqual(await coldLint());

    await fs.rename(path.join(chartersDir, 'enablement.yaml'), path.join(chartersDir, 'training.yaml'));
    const renamed = await cachedLint();
    expect(renamed.hit).toBe(false);
    expect(renamed.findings).toEqual(await coldLint());
    expect(renamed.findings.map((f) => [f.file, f.rule])).toContainEqual(['charters/training.yaml', 'id-matches-filename']);

    await fs.rm(path.join(chartersDir, 'training.yaml'));
    const removed = await cachedLint();
    expect(removed.findings).toEqual(await coldLint());
  });

  it('does not answer a run with another identity (tool version, configuration) from the cache', async () => {
    await writeOrg();
    await cachedLint();
    expect((await cachedLint(undefined, { ...identity, tool: '0.2.0' })).hit).toBe(false);
    expect((await cachedLint(undefined, { ...identity, config: { rules: { 'metric-no-outcome': 'off' } } })).hit).toBe(false);
    // Both runs are kept: going back to the first identity is a hit.
    expect((await cachedLint()).hit).toBe(true);
  });

  it('rebuilds a damaged or hand-edited cache instead of trusting it', async () => {
    await writeOrg();
    await write('enablement.yaml', charterYaml('enablement', 'owner: [a list]\n'));
    const cacheFile = path.join(dir, DEFAULT_CACHE_FILE);
    const { findings } = await cachedLint(cacheFile);
    expect(findings).not.toEqual([]);
    const text = await fs.readFile(cacheFile, 'utf8');
    await fs.writeFile(cacheFile, text.replace(/"line":\d+/, '"line":999'));
    const edited = await cachedLint(cacheFile);
    expect(edited.hit).toBe(false);
    expect(edited.findings).toEqual(findings);

    await fs.writeFile(cacheFile, text.slice(0, text.length / 2));
    const truncated = await cachedLint(cacheFile);
    expect(truncated.hit).toBe(false);
    expect(truncated.findings).toEqual(findings);
  });
});

describe('runKey', () => {
  const fp = (p: string, hash: string) => ({ path: p, kind: 'charter' as const, hash });

  it.each([
    ['a content hash', [fp('/a.yaml', '2')]],
    ['a path', [fp('/b.yaml', '1')]],
    ['the kind', [{ ...fp('/a.yaml', '1'), kind: 'org' as const }]],
    ['an extra file', [fp('/a.yaml', '1'), fp('/b.yaml', '1')]],
    ['no file', []],
  ])('changes with %s', (_what, files) => {
    expect(runKey(identity, files)).not.toBe(runKey(identity, [fp('/a.yaml', '1')]));
  });

  it('does not depend on the order of keys in the identity', () => {
    expect(runKey({ a: 1, b: { c: 2, d: 3 } }, [])).toBe(runKey({ b: { d: 3, c: 2 }, a: 1 }, []));
    expect(runKey({ a: new Map([['x', 1], ['y', 2]]) }, [])).toBe(runKey({ a: new Map([['y', 2], ['x', 1]]) }, []));
    expect(runKey({ a: new Map([['x', 1]]) }, [])).not.toBe(runKey({ a: new Map([['x', 2]]) }, []));
  });
});

describe('fingerprintFiles', () => {
  it('hashes contents, and marks a file it cannot read instead of throwing', async () => {
    await write('a.yaml', 'id: a\n');
    await write('b.yaml', 'id: a\n');
    const [a, b, gone] = await fingerprintFiles([
      { path: path.join(chartersDir, 'a.yaml'), kind: 'charter' },
      { path: path.join(chartersDir, 'b.yaml'), kind: 'charter' },
      { path: path.join(chartersDir, 'gone.yaml'), kind: 'charter' },
    ]);
    expect(a!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(b!.hash).toBe(a!.hash);
    expect(gone!.hash).toBe('unreadable:ENOENT');
  });
});

describe('the cache file', () => {
  it('is .charter-cache in the working directory by default, or in a directory given as the location', async () => {
    expect(await resolveCacheFile(undefined, dir)).toBe(path.join(dir, '.charter-cache'));
    expect(await resolveCacheFile('charters', dir)).toBe(path.join(chartersDir, '.charter-cache'));
    expect(await resolveCacheFile('tmp/cache/', dir)).toBe(path.join(dir, 'tmp/cache/.charter-cache'));
    expect(await resolveCacheFile('tmp/lint.cache', dir)).toBe(path.join(dir, 'tmp/lint.cache'));
  });

  it('is created with its directory, and leaves no temporary file behind', async () => {
    const file = path.join(dir, 'deep/er/.charter-cache');
    const cache = await LintCache.open(file);
    await cache.set('k', { findings: [] });
    expect(await fs.readdir(path.dirname(file))).toEqual(['.charter-cache']);
    expect((await LintCache.open(file)).get('k')).toEqual({ findings: [] });
  });

  it('never overwrites a file charter did not write', async () => {
    const file = path.join(chartersDir, 'csm.yaml');
    await write('csm.yaml', 'id: csm\n');
    await expect(LintCache.open(file)).rejects.toThrow(
      new CacheLocationError(`${file} is not a charter cache file, and charter will not overwrite it; give another --cache-location`),
    );
    expect(await fs.readFile(file, 'utf8')).toBe('id: csm\n');
  });

  it('keeps the four most recent runs', async () => {
    const file = path.join(dir, '.charter-cache');
    const cache = await LintCache.open(file);
    for (const k of ['1', '2', '3', '4', '5']) await cache.set(k, k);
    const reopened = await LintCache.open(file);
    expect(['1', '2', '3', '4', '5'].map((k) => reopened.get(k))).toEqual([undefined, '2', '3', '4', '5']);
  });

  it('ignores a cache of another format version', async () => {
    const file = path.join(dir, '.charter-cache');
    await fs.writeFile(file, JSON.stringify({ charterCache: 0, entries: [{ key: 'k', digest: 'x', value: 1 }] }));
    expect((await LintCache.open(file)).get('k')).toBeUndefined();
  });
});
