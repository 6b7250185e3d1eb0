import path from 'node:path';
import ignore from 'ignore';

/** True when a file or directory (absolute path) is left out of linting. */
export type IgnoreFilter = (absPath: string, isDirectory: boolean) => boolean;

/**
 * The `ignore:` patterns of the configuration as a filter: gitignore syntax (the
 * `ignore` package, as ESLint uses), relative to `baseDir`, the configuration's
 * directory. Paths outside `baseDir` are never ignored. Undefined when there are no patterns.
 */
export function ignoreFilter(patterns: readonly string[], baseDir: string): IgnoreFilter | undefined {
  if (patterns.length === 0) return undefined;
  const matcher = ignore().add([...patterns]);
  return (absPath, isDirectory) => {
    const rel = path.relative(baseDir, absPath);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
    const posix = rel.split(path.sep).join('/');
    return matcher.ignores(isDirectory ? `${posix}/` : posix);
  };
}
