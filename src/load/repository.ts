import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The nearest directory at or above `cwd` holding `.git`; `cwd` itself outside a repository. */
export async function repositoryRoot(cwd: string): Promise<string> {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    try {
      await fs.stat(path.join(dir, '.git'));
      return dir;
    } catch {
      // keep walking up
    }
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}
