import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames?: boolean;
}

const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

describe('.pre-commit-hooks.yaml', () => {
  it('offers charter-lint (changed files) and charter-lint-all, both running charter lint with node', () => {
    expect(hooks.map((h) => [h.id, h.entry, h.language, h.pass_filenames ?? true])).toEqual([
      ['charter-lint', 'charter lint', 'node', true],
      ['charter-lint-all', 'charter lint', 'node', false],
    ]);
    const bin = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;
    expect(Object.keys(bin)).toContain('charter');
  });

  it.each([
    ['charters/csm.yaml', true, true],
    ['charters/onboarding/training.yml', true, true],
    ['charter.config.yaml', false, true],
    ['README.md', false, false],
    ['docs/charters/csm.yaml', false, false],
  ])('%s: charter-lint %s, charter-lint-all %s', (file, changed, all) => {
    expect(new RegExp(hooks[0]!.files).test(file)).toBe(changed);
    expect(new RegExp(hooks[1]!.files).test(file)).toBe(all);
  });

  it('runs as pre-commit runs it: the changed files as arguments', async () => {
    const run = await runCli(['lint', 'charters/csm.yaml', 'charters/org.yaml'], { cwd: ROOT });
    expect(run).toEqual({ code: 0, stdout: '✔ No problems found in 1 charter and org.yaml.\n', stderr: '' });
  });
});
