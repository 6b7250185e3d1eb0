import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Runs git in `dir` and returns its output. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' } });
}

/**
 * A new git repository in a temporary directory holding a copy of `fixture` (a
 * directory with `charters/` in it), committed once on branch `main`. Remove it with `removeRepo`.
 */
export function repoWith(fixture: string): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'charter-git-')));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Charter Tests');
  git(dir, 'config', 'user.email', 'tests@example.com');
  git(dir, 'config', 'commit.gpgsign', 'false');
  cpSync(fixture, dir, { recursive: true });
  commitAll(dir, 'The organization as it was');
  return dir;
}

/** Stages everything and commits it. */
export function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
}

export function removeRepo(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
