import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

/** charter's repository (this work tree). */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** What a command printed and how it ended. */
export interface Exec {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program to the end, never throwing on a non-zero exit. */
export async function exec(file: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Exec> {
  try {
    const { stdout, stderr } = await promisify(execFile)(file, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number | string; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(err) };
  }
}

/** Files of the repository `npm pack` needs: what the package ships, and what builds it. */
const PACK_INPUTS = ['package.json', 'package-lock.json', '.npmrc', 'tsconfig.json', 'tsconfig.build.json', 'README.md', 'LICENSE', 'src', 'schemas', 'docs'];

/**
 * `npm pack` as a user (or pre-commit) runs it in a checkout: in a copy of the
 * repository's sources (so that its build does not replace this run's dist/), with
 * this work tree's node_modules. Returns what npm printed and the tarball's path.
 */
export async function packCopy(into: string): Promise<{ run: Exec; tarball: string }> {
  const copy = path.join(into, 'checkout');
  await fs.mkdir(copy, { recursive: true });
  for (const name of PACK_INPUTS) await fs.cp(path.join(ROOT, name), path.join(copy, name), { recursive: true });
  await fs.symlink(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  const run = await exec('npm', ['pack'], copy);
  return { run, tarball: path.join(copy, run.stdout.trim()) };
}
