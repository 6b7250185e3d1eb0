import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { writeAtomic } from '../files/write.js';
import type { BookFiles } from './build.js';

/** The file that marks a directory as a book charter wrote, listing its files. */
export const MANIFEST = '.charter-book.json';

const PARALLEL_WRITES = 16;

interface Manifest {
  generator: 'charter book';
  files: string[];
}

/**
 * Writes the book into `outDir` (created when missing) and nowhere else. A directory
 * that holds anything but an earlier book is refused unless `force`; files of an
 * earlier book that the new one no longer has (a function removed) are deleted, and
 * nothing else is. Each file is written to a temporary name beside it and renamed.
 * @throws UserError when the directory cannot be used or written.
 */
export async function writeBook(files: BookFiles, outDir: string, shownOut: string, force: boolean): Promise<void> {
  const previous = await checkOutDir(outDir, shownOut, force);
  try {
    await fs.mkdir(outDir, { recursive: true });
    const dirs = new Set([...files.keys()].map((f) => path.dirname(f)).filter((d) => d !== '.'));
    for (const dir of dirs) await fs.mkdir(path.join(outDir, dir), { recursive: true });
    // Many small files: a few writes at a time keep the disk busy without opening a thousand files at once.
    const entries = [...files];
    for (let i = 0; i < entries.length; i += PARALLEL_WRITES) {
      await Promise.all(entries.slice(i, i + PARALLEL_WRITES).map(([name, content]) => writeAtomic(path.join(outDir, name), content)));
    }
    const manifest: Manifest = { generator: 'charter book', files: [...files.keys()].sort() };
    await writeAtomic(path.join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    for (const stale of previous) if (!files.has(stale)) await fs.rm(path.join(outDir, stale), { force: true });
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`could not write the book to "${shownOut}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** Checks the output directory; returns the files of the earlier book in it (none when it is new or empty). */
async function checkOutDir(outDir: string, shownOut: string, force: boolean): Promise<string[]> {
  let stat;
  try {
    stat = await fs.stat(outDir);
  } catch {
    return [];
  }
  if (!stat.isDirectory()) throw new UserError(`--out "${shownOut}" is a file, not a directory; name a directory for the book`);
  const present = await listFiles(outDir);
  if (present.length === 0) return [];
  const manifest = await readManifest(outDir);
  const ours = new Set([...(manifest?.files ?? []), MANIFEST]);
  const foreign = manifest === undefined ? present : present.filter((f) => !ours.has(f));
  if (foreign.length > 0 && !force) {
    const sample = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, and ${foreign.length - 3} more` : '');
    throw new UserError(
      `--out "${shownOut}" holds files that are not from an earlier book (${sample}); choose an empty or new directory, or add --force to write the book among them`,
    );
  }
  return manifest?.files.filter((f) => present.includes(f)) ?? [];
}

async function readManifest(outDir: string): Promise<Manifest | undefined> {
  try {
    const data = JSON.parse(await fs.readFile(path.join(outDir, MANIFEST), 'utf8')) as Partial<Manifest>;
    if (data.generator !== 'charter book' || !Array.isArray(data.files) || !data.files.every((f) => typeof f === 'string' && isInside(f))) return undefined;
    return data as Manifest;
  } catch {
    return undefined;
  }
}

/** A manifest entry names a file inside the book (never `..`, never absolute). */
function isInside(file: string): boolean {
  return !path.isAbsolute(file) && !file.split(/[\\/]/).includes('..');
}

/** Every file under `dir`, relative and with forward slashes. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out;
}
