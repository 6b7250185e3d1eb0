import path from 'node:path';
import type { z } from 'zod';
import type { LocateTarget, NodePath } from '../locate/locator.js';
import { didYouMean } from '../text/suggest.js';
import { charterSchema, type Charter } from './charter.js';
import { EXTENSION_PREFIX, ID_PATTERN } from './common.js';
import { orgSchema, type Org } from './org.js';

/** A schema problem, in plain words, at a path of the file (not of the salvaged data). */
export interface SchemaIssue {
  path: NodePath;
  target: LocateTarget;
  message: string;
}

/** The outcome of checking one document against its schema. */
export interface Validated<T> {
  /**
   * The document's data, usable by the rules: valid, or salvaged from a partly invalid
   * document by dropping what is invalid. Undefined when nothing usable remains.
   */
  value: T | undefined;
  issues: SchemaIssue[];
  /** Paths dropped while salvaging, as paths of the file: rules stay silent there (the schema finding says it all). */
  dropped: NodePath[];
  /**
   * Turns a path into `value` back into the path of the same node in the file. Salvaging
   * removes invalid list items, which shifts the indexes of the items after them; absent
   * when nothing was removed (paths are the same).
   */
  toSourcePath?: (path: NodePath) => NodePath;
}

/** List items removed from one list in one salvage round: indexes as they were before the round. */
interface Removal {
  list: NodePath;
  removed: number[];
}

type Kind = 'charter' | 'org';

/** Validates a function charter's data. `fileStem` stands in for a missing or invalid id. */
export function validateCharter(data: unknown, fileStem: string): Validated<Charter> {
  return validate(charterSchema, 'charter', data, (value, droppedKeys) => {
    if (droppedKeys.has('id')) value['id'] = ID_PATTERN.test(fileStem) ? fileStem : 'unknown';
    if (droppedKeys.has('name')) value['name'] = value['id'];
    if (droppedKeys.has('department')) value['department'] = '';
  });
}

/** Validates the organization's data (org.yaml). */
export function validateOrg(data: unknown): Validated<Org> {
  return validate(orgSchema, 'org', data, (value, droppedKeys) => {
    if (droppedKeys.has('name')) value['name'] = '';
  });
}

/** The file name without directory and extension: a charter's expected id. */
export function fileStem(filePath: string): string {
  return path.basename(filePath).replace(/\.ya?ml$/i, '');
}

const MAX_SALVAGE_ROUNDS = 6;

function validate<T>(
  schema: z.ZodType<T>,
  kind: Kind,
  data: unknown,
  fillRequired: (root: Record<string, unknown>, droppedRootKeys: Set<string>) => void,
): Validated<T> {
  if (data === null || data === undefined) {
    const message =
      kind === 'org'
        ? 'org.yaml is empty; it needs at least a name (see the file format in docs/)'
        : 'this file is empty; a charter needs at least id, name and department (run "charter new <id>" to start one)';
    return { value: undefined, issues: [{ path: [], target: 'value', message }], dropped: [] };
  }
  if (!isPlainObject(data)) {
    const what = kind === 'org' ? 'org.yaml' : 'a charter file';
    return {
      value: undefined,
      issues: [{ path: [], target: 'value', message: `${what} should be a mapping of keys (name: value lines), got ${describeValue(data)}` }],
      dropped: [],
    };
  }
  let current = stripExtensions(data) as Record<string, unknown>;
  const first = schema.safeParse(current);
  if (first.success) return { value: first.data, issues: [], dropped: [] };

  const issues = first.error.issues.flatMap((issue) => describeIssue(issue, schema, kind, current));
  // Salvage: drop what is invalid and check again, so that the rules can still see the rest.
  const dropped: NodePath[] = [];
  const droppedRootKeys = new Set<string>();
  const rounds: Removal[][] = [];
  let result: ReturnType<typeof schema.safeParse> = first;
  for (let round = 0; round < MAX_SALVAGE_ROUNDS && !result.success; round++) {
    const paths = result.error.issues.flatMap((issue) => dropPaths(issue, current));
    if (paths.length === 0) break;
    current = structuredClone(current);
    for (const p of paths) {
      if (p.length === 1 && typeof p[0] === 'string') droppedRootKeys.add(p[0]);
      dropped.push(throughRounds(p, rounds));
    }
    rounds.push(removePaths(current, paths));
    fillRequired(current, droppedRootKeys);
    result = schema.safeParse(current);
    // Cross-field checks (zod runs them only on otherwise valid data) surface now;
    // other issues of later rounds are consequences of our own cuts.
    if (!result.success) {
      for (const issue of result.error.issues) {
        if (issue.code !== 'custom') continue;
        for (const found of describeIssue(issue, schema, kind, current)) issues.push({ ...found, path: throughRounds(found.path, rounds) });
      }
    }
  }
  const value = result.success ? result.data : undefined;
  if (!rounds.some((r) => r.length > 0)) return { value, issues, dropped };
  return { value, issues, dropped, toSourcePath: (p) => throughRounds(p, rounds) };
}

