import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../src/cli/commands/schema.js';
import { schemaFileText } from '../../src/schema/json-schema.js';
import { runCli } from '../helpers/cli.js';

/** The files charter schema writes, in order. */
const FILES = jsonSchemaFiles().map((f) => f.fileName);

const scratch = () => mkdtempSync(path.join(tmpdir(), 'charter-schema-'));

describe('charter schema', () => {
  it('writes every schema to schemas/ by default, then leaves them alone when up to date', async () => {
    const cwd = scratch();
    expect(await runCli(['schema'], { cwd })).toEqual({
      code: 0,
      stdout: FILES.map((f) => `Wrote schemas/${f}\n`).join(''),
      stderr: '',
    });
    expect(FILES.slice(0, 2)).toEqual(['charter.schema.json', 'org.schema.json']);
    for (const { fileName, schema } of jsonSchemaFiles()) {
      expect(readFileSync(path.join(cwd, 'schemas', fileName), 'utf8')).toBe(schemaFileText(schema));
    }
    expect(await runCli(['schema'], { cwd })).toEqual({
      code: 0,
      stdout: FILES.map((f) => `schemas/${f} is up to date\n`).join(''),
      stderr: '',
    });
  });

  it('replaces an outdated schema and touches no other file, leaving no temporary file behind', async () => {
    const cwd = scratch();
    const out = path.join(cwd, 'editor', 'schemas');
    await runCli(['schema', '--out', 'editor/schemas'], { cwd });
    writeFileSync(path.join(out, 'org.schema.json'), '{}\n');
    writeFileSync(path.join(out, 'notes.md'), 'mine\n');
    const run = await runCli(['schema', '-o', 'editor/schemas'], { cwd });
    expect(run.stdout).toBe(
      FILES.map((f) => (f === 'org.schema.json' ? `Wrote editor/schemas/${f}\n` : `editor/schemas/${f} is up to date\n`)).join(''),
    );
    expect(readdirSync(out).sort()).toEqual([...FILES, 'notes.md'].sort());
    expect(readFileSync(path.join(out, 'notes.md'), 'utf8')).toBe('mine\n');
    expect(readFileSync(path.join(out, 'org.schema.json'), 'utf8')).toContain('"title": "Customer Success organization"');
  });

  it('exits 2 with one line when the directory cannot be made', async () => {
    const cwd = scratch();
    writeFileSync(path.join(cwd, 'taken'), 'a file, not a directory\n');
    const run = await runCli(['schema', '--out', 'taken'], { cwd });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'charter: cannot create the directory taken (a file of that name is in the way); choose another with --out <dir>\n',
    });
  });
});
