import path from 'node:path';
import type { Report } from './types.js';
import { relativeInside } from '../files/within.js';

/**
 * A finding's file relative to the repository root, with forward slashes
 * (`charters/csm.yaml`), as GitHub expects it; undefined when the file is outside the root.
 */
export function pathFromRoot(file: string, report: Pick<Report, 'cwd' | 'root'>): string | undefined {
  const rel = relativeInside(report.root, path.resolve(report.cwd, file));
  return rel === undefined ? undefined : rel.split(path.sep).join('/');
}