/** Maps a path in the data after the given salvage rounds back to the data before them. */
function throughRounds(path: NodePath, rounds: readonly Removal[][]): NodePath {
  let p = path;
  for (let r = rounds.length - 1; r >= 0; r--) {
    // Outer lists first: their indexes must be restored before inner lists' paths can match.
    for (const { list, removed } of rounds[r]!) {
      const at = list.length;
      const index = p[at];
      if (p.length <= at || typeof index !== 'number' || !list.every((seg, i) => seg === p[i])) continue;
      let original = index;
      for (const gone of removed) {
        if (gone <= original) original++;
        else break;
      }
      if (original !== index) p = [...p.slice(0, at), original, ...p.slice(at + 1)];
    }
  }
  return p;
}

/** Where to cut to get rid of an issue: the bad value, or for a missing required key the item that lacks it. */
function dropPaths(issue: z.core.$ZodIssue, data: unknown): NodePath[] {
  const p = issue.path as (string | number)[];
  if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => [...p, k]);
  if (p.length === 0) return [];
  if (issue.code === 'invalid_type' && valueAt(data, p) === undefined) {
    // A required key is missing: at the top, fill in a stand-in; below, drop the list item.
    if (p.length === 1) return [p];
    const itemIndex = lastIndexOfNumber(p);
    return itemIndex === -1 ? [] : [p.slice(0, itemIndex + 1)];
  }
  return [p];
}

function lastIndexOfNumber(p: readonly (string | number)[]): number {
  for (let i = p.length - 1; i >= 0; i--) if (typeof p[i] === 'number') return i;
  return -1;
}

/**
 * Removes the given paths; list items are removed after all deletions so indexes stay
 * right. Returns the removed list items, shortest list path first.
 */
function removePaths(root: Record<string, unknown>, paths: NodePath[]): Removal[] {
  const REMOVED = Symbol('removed');
  const lists = new Map<unknown[], Removal>();
  for (const p of paths) {
    const listPath = p.slice(0, -1);
    const parent = valueAt(root, listPath);
    const last = p[p.length - 1]!;
    if (Array.isArray(parent) && typeof last === 'number') {
      if (parent[last] === REMOVED) continue;
      parent[last] = REMOVED;
      let removal = lists.get(parent);
      if (removal === undefined) lists.set(parent, (removal = { list: listPath, removed: [] }));
      removal.removed.push(last);
    } else if (isPlainObject(parent)) {
      delete parent[String(last)];
    }
  }
  for (const a of lists.keys()) {
    const kept = a.filter((x) => x !== REMOVED);
    a.length = 0;
    a.push(...kept);
  }
  const removals = [...lists.values()];
  for (const r of removals) r.removed.sort((x, y) => x - y);
  return removals.sort((x, y) => x.list.length - y.list.length);
}

