import path from 'node:path';
import { UserError } from '../errors.js';
import type { Finding } from '../findings/finding.js';

/**
 * Bulk suppressions (`charter-suppressions.json`): how an organization adopts charter,
 * or a new rule, without fixing every old problem first. The file counts, per charter
 * file and rule, the problems accepted when it was written, as ESLint's bulk
 * suppressions do:
 *
 * ```json
 * { "charters/csm.yaml": { "placeholder": { "count": 2 } } }
 * ```
 *
 * A later run hides a file's problems of a rule while there are no more of them than
 * the count; once there are more, all of them are shown again (charter cannot tell
 * which one is new), and a count that matches nothing any more is reported, like an
 * unused suppression comment. Applied after the suppression comments.
 */

/** The file's name; it lives next to the configuration (in the working directory without one). */
export const SUPPRESSIONS_FILE = 'charter-suppressions.json';

/** Rules whose problems are never suppressed in bulk: the file must be fixed, or the rule turned off. */
export const NOT_BULK_SUPPRESSIBLE: ReadonlySet<string> = new Set(['yaml-syntax', 'schema', 'unused-suppression']);

/** Accepted problems: file (relative to the suppressions file, forward slashes) -> rule -> count. */
export type BulkSuppressions = Record<string, Record<string, { count: number }>>;

/** A file and rule whose entry matched no problem. */
export interface UnusedEntry {
  /** The entry's file, as written in the suppressions file. */
  file: string;
  rule: string;
  count: number;
}

/** What applying the suppressions left. */
export interface BulkOutcome {
  /** The findings still reported. */
  kept: Finding[];
  /** How many findings the entries hid. */
  suppressed: number;
  /** Entries that matched nothing (within the files this run reported on). */
  unused: UnusedEntry[];
}

/** Turns finding paths (relative to the working directory) into entry paths and back. */
export interface EntryPaths {
  /** A finding's file as an entry names it. */
  toEntry(findingFile: string): string;
}

/** Entry paths relative to the directory of the suppressions file. */
export function entryPaths(cwd: string, suppressionsFile: string): EntryPaths {
  const dir = path.dirname(suppressionsFile);
  return { toEntry: (file) => path.relative(dir, path.resolve(cwd, file)).split(path.sep).join('/') };
}

/**
 * Reads the file's text.
 * @throws UserError naming the file when it is not a JSON object of the expected shape.
 */
export function parseSuppressions(text: string, displayPath: string): BulkSuppressions {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new UserError(`${displayPath}: not valid JSON (${(err as Error).message}); fix it, or delete it and run charter lint --suppress-all again`);
  }
  const bad = (where: string): never => {
    throw new UserError(`${displayPath}: ${where}; each entry reads "<file>": { "<rule>": { "count": <number> } }`);
  };
  if (!isObject(data)) return bad('the file must hold one JSON object');
  const out: BulkSuppressions = {};
  for (const [file, rules] of Object.entries(data)) {
    if (!isObject(rules)) return bad(`"${file}" is not an object of rules`);
    out[file] = {};
    for (const [rule, entry] of Object.entries(rules)) {
      const count = isObject(entry) ? entry['count'] : undefined;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return bad(`"${file}" > "${rule}" has no whole "count"`);
      out[file]![rule] = { count };
    }
  }
  return out;
}

/** The file's text: keys sorted, two-space indent, a final newline (stable diffs in review). */
export function serializeSuppressions(entries: BulkSuppressions): string {
  const sorted: BulkSuppressions = {};
  for (const file of Object.keys(entries).sort()) {
    const rules = entries[file]!;
    const names = Object.keys(rules).sort();
    if (names.length === 0) continue;
    sorted[file] = {};
    for (const rule of names) sorted[file]![rule] = { count: rules[rule]!.count };
  }
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** Counts findings per entry file and rule (rules that cannot be suppressed in bulk left out). */
export function countFindings(findings: readonly Finding[], paths: EntryPaths, only?: ReadonlySet<string>): BulkSuppressions {
  const out: BulkSuppressions = {};
  for (const f of findings) {
    if (NOT_BULK_SUPPRESSIBLE.has(f.rule) || (only !== undefined && !only.has(f.rule))) continue;
    const file = paths.toEntry(f.file);
    const rules = (out[file] ??= {});
    rules[f.rule] = { count: (rules[f.rule]?.count ?? 0) + 1 };
  }
  return out;
}

/**
 * Hides the findings the entries cover. `inScope` says which entry files this run
 * reported on (all by default): entries of other files are neither used nor unused.
 */
export function applyBulkSuppressions(
  findings: readonly Finding[],
  entries: BulkSuppressions,
  paths: EntryPaths,
  inScope: (entryFile: string) => boolean = () => true,
): BulkOutcome {
  const found = countFindings(findings, paths);
  const kept: Finding[] = [];
  let suppressed = 0;
  for (const f of findings) {
    const file = paths.toEntry(f.file);
    const allowed = entries[file]?.[f.rule]?.count;
    const actual = found[file]?.[f.rule]?.count ?? 0;
    if (allowed !== undefined && !NOT_BULK_SUPPRESSIBLE.has(f.rule) && actual <= allowed) suppressed++;
    else kept.push(f);
  }
  const unused: UnusedEntry[] = [];
  for (const [file, rules] of Object.entries(entries)) {
    if (!inScope(file)) continue;
    for (const [rule, { count }] of Object.entries(rules)) {
      if (count > 0 && (found[file]?.[rule]?.count ?? 0) === 0) unused.push({ file, rule, count });
    }
  }
  return { kept, suppressed, unused };
}

/**
 * `--suppress-all` (no `rules`) or `--suppress-rule` (those rules): the entries for
 * those rules become the current counts; entries of other rules, and of files outside
 * `inScope`, stay as they were.
 */
export function suppressFindings(
  existing: BulkSuppressions,
  findings: readonly Finding[],
  paths: EntryPaths,
  rules?: ReadonlySet<string>,
  inScope: (entryFile: string) => boolean = () => true,
): BulkSuppressions {
  const out: BulkSuppressions = {};
  for (const [file, entries] of Object.entries(existing)) {
    for (const [rule, entry] of Object.entries(entries)) {
      if (!inScope(file) || (rules !== undefined && !rules.has(rule))) (out[file] ??= {})[rule] = { ...entry };
    }
  }
  for (const [file, entries] of Object.entries(countFindings(findings, paths, rules))) {
    for (const [rule, entry] of Object.entries(entries)) (out[file] ??= {})[rule] = entry;
  }
  return out;
}

/**
 * `--prune-suppressions`: entries that match nothing are removed, and counts above
 * what is found are lowered to it, so that fixed problems cannot come back unseen.
 * Entries of files outside `inScope` are kept as they are.
 */
export function pruneSuppressions(
  existing: BulkSuppressions,
  findings: readonly Finding[],
  paths: EntryPaths,
  inScope: (entryFile: string) => boolean = () => true,
): BulkSuppressions {
  const found = countFindings(findings, paths);
  const out: BulkSuppressions = {};
  for (const [file, entries] of Object.entries(existing)) {
    for (const [rule, { count }] of Object.entries(entries)) {
      const now = inScope(file) ? Math.min(count, found[file]?.[rule]?.count ?? 0) : count;
      if (now > 0) (out[file] ??= {})[rule] = { count: now };
    }
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
