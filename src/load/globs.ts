import { promises as fs } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UserError } from '../errors.js';

/**
 * Expands glob patterns among the paths given on the command line (`"charters/**\/*.yaml"`,
 * quoted so that every shell, Windows' included, passes them on as written). A path
 * that exists is taken as it is, even if it looks like a pattern; `node_modules` and
 * dot directories are never matched, as in a directory walk.
 * @throws UserError when a pattern matches no file.
 */
export async function expandGlobs(paths: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const given of paths) {
    if (!isDynamicPattern(given) || (await exists(given, cwd))) {
      out.push(given);
      continue;
    }
    const matches = await glob(given, { cwd, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'], expandDirectories: false });
    if (matches.length === 0) throw new UserError(`"${given}" matches no file`);
    out.push(...matches.sort());
  }
  return out;
}

async function exists(p: string, cwd: string): Promise<boolean> {
  return fs.stat(path.resolve(cwd, p)).then(
    () => true,
    () => false,
  );
}
