import path from 'node:path';
import type { Report } from './types.js';

/**
 * A finding's file relative to the repository root, with forward slashes
 * (`charters/csm.yaml`), as GitHub expects it; undefined when the file is outside the root.
 */
export function pathFromRoot(file: string, report: Pick<Report, 'cwd' | 'root'>): string | undefined {
  const abs = path.resolve(report.cwd, file);
  const rel = path.relative(report.root, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}
