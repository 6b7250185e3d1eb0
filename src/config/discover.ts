import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { toDisplayPath } from '../load/parse.js';
import { repositoryRoot } from '../load/repository.js';
import { CONFIG_FILE_NAMES } from './schema.js';

/**
 * The configuration that applies in `cwd`, found as ESLint and Biome find theirs: the
 * nearest `charter.config.yaml` (or `.yml`) in `cwd` or a directory above it, up to the
 * repository root. Outside a repository, only `cwd` is looked in, so that a stray file
 * in a parent directory never changes the checks.
 * @throws UserError when one directory holds both names.
 */
export async function findConfigFile(cwd: string): Promise<string | undefined> {
  // Outside a repository, repositoryRoot is cwd itself: only cwd is looked in.
  const root = await repositoryRoot(cwd);
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const found: string[] = [];
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      // Anything by that name but a directory is the configuration (a pipe is then reported, not ignored).
      if (await isThere(candidate)) found.push(candidate);
    }
    if (found.length > 1) {
      const where = dir === path.resolve(cwd) ? 'here' : `in ${toDisplayPath(dir, cwd)}`;
      throw new UserError(`both ${CONFIG_FILE_NAMES.join(' and ')} are ${where}; keep one (charter reads a single configuration file)`);
    }
    if (found[0] !== undefined) return found[0];
    if (dir === root || path.dirname(dir) === dir) return undefined;
  }
}

async function isThere(p: string): Promise<boolean> {
  return fs.stat(p).then(
    (s) => !s.isDirectory(),
    () => false,
  );
}
