import type { Finding } from '../../findings/finding.js';
import { findingsSummary, newlyUnmet } from '../describe.js';
import { pathText, type Change, type ChangedItem, type ItemsDiff, type OrgDiff } from '../types.js';
import type { DiffFormatter } from './types.js';

/**
 * `--format json`: `{ base, head, summary, functions: { added, removed, renamed, moved,
 * changed }, departments, org, needs, dependencies, findings: { introduced, fixed } }`.
 * Added and removed are lists of ids; a change is `{ path, kind, before, after }` with
 * null for a side that has no value; findings are as `charter lint --format json` gives them.
 */
export const json: DiffFormatter = (diff) => `${JSON.stringify(toJson(diff), null, 2)}\n`;

/** The JSON document of a comparison (see docs/diff.md). */
export function toJson(diff: OrgDiff): unknown {
  return {
    base: diff.base,
    head: diff.head,
    summary: {
      functions: counts(diff.functions),
      departments: counts(diff.departments),
      dependencies: { changed: diff.dependencies.length, newlyUnmet: diff.dependencies.filter(newlyUnmet).length },
      findings: {
        introduced: diff.findings.introduced.length,
        introducedErrors: diff.findings.introduced.filter((f) => f.severity === 'error').length,
        fixed: diff.findings.fixed.length,
        text: findingsSummary(diff),
      },
    },
    functions: { ...items(diff.functions), moved: diff.functions.moved },
    departments: items(diff.departments),
    org: { changes: diff.org.map(change) },
    needs: diff.needs,
    dependencies: diff.dependencies.map((d) => ({
      from: d.from,
      to: d.to,
      id: d.id,
      for: d.for,
      ...(d.forBefore !== undefined ? { forBefore: d.forBefore } : {}),
      before: d.before,
      after: d.after,
      fulfilledByBefore: d.fulfilledByBefore,
      fulfilledByAfter: d.fulfilledByAfter,
    })),
    findings: { introduced: diff.findings.introduced.map(finding), fixed: diff.findings.fixed.map(finding) },
  };
}

function counts(x: ItemsDiff): Record<string, number> {
  return { added: x.added.length, removed: x.removed.length, renamed: x.renamed.length, changed: x.changed.length };
}

function items(x: ItemsDiff): Record<string, unknown> {
  return {
    added: x.added.map((n) => n.id),
    removed: x.removed.map((n) => n.id),
    renamed: x.renamed,
    changed: x.changed.map((c: ChangedItem) => ({ id: c.id, changes: c.changes.map(change) })),
  };
}

function change(c: Change): unknown {
  return { path: pathText(c.at), kind: c.kind, before: c.before ?? null, after: c.after ?? null };
}

/** A finding without its fix and suggestions: their offsets are of one revision's text, and a comparison reports problems, not edits. */
function finding(f: Finding): Finding {
  const { fix: _fix, suggestions: _suggestions, ...rest } = f;
  return rest;
}
