import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modelineSchemaPath } from '../../src/scaffold/modeline.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let project: string;
beforeEach(async () => {
  project = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-modeline-'));
  await fs.mkdir(path.join(project, 'charters'));
});
afterEach(async () => {
  await fs.rm(project, { recursive: true, force: true });
});

describe('modelineSchemaPath', () => {
  it('goes through node_modules/charter when the project installed charter as a link to a checkout (npm install <path>)', async () => {
    await fs.mkdir(path.join(project, 'node_modules'));
    await fs.symlink(ROOT, path.join(project, 'node_modules', 'charter'), 'dir');
    expect(modelineSchemaPath(path.join(project, 'charters'))).toBe('../node_modules/charter/schemas/charter.schema.json');
    expect(modelineSchemaPath(project, 'config.schema.json')).toBe('node_modules/charter/schemas/config.schema.json');
  });

  it('points at the shipped file when the project has no charter installed (charter\'s own repository)', () => {
    expect(modelineSchemaPath(path.join(ROOT, 'charters'), 'org.schema.json')).toBe('../schemas/org.schema.json');
  });
});
