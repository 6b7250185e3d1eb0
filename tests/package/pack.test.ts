import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_URL } from '../../src/format/links.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface PackEntry {
  files: { path: string }[];
}

/** What `npm pack` would put in the tarball (scripts not run: the build is the test run's). */
function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return (JSON.parse(out) as PackEntry[])[0]!.files.map((f) => f.path).sort();
}

describe('the package npm pack makes', () => {
  const files = packedFiles();
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;

  it('ships the command, the schemas, the docs, README and LICENSE, and nothing of the sources or tests', () => {
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/bin/charter.js', 'schemas/charter.schema.json', 'schemas/org.schema.json', 'schemas/config.schema.json', 'docs/ci.md', 'docs/editors.md']));
    expect(files.filter((f) => /^(src|tests|bench|charters)\//.test(f) || f.startsWith('.'))).toEqual([]);
  });

  it('has no source map, and no compiled file points at one', () => {
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const pointing = files.filter((f) => f.endsWith('.js') && readFileSync(path.join(ROOT, f), 'utf8').includes('sourceMappingURL'));
    expect(pointing).toEqual([]);
  });

  it('names its repository, home page and issue tracker, and a license file that is MIT', () => {
    expect(pkg['repository']).toEqual({ type: 'git', url: `git+${PROJECT_URL}.git` });
    expect(pkg['homepage']).toBe(`${PROJECT_URL}#readme`);
    expect(pkg['bugs']).toEqual({ url: `${PROJECT_URL}/issues` });
    expect(pkg['license']).toBe('MIT');
    expect(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it('ships every file its bin names', () => {
    for (const target of Object.values(pkg['bin'] as Record<string, string>)) expect(files).toContain(target);
  });
});
