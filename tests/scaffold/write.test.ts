import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExclusive, TargetExistsError } from '../../src/scaffold/write.js';

describe('createExclusive', () => {
  it('creates the file and leaves nothing else behind', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'charter-write-'));
    await createExclusive(path.join(dir, 'csm.yaml'), 'id: csm\n');
    expect(readdirSync(dir)).toEqual(['csm.yaml']);
    expect(readFileSync(path.join(dir, 'csm.yaml'), 'utf8')).toBe('id: csm\n');
  });

  it('never replaces an existing file, even one created after any check', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'charter-write-'));
    const target = path.join(dir, 'csm.yaml');
    writeFileSync(target, 'mine\n');
    await expect(createExclusive(target, 'id: csm\n')).rejects.toBeInstanceOf(TargetExistsError);
    expect(readFileSync(target, 'utf8')).toBe('mine\n');
    expect(readdirSync(dir)).toEqual(['csm.yaml']);
  });

  it('lets exactly one of two concurrent writers create the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'charter-write-'));
    const target = path.join(dir, 'csm.yaml');
    const results = await Promise.allSettled([createExclusive(target, 'first\n'), createExclusive(target, 'second\n')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(['first\n', 'second\n']).toContain(readFileSync(target, 'utf8'));
    expect(readdirSync(dir)).toEqual(['csm.yaml']);
  });
});
