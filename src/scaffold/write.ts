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

/**
 * Creates `target` with `text`, never replacing a file that exists, and never leaving
 * a half-written one: the text goes to a temporary file beside it, which is then
 * hard-linked to the target (linking fails when the target exists) and removed.
 * Where hard links are not supported, an exclusive copy does the same.
 * @throws TargetExistsError when the target exists; the file system's error otherwise.
 */
export async function createExclusive(target: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  await fs.writeFile(temp, text, { flag: 'wx' });
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
