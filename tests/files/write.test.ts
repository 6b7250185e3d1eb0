import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExclusive, TargetExistsError, writeAtomic } from '../../src/files/write.js';

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

describe('writeAtomic', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'charter-write-'));
    const target = path.join(dir, 'report.json');
    writeFileSync(target, 'old\n');
    await writeAtomic(target, 'new\n');
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('replaces a symbolic link rather than writing through it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'charter-write-'));
    writeFileSync(path.join(dir, 'csm.yaml'), 'id: csm\n');
    symlinkSync('csm.yaml', path.join(dir, 'link'));
    await writeAtomic(path.join(dir, 'link'), 'report\n');
    expect(readFileSync(path.join(dir, 'csm.yaml'), 'utf8')).toBe('id: csm\n');
    expect(lstatSync(path.join(dir, 'link')).isFile()).toBe(true);
  });

  it('fails with the file system error and leaves nothing behind when the target cannot be replaced', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'charter-write-'));
    mkdirSync(path.join(dir, 'taken'));
    writeFileSync(path.join(dir, 'taken', 'x'), '');
    await expect(writeAtomic(path.join(dir, 'taken'), 'text')).rejects.toMatchObject({ code: expect.stringMatching(/^E/) });
    expect(readdirSync(dir)).toEqual(['taken']);
  });
});
