import { spawn } from 'node:child_process';
import { UserError } from '../errors.js';

/**
 * Reads what a git repository holds at a revision, through the git command line,
 * without ever touching the working tree or the index: only `rev-parse`, `ls-tree`
 * and `cat-file` run, with optional locks off (GIT_OPTIONAL_LOCKS=0).
 */

/** A git repository, seen from a directory inside its working tree. */
export interface GitRepository {
  /** The top of the working tree (absolute). */
  root: string;
  /** The directory the commands run from, relative to `root`, with forward slashes: '' at the top, else ending in '/'. */
  prefix: string;
}

/** One file of a revision's tree. */
export interface TreeEntry {
  /** Path relative to the repository root, forward slashes. */
  path: string;
  /** The blob's object id. */
  oid: string;
  /** True for a symbolic link (the blob holds the link's target). */
  symlink: boolean;
}

/** The output of one git command. */
interface GitOutput {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs git with `args` in `cwd`, feeding it `input`; resolves even when git fails (code != 0). */
function git(cwd: string, args: readonly string[], input?: string): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...args], {
      cwd,
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new UserError('git is not installed (or not on the PATH); charter reads revisions with the git command line') : e),
    );
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined); // git may exit before reading all its input; its exit code says why
    child.stdin.end(input ?? '');
  });
}

/**
 * The repository `cwd` is in.
 * @throws UserError when `cwd` is not inside a git working tree.
 */
export async function openRepository(cwd: string): Promise<GitRepository> {
  const r = await git(cwd, ['rev-parse', '--show-toplevel', '--show-prefix']);
  const [root, prefix] = r.stdout.toString('utf8').split('\n');
  if (r.code !== 0 || root === undefined || root === '') {
    throw new UserError(`${cwd} is not in a git repository; to compare two directories instead, run charter diff <old-dir> <new-dir>`);
  }
  return { root, prefix: prefix ?? '' };
}

/**
 * The commit a revision names (a branch, a tag, a commit id, `HEAD~2`, `origin/main`...).
 * @throws UserError when it names no commit of the repository.
 */
export async function resolveCommit(repo: GitRepository, revision: string): Promise<string> {
  if (revision === '' || revision.startsWith('-')) throw new UserError(`"${revision}" is not a revision`);
  const r = await git(repo.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
  const oid = r.stdout.toString('utf8').trim();
  if (r.code !== 0 || oid === '') {
    throw new UserError(`"${revision}" is not a revision of this repository (a branch, tag or commit); git log --oneline lists the commits`);
  }
  return oid;
}

/**
 * Every file under `dir` (relative to the root; '' for all) in the commit's tree,
 * sorted by path. Submodules are left out.
 */
export async function listFiles(repo: GitRepository, commit: string, dir: string): Promise<TreeEntry[]> {
  const args = ['ls-tree', '-r', '-z', '--full-tree', commit];
  if (dir !== '') args.push('--', dir);
  const r = await git(repo.root, args);
  if (r.code !== 0) throw new Error(`git ls-tree failed: ${r.stderr.trim()}`);
  const entries: TreeEntry[] = [];
  for (const record of r.stdout.toString('utf8').split('\0')) {
    if (record === '') continue;
    // "<mode> SP <type> SP <oid> TAB <path>"
    const tab = record.indexOf('\t');
    const [mode, type, oid] = record.slice(0, tab).split(' ');
    if (type !== 'blob' || oid === undefined) continue;
    entries.push({ path: record.slice(tab + 1), oid, symlink: mode === '120000' });
  }
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The contents of some blobs, by object id, read in one `git cat-file --batch`
 * (one process whatever the number of files, where `git show` would start one per file).
 */
export async function readBlobs(repo: GitRepository, oids: readonly string[]): Promise<Map<string, Buffer>> {
  const unique = [...new Set(oids)];
  const blobs = new Map<string, Buffer>();
  if (unique.length === 0) return blobs;
  const r = await git(repo.root, ['cat-file', '--batch'], `${unique.join('\n')}\n`);
  if (r.code !== 0) throw new Error(`git cat-file failed: ${r.stderr.trim()}`);
  const out = r.stdout;
  let at = 0;
  for (const oid of unique) {
    // "<oid> SP <type> SP <size> LF <contents> LF", or "<oid> SP missing LF".
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = out.subarray(at, eol).toString('utf8').split(' ');
    at = eol + 1;
    if (header[1] === 'missing' || header[2] === undefined) continue;
    const size = Number(header[2]);
    blobs.set(oid, out.subarray(at, at + size));
    at += size + 1;
  }
  return blobs;
}

/** A file's path relative to the repository root, for a path relative to the working directory. */
export function repoPath(repo: GitRepository, relative: string): string {
  const joined = `${repo.prefix}${relative}`.replace(/\\/g, '/');
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return '..';
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}