function valueAt(data: unknown, p: NodePath): unknown {
  let v = data;
  for (const seg of p) {
    if (Array.isArray(v) && typeof seg === 'number') v = v[seg];
    else if (isPlainObject(v)) v = v[String(seg)];
    else return undefined;
  }
  return v;
}

/** A deep copy without `x-` extension keys: they are the user's, never checked. */
function stripExtensions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripExtensions);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!k.startsWith(EXTENSION_PREFIX)) out[k] = stripExtensions(v);
    return out;
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map) && !(value instanceof Set);
}

// ---------------------------------------------------------------------------
// Messages: zod issues in words a charter's author understands.

/** What a list holds and what one of its items is, by the key of the list. */
const LISTS: Record<string, { list: string; item: string }> = {
  operatingMetrics: { list: 'a list of operating metrics', item: 'operating metric' },
  costMetrics: { list: 'a list of cost metrics', item: 'cost metric' },
  leading: { list: 'a list of leading metrics', item: 'leading metric' },
  activities: { list: 'a list of activities', item: 'activity' },
  risks: { list: 'a list of risks', item: 'risk' },
  dependencies: { list: 'a list of dependencies (use [] for none)', item: 'dependency' },
  mitigatedBy: { list: 'a list of activity ids', item: 'activity id' },
  monitoredBy: { list: 'a list of metric ids', item: 'metric id' },
  fulfils: { list: 'a list of dependencies this activity delivers ("<function-id>" or "<function-id>/<dependency-id>")', item: 'entry' },
  customerNeeds: { list: 'a list of customer needs', item: 'customer need' },
  departments: { list: 'a list of departments', item: 'department' },
  externalTeams: { list: 'a list of external teams', item: 'external team' },
  implicitProviders: { list: 'a list of team ids', item: 'team id' },
};

function describeIssue(issue: z.core.$ZodIssue, schema: z.ZodType, kind: Kind, data: unknown): SchemaIssue[] {
  const p = issue.path as (string | number)[];
  const received = valueAt(data, p);
  const subject = subjectOf(p, kind);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(schema, p);
      const owner = ownerOf(p, kind);
      return issue.keys.map((key) => ({
        path: [...p, key],
        target: 'key' as const,
        message:
          `"${key}" is not a key of ${owner}` +
          (didYouMean(key, known) ||
            `; the keys are ${known.map((k) => `"${k}"`).join(', ')}, and your own keys may start with "${EXTENSION_PREFIX}"`),
      }));
    }
    case 'invalid_type': {
      if (received === undefined) {
        const parentPath = p.slice(0, -1);
        return [{ path: parentPath, target: 'key', message: `${capitalize(ownerOf(parentPath, kind))} needs "${String(p[p.length - 1])}"; add it` }];
      }
      const expected = expectedText(issue.expected, p);
      const hint =
        issue.expected === 'string' && (typeof received === 'number' || typeof received === 'boolean')
          ? `; put it in quotes if you mean the text "${String(received)}"`
          : '';
      return [{ path: p, target: 'value', message: `${subject} should be ${expected}, got ${describeValue(received)}${hint}` }];
    }
    case 'invalid_format': {
      if (typeof received === 'string' && issue.format === 'regex') {
        const kebab = toKebab(received);
        const example = kebab !== '' && kebab !== received ? `, such as "${kebab}"` : '';
        const message = p.includes('fulfils')
          ? `"${received}" is not a valid fulfils entry: write "<function-id>" or "<function-id>/<dependency-id>" in kebab-case${example}`
          : `"${received}" is not a valid id: use lowercase letters, digits and single hyphens (kebab-case)${example}`;
        return [{ path: p, target: 'value', message }];
      }
      return [{ path: p, target: 'value', message: `${subject}: ${issue.message}` }];
    }
    case 'too_small':
      return [{ path: p, target: 'value', message: `${subject} is empty; write a value or remove the key` }];
    case 'invalid_value':
      return [
        {
          path: p,
          target: 'value',
          message: `${subject} should be one of ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeValue(received)}`,
        },
      ];
    case 'custom':
      return [{ path: p, target: 'key', message: issue.message }];
    default:
      return [{ path: p, target: 'value', message: `${subject}: ${issue.message}` }];
  }
}

