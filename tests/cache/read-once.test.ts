import nodeFs, { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { cachedLint } from '../../src/cache/cached-lint.js';
import { runLint } from '../../src/lint/run.js';
import { charterYaml } from '../helpers/org.js';

let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-read-once-'));
  await fs.mkdir(path.join(dir, 'charters'));
  await fs.writeFile(path.join(dir, 'charters', 'csm.yaml'), charterYaml('csm', '', 'client-outcomes').replace('dependencies: []', 'dependencies:\n  - team: support\n    for: Answers.'));
  await fs.writeFile(path.join(dir, 'charters', 'support.yaml'), charterYaml('support', '', 'technical-success'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

/** How many times each charter was read, by file name, while `run` ran. */
async function readsDuring(run: () => Promise<unknown>): Promise<Record<string, number>> {
  const reads: Record<string, number> = {};
  const count = (p: unknown): void => {
    const name = String(p);
    if (name.includes(`${path.sep}charters${path.sep}`)) reads[path.basename(name)] = (reads[path.basename(name)] ?? 0) + 1;
  };
  const readFileSync = nodeFs.readFileSync;
  const readFile = fs.readFile;
  vi.spyOn(nodeFs, 'readFileSync').mockImplementation(((p: unknown, ...rest: unknown[]) => (count(p), (readFileSync as (...a: unknown[]) => unknown)(p, ...rest))) as typeof nodeFs.readFileSync);
  vi.spyOn(fs, 'readFile').mockImplementation(((p: unknown, ...rest: unknown[]) => (count(p), (readFile as (...a: unknown[]) => unknown)(p, ...rest))) as typeof fs.readFile);
  await run();
  vi.restoreAllMocks();
  return reads;
}

it('a cold --cache run reads each file once, and finds what a run without the cache finds', async () => {
  const location = path.join(dir, 'cache');
  let cold: Awaited<ReturnType<typeof cachedLint>> | undefined;
  const reads = await readsDuring(async () => (cold = await cachedLint({ cwd: dir }, location, () => {})));
  expect(reads).toEqual({ 'csm.yaml': 1, 'support.yaml': 1 });
  const plain = await runLint({ cwd: dir });
  expect(cold?.findings).toEqual(plain.findings);
  expect(cold?.findings.length).toBeGreaterThan(0);
});

it('a warm --cache run reads each file once, to hash it', async () => {
  const location = path.join(dir, 'cache');
  await cachedLint({ cwd: dir }, location, () => {});
  expect(await readsDuring(() => cachedLint({ cwd: dir }, location, () => {}))).toEqual({ 'csm.yaml': 1, 'support.yaml': 1 });
});
