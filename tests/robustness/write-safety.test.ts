/**
 * Never lose what a person wrote: no command changes a charter, `charter new` never
 * overwrites a file, and `charter schema` replaces its files through a temporary file
 * and a rename (never truncating one in place, never following a link into a charter).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { charterYaml } from '../helpers/org.js';
import { tempDir } from './helpers.js';

const SAMPLE = path.resolve(import.meta.dirname, '../../charters');

let dir: string;
let remove: () => void;
beforeEach(() => {
  ({ dir, remove } = tempDir());
  cpSync(SAMPLE, path.join(dir, 'charters'), { recursive: true });
  // A broken charter too: commands must leave what they cannot read alone as well.
  writeFileSync(path.join(dir, 'charters', 'broken.yaml'), 'id: broken\nname: [unclosed\n');
});
afterEach(() => remove());

/** Every file under `root`: its path and a hash of its bytes (links as their target), and its modification time. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const stack = [root];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      const rel = path.relative(root, full);
      if (entry.isSymbolicLink()) out.set(rel, `link to ${readlinkSync(full)}`);
      else if (entry.isDirectory()) stack.push(full);
      else out.set(rel, `${createHash('sha256').update(readFileSync(full)).digest('hex')} ${statSync(full).mtimeMs}`);
    }
  }
  return out;
}

const charters = () => snapshot(path.join(dir, 'charters'));

describe('no command changes a charter', () => {
  it.each([
    [['lint']],
    [['lint', 'charters', '--format', 'json']],
    [['lint', '--quiet', '--max-warnings', '0']],
    [['lint', '-o', 'report.json', '--format', 'json']],
    [['lint', 'charters/csm.yaml']],
    [['deps']],
    [['deps', '--implicit', '--function', 'csm']],
    [['rules']],
    [['schema']],
    [['schema', '--out', 'charters']],
    [['new', 'renewals', '--department', 'client-outcomes', '--name', 'Renewals']],
    [['new', 'csm', '--department', 'client-outcomes']],
    [['lint', '-o', 'charters/csm.yaml']],
    [['lint', '--format', 'xml']],
  ])('charter %j', async (argv) => {
    const before = charters();
    const run = await runCli(argv, { cwd: dir });
    expect([0, 1, 2]).toContain(run.code);
    const after = charters();
    // What was there is there, byte for byte and untouched; new files are only the ones asked for.
    for (const [file, state] of before) expect([file, after.get(file)]).toEqual([file, state]);
    const added = [...after.keys()].filter((f) => !before.has(f)).sort();
    expect(added.every((f) => ['renewals.yaml', 'charter.schema.json', 'org.schema.json', 'config.schema.json'].includes(f))).toBe(true);
  });
});

describe('charter new never overwrites', () => {
  it.each([
    ['csm', 'an existing charter'],
    ['broken', 'a charter that does not parse'],
  ])('refuses %s (%s), exit 2, the file as it was', async (id) => {
    const file = path.join(dir, 'charters', `${id}.yaml`);
    const before = readFileSync(file);
    const run = await runCli(['new', id, '--department', 'client-outcomes'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('already exists');
    expect(readFileSync(file)).toEqual(before);
  });

  it('refuses an id whose .yml file exists', async () => {
    writeFileSync(path.join(dir, 'charters', 'renewals.yml'), charterYaml('renewals'));
    const run = await runCli(['new', 'renewals', '--department', 'client-outcomes'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(existsSync(path.join(dir, 'charters', 'renewals.yaml'))).toBe(false);
    expect(readFileSync(path.join(dir, 'charters', 'renewals.yml'), 'utf8')).toBe(charterYaml('renewals'));
  });

  it('refuses a name taken by a link that leads nowhere, and writes nothing where it points', async () => {
    symlinkSync('../elsewhere/renewals.yaml', path.join(dir, 'charters', 'renewals.yaml'));
    const run = await runCli(['new', 'renewals', '--department', 'client-outcomes'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(lstatSync(path.join(dir, 'charters', 'renewals.yaml')).isSymbolicLink()).toBe(true);
    expect(existsSync(path.join(dir, 'elsewhere'))).toBe(false);
  });

  it('leaves no temporary file behind', async () => {
    const before = new Set(readdirSync(path.join(dir, 'charters')));
    expect((await runCli(['new', 'renewals', '--department', 'client-outcomes'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(path.join(dir, 'charters')).filter((f) => !before.has(f))).toEqual(['renewals.yaml']);
  });
});

describe('charter schema replaces its files, never truncates them, never writes through a link', () => {
  it('an outdated schema is replaced by a new file: a hard link to the old one keeps the old text', async () => {
    mkdirSync(path.join(dir, 'schemas'));
    const target = path.join(dir, 'schemas', 'charter.schema.json');
    writeFileSync(target, '{"outdated": true}\n');
    linkSync(target, path.join(dir, 'backup.json'));
    expect((await runCli(['schema'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, 'backup.json'), 'utf8')).toBe('{"outdated": true}\n');
    expect(readFileSync(target, 'utf8')).toContain('"$schema"');
    expect(readdirSync(path.join(dir, 'schemas')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a schema file that is a link to a charter: the link is replaced, the charter untouched', async () => {
    mkdirSync(path.join(dir, 'schemas'));
    symlinkSync('../charters/csm.yaml', path.join(dir, 'schemas', 'charter.schema.json'));
    const before = charters();
    expect((await runCli(['schema'], { cwd: dir })).code).toBe(0);
    expect(charters()).toEqual(before);
    expect(lstatSync(path.join(dir, 'schemas', 'charter.schema.json')).isSymbolicLink()).toBe(false);
  });

  it('a directory in the way: exit 2, one line, nothing lost and no temporary file left', async () => {
    mkdirSync(path.join(dir, 'schemas', 'charter.schema.json', 'keep'), { recursive: true });
    writeFileSync(path.join(dir, 'schemas', 'charter.schema.json', 'keep', 'notes.txt'), 'mine\n');
    const run = await runCli(['schema'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(readFileSync(path.join(dir, 'schemas', 'charter.schema.json', 'keep', 'notes.txt'), 'utf8')).toBe('mine\n');
    expect(readdirSync(path.join(dir, 'schemas')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