/** `"name" of operating metric 3`, `"operatingMetrics"`, `entry 2 of "fulfils"`. */
function subjectOf(p: readonly (string | number)[], kind: Kind): string {
  const last = p[p.length - 1];
  if (last === undefined) return kind === 'org' ? 'org.yaml' : 'the charter';
  if (typeof last === 'number') {
    const listKey = p[p.length - 2];
    const item = typeof listKey === 'string' ? (LISTS[listKey]?.item ?? 'entry') : 'entry';
    return `${item} ${last + 1} of "${String(listKey)}"`;
  }
  const parent = p.slice(0, -1);
  return parent.length === 0 ? `"${last}"` : `"${last}" of ${ownerOf(parent, kind)}`;
}

/** The thing that owns keys at path `p`: `the charter`, `operating metric 3`, `activity 2 of "activities"`. */
function ownerOf(p: readonly (string | number)[], kind: Kind): string {
  if (p.length === 0) return kind === 'org' ? 'org.yaml' : 'a charter';
  const last = p[p.length - 1];
  const listKey = p[p.length - 2];
  if (typeof last === 'number' && typeof listKey === 'string') return `${LISTS[listKey]?.item ?? 'entry'} ${last + 1}`;
  return `"${String(last)}"`;
}

function expectedText(expected: string, p: readonly (string | number)[]): string {
  const last = p[p.length - 1];
  switch (expected) {
    case 'array':
      return typeof last === 'string' && LISTS[last] ? LISTS[last].list : 'a list';
    case 'object': {
      const listKey = p[p.length - 2];
      if (typeof last === 'number' && typeof listKey === 'string' && LISTS[listKey]) {
        const item = LISTS[listKey].item;
        return `${/^[aeiou]/.test(item) ? 'an' : 'a'} ${item} (a mapping of keys such as id: and name:)`;
      }
      return 'a mapping of keys (name: value lines)';
    }
    case 'string':
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'number':
      return 'a number';
    default:
      return expected;
  }
}

/** How a value reads in a message: `the number 3`, `the text "x"`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (an empty value)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'string':
      return `the text ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
    case 'object':
      return 'a mapping';
    default:
      return typeof value;
  }
}

function toKebab(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function capitalize(s: string): string {
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}

type AnyDef = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; getter?: () => z.ZodType };

/** The keys an object schema accepts at path `p` (for "did you mean"). */
function knownKeys(schema: z.ZodType, p: readonly (string | number)[]): string[] {
  let s: z.ZodType | undefined = schema;
  for (const seg of p) {
    s = unwrap(s);
    const def = (s as unknown as { _zod: { def: AnyDef } } | undefined)?._zod.def;
    if (def === undefined) return [];
    if (def.type === 'object' && typeof seg === 'string') s = (s as unknown as { shape: Record<string, z.ZodType> }).shape[seg];
    else if (def.type === 'array' && typeof seg === 'number') s = def.element;
    else return [];
  }
  s = unwrap(s);
  if ((s as unknown as { _zod?: { def: AnyDef } } | undefined)?._zod?.def.type !== 'object') return [];
  return Object.keys((s as unknown as { shape: Record<string, z.ZodType> }).shape);
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let cur = s;
  for (let i = 0; i < 10 && cur !== undefined; i++) {
    const def: AnyDef = (cur as unknown as { _zod: { def: AnyDef } })._zod.def;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') cur = def.innerType;
    else if (def.type === 'pipe') cur = def.in;
    else if (def.type === 'lazy' && def.getter) cur = def.getter();
    else break;
  }
  return cur;
}
