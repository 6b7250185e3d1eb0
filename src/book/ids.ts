/**
 * Where things live in the book: every page and anchor name is made here, so that
 * links and the pages they point at always agree.
 */

/** Pages at the top of the book. */
export const PAGES = {
  index: 'index.html',
  dependencies: 'dependencies.html',
  risks: 'risks.html',
  metrics: 'metrics.html',
  findings: 'findings.html',
} as const;

export const STYLESHEET = 'book.css';
export const FUNCTIONS_DIR = 'functions';

/** A function's page, relative to the book's root. Ids are kebab-case (the schema checks), so they are safe file names. */
export function functionPage(id: string): string {
  return `${FUNCTIONS_DIR}/${encodeURIComponent(id)}.html`;
}

/** An anchor name: a kind and an id, e.g. `activity-success-plans`. */
export function anchor(kind: 'activity' | 'metric' | 'risk' | 'dept' | 'need' | 'rule' | 'file' | 'fn', id: string): string {
  return `${kind}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** A link from a page at `from` (relative to the root) to `to` (relative to the root), with an optional anchor. */
export function linkFrom(from: string, to: string, hash?: string): string {
  const depth = from.split('/').length - 1;
  const target = from === to && hash !== undefined ? '' : `${'../'.repeat(depth)}${to}`;
  return hash === undefined ? target : `${target}#${hash}`;
}
