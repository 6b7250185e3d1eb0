import path from 'node:path';

/**
 * `target` relative to directory `dir` (both absolute) when it lies strictly inside
 * it, else undefined. A name that merely starts with two dots (`..dots/csm.yaml`) is
 * inside; only `..` as a whole segment leads out.
 */
export function relativeInside(dir: string, target: string): string | undefined {
  const rel = path.relative(dir, target);
  if (rel === '' || path.isAbsolute(rel) || rel === '..' || rel.startsWith(`..${path.sep}`)) return undefined;
  return rel;
}
