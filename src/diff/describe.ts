import { countBySeverity } from '../findings/finding.js';
import type { Change, DependencyChange, OrgDiff } from './types.js';

/** Where a change was made: in a function charter, a department of org.yaml, or org.yaml itself. */
export type ChangeContext = 'function' | 'department' | 'org';

/** A change in words: one line, and for long texts the old and new text to show under it. */
export interface ChangeText {
  text: string;
  before?: string;
  after?: string;
}

/** What an item of each list is called. */
const ITEM_LABELS: Record<string, string> = {
  operatingMetrics: 'metric',
  costMetrics: 'cost metric',
  leading: 'leading metric',
  activities: 'activity',
  risks: 'risk',
  dependencies: 'dependency',
  customerNeeds: 'customer need',
  externalTeams: 'external team',
  departments: 'department',
};

/** Verbs for entries added to and removed from some lists. */
const ENTRY_VERBS: Record<string, [string, string]> = {
  fulfils: ['now fulfils', 'no longer fulfils'],
  mitigatedBy: ['now mitigated by', 'no longer mitigated by'],
  monitoredBy: ['now monitored by', 'no longer monitored by'],
  implicitProviders: ['implicit provider added:', 'implicit provider removed:'],
};

/** Texts this long, or a mission, are shown whole on lines of their own. */
const LONG_TEXT = 60;

/** A camelCase key in words: `costExemption` -> `cost exemption`. */
export function keyWords(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A value as a sentence quotes it. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(valueText).join(', ');
  if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    if (typeof o['name'] === 'string') return `"${o['name']}"`;
    return JSON.stringify(value);
  }
  return String(value);
}

/** One change in plain words, e.g. `activity "triage": no longer fulfils "csm/break-fix"`. */
export function describeChange(change: Change, context: ChangeContext): ChangeText {
  const steps = change.at;
  const last = steps[steps.length - 1]!;
  // Nested items of one list read `activity "reviews" › "kickoff"`.
  const where = steps
    .slice(0, -1)
    .map((s, i) => {
      if ('key' in s) return keyWords(s.key);
      const outer = i >= 1 ? steps[i - 1] : undefined;
      const label = outer !== undefined && !('key' in outer) && outer.list === s.list ? '' : `${itemLabel(s.list, context)} `;
      return `${label}"${s.item}"`;
    })
    .join(' › ');
  const prefix = where === '' ? '' : `${where}: `;

  if (!('key' in last)) {
    const label = `${itemLabel(last.list, context)} "${last.item}"`;
    const named = last.by === 'id' ? nameOf(change.kind === 'removed' ? change.before : change.after) : undefined;
    const suffix = named !== undefined ? ` (${valueText(named)})` : '';
    return { text: `${prefix}${label} ${change.kind === 'added' ? 'added' : 'removed'}${suffix}` };
  }
  const field = keyWords(last.key);
  if (change.entry && change.kind === 'changed') {
    const verbs = ENTRY_VERBS[last.key];
    return { text: `${prefix}${verbs !== undefined ? verbs[0] : `${field}:`} ${valueText(change.after)} (was ${valueText(change.before)})` };
  }
  if (change.entry) {
    const verbs = ENTRY_VERBS[last.key];
    if (verbs !== undefined) return { text: `${prefix}${change.kind === 'added' ? verbs[0] : verbs[1]} ${valueText(change.kind === 'added' ? change.after : change.before)}` };
    return { text: `${prefix}${field}: ${valueText(change.kind === 'added' ? change.after : change.before)} ${change.kind}` };
  }
  if (context === 'function' && where === '' && last.key === 'department' && change.kind === 'changed') {
    return { text: `moved from department ${valueText(change.before)} to ${valueText(change.after)}` };
  }
  if (change.kind === 'added') return long(change.after, last.key) ? { text: `${prefix}${field} added`, after: String(change.after) } : { text: `${prefix}${field} added: ${valueText(change.after)}` };
  if (change.kind === 'removed') return long(change.before, last.key) ? { text: `${prefix}${field} removed`, before: String(change.before) } : { text: `${prefix}${field} removed (was ${valueText(change.before)})` };
  if (long(change.before, last.key) || long(change.after, last.key)) {
    return { text: `${prefix}${field} changed`, before: String(change.before), after: String(change.after) };
  }
  return { text: `${prefix}${field} changed from ${valueText(change.before)} to ${valueText(change.after)}` };
}

function itemLabel(list: string, context: ChangeContext): string {
  if (list === 'risks' && context === 'org') return 'register risk';
  return ITEM_LABELS[list] ?? keyWords(list);
}

function nameOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['name'] : undefined;
}

function long(value: unknown, key: string): boolean {
  return typeof value === 'string' && (key === 'mission' || value.length > LONG_TEXT);
}

/** A dependency as a line names it: `csm -> support (break-fix)`. */
export function dependencyName(d: DependencyChange, arrow = '→'): string {
  return `${d.from} ${arrow} ${d.to}${d.id !== null ? ` (${d.id})` : ''}`;
}

/** What happened to a dependency, in words: `acknowledged → unacknowledged`, `new: unacknowledged`, `removed (was acknowledged)`. */
export function dependencyChangeText(d: DependencyChange, arrow = '→'): string {
  if (d.before === null) return `new, ${d.after}${fulfilledText(d.fulfilledByAfter)}`;
  if (d.after === null) return `removed (was ${d.before})`;
  const parts: string[] = [];
  if (d.before !== d.after) {
    parts.push(`${d.before}${fulfilledText(d.fulfilledByBefore)} ${arrow} ${d.after}${fulfilledText(d.fulfilledByAfter)}`);
  } else if (d.fulfilledByBefore.join() !== d.fulfilledByAfter.join()) {
    parts.push(`still ${d.after}, now by ${d.fulfilledByAfter.join(', ')} (was ${d.fulfilledByBefore.join(', ')})`);
  } else {
    parts.push(`still ${d.after}`);
  }
  if (d.forBefore !== undefined) parts.push(`now for "${d.for}" (was "${d.forBefore}")`);
  return parts.join('; ');
}

function fulfilledText(by: readonly string[]): string {
  return by.length === 0 ? '' : ` (by ${by.join(', ')})`;
}

/** True when a dependency that was met (or absent) now is not: unacknowledged or unknown. */
export function newlyUnmet(d: DependencyChange): boolean {
  const unmet = (s: DependencyChange['before']): boolean => s === 'unacknowledged' || s === 'unknown';
  return unmet(d.after) && !unmet(d.before);
}

/** True when nothing changed at all. */
export function isEmpty(diff: OrgDiff): boolean {
  const items = (x: { added: unknown[]; removed: unknown[]; renamed: unknown[]; changed: unknown[] }): number =>
    x.added.length + x.removed.length + x.renamed.length + x.changed.length;
  return (
    items(diff.functions) + items(diff.departments) + diff.org.length + diff.needs.unserved.length + diff.needs.served.length +
      diff.dependencies.length + diff.findings.introduced.length + diff.findings.fixed.length ===
    0
  );
}

/** `3 functions`, `1 function`. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** The parts of the summary line, in the order a reader wants them. */
export function summaryParts(diff: OrgDiff): string[] {
  const parts: string[] = [];
  const items = (x: OrgDiff['departments'], word: string, many?: string): void => {
    const bits = [
      x.added.length > 0 ? `${x.added.length} added` : '',
      x.removed.length > 0 ? `${x.removed.length} removed` : '',
      x.renamed.length > 0 ? `${x.renamed.length} renamed` : '',
      x.changed.length > 0 ? `${x.changed.length} changed` : '',
    ].filter((b) => b !== '');
    if (bits.length === 0) return;
    const total = x.added.length + x.removed.length + x.renamed.length + x.changed.length;
    parts.push(`${plural(total, word, many)}: ${bits.join(', ')}`);
  };
  items(diff.functions, 'function');
  items(diff.departments, 'department');
  if (diff.org.length > 0) parts.push(`org.yaml: ${plural(diff.org.length, 'change')}`);
  if (diff.needs.unserved.length > 0) parts.push(`${plural(diff.needs.unserved.length, 'customer need')} left without a department`);
  if (diff.dependencies.length > 0) {
    const unmet = diff.dependencies.filter(newlyUnmet).length;
    parts.push(`${plural(diff.dependencies.length, 'dependency change')}${unmet > 0 ? ` (${unmet} newly unmet)` : ''}`);
  }
  parts.push(findingsSummary(diff));
  return parts;
}

/** `2 new problems (1 error, 1 warning), 1 fixed`, or `no new problems, 1 fixed`. */
export function findingsSummary(diff: OrgDiff): string {
  const { introduced, fixed } = diff.findings;
  const { errors, warnings } = countBySeverity(introduced);
  const bits = [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter((b) => b !== '');
  const news = introduced.length === 0 ? 'no new problems' : `${plural(introduced.length, 'new problem')} (${bits.join(', ')})`;
  return `${news}, ${fixed.length} fixed`;
}
