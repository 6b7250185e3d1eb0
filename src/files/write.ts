/**
 * The one way charter writes a file (the report of `--output-file`, the cache,
 * `charter schema`'s files, `charter new`'s charter): never half a file. The text goes
 * to a temporary file beside the target (same directory, so same file system), is
 * flushed to disk, and only then takes the target's place.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The target already exists: nothing was written. */
export class TargetExistsError extends Error {
  constructor(readonly target: string) {
    super(`${target} already exists`);
    this.name = 'TargetExistsError';
  }
}

/** A fresh hidden name beside `target`: `.<name>.<random>.tmp`. */
function temporaryBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Writes `text` to a new file `file` (never an existing one) and flushes it to disk. */
async function writeNew(file: string, text: string): Promise<void> {
  const handle = await fs.open(file, 'wx');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `target` with `text` atomically: a reader sees the old file or the new
 * one, never a mix. A symbolic link at `target` is replaced, not written through.
 * The directory must exist. On failure, nothing is left behind.
 * @throws the file system's error.
 */
export async function writeAtomic(target: string, text: string): Promise<void> {
  const temp = temporaryBeside(target);
  try {
    await writeNew(temp, text);
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/**
 * Creates `target` with `text`, never replacing a file that exists, and never leaving
 * a half-written one: the text goes to a temporary file beside it, which is then
 * hard-linked to the target (linking fails when the target exists) and removed.
 * Where hard links are not supported, an exclusive copy does the same.
 * @throws TargetExistsError when the target exists; the file system's error otherwise.
 */
export async function createExclusive(target: string, text: string): Promise<void> {
  const temp = temporaryBeside(target);
  await writeNew(temp, text);
  try {
    try {
      await fs.link(temp, target);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new TargetExistsError(target);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw err;
      await fs.copyFile(temp, target, fs.constants.COPYFILE_EXCL).catch((copyErr: unknown) => {
        throw (copyErr as NodeJS.ErrnoException).code === 'EEXIST' ? new TargetExistsError(target) : copyErr;
      });
    }
  } finally {
    await fs.rm(temp, { force: true });
  }
}
