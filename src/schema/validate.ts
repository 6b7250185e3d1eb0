import path from 'node:path';
import type { z } from 'zod';
import type { LocateTarget, NodePath } from '../locate/locator.js';
import { LOOKALIKES, suggestedId } from '../text/kebab.js';
import { quote } from '../text/quote.js';
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

/**
 * Stands in for a missing or invalid department while salvaging: a valid id, so that the
 * rest of the charter passes the schema; replaced by '' (no department) once it has.
 */
const DEPARTMENT_STAND_IN = 'x-no-department';

/** Validates a function charter's data. `fileStem` stands in for a missing or invalid id. */
export function validateCharter(data: unknown, fileStem: string): Validated<Charter> {
  const result = validateSafely(charterSchema, 'charter', data, (value, droppedKeys) => {
    if (droppedKeys.has('id')) value['id'] = ID_PATTERN.test(fileStem) ? fileStem : 'unknown';
    if (droppedKeys.has('name')) value['name'] = value['id'];
    if (droppedKeys.has('department')) value['department'] = DEPARTMENT_STAND_IN;
  });
  // Rules and the model read '' as "no department"; the schema finding says why.
  if (result.value !== undefined && isDroppedKey(result.dropped, 'department')) result.value.department = '';
  return result;
}

/** Validates the organization's data (org.yaml). */
export function validateOrg(data: unknown): Validated<Org> {
  const result = validateSafely(orgSchema, 'org', data, (value, droppedKeys) => {
    if (droppedKeys.has('name')) value['name'] = 'org.yaml';
  });
  if (result.value !== undefined && isDroppedKey(result.dropped, 'name')) result.value.name = '';
  return result;
}

function isDroppedKey(dropped: readonly NodePath[], key: string): boolean {
  return dropped.some((p) => p.length === 1 && p[0] === key);
}

/** The file name without directory and extension: a charter's expected id. */
export function fileStem(filePath: string): string {
  return path.basename(filePath).replace(/\.ya?ml$/i, '');
}

const MAX_SALVAGE_ROUNDS = 6;

/**
 * {@link validate}, with a last line of defence: zod and the salvage recurse into the
 * data, which the parse stage keeps within 100 levels; should the stack still run
 * out, the file is reported, not the run stopped.
 */
function validateSafely<T>(
  schema: z.ZodType<T>,
  kind: Kind,
  data: unknown,
  fillRequired: (root: Record<string, unknown>, droppedRootKeys: Set<string>) => void,
): Validated<T> {
  try {
    return validate(schema, kind, data, fillRequired);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    const message = `${kind === 'org' ? 'org.yaml' : 'this file'} nests lists and mappings too deeply to check; a charter needs about ten levels`;
    return { value: undefined, issues: [{ path: [], target: 'value', message }], dropped: [] };
  }
}

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
  if (first.success) return { value: first.data, issues: yesNoWords(current, schema, kind, []), dropped: [] };

  const issues = first.error.issues.flatMap((issue) => describeIssue(issue, schema, kind, current));
  issues.push(...yesNoWords(current, schema, kind, issues));
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

/**
 * Values that are just "yes", "no", "on" or "off" where free text belongs (ids are left
 * alone): YAML 1.2 (this
 * tool, and the schema's editors) reads them as text, YAML 1.1 tools as true or false,
 * and either way they are an answer to a question, not the text the format asks for
 * (`mission: yes`). Values already reported are left alone. Iterative.
 */
function yesNoWords(data: unknown, schema: z.ZodType, kind: Kind, already: readonly SchemaIssue[]): SchemaIssue[] {
  const reported = new Set(already.map((i) => JSON.stringify(i.path)));
  const found: SchemaIssue[] = [];
  const stack: { value: unknown; path: NodePath }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (YAML11_BOOLEAN.test(value) && !reported.has(JSON.stringify(path)) && isFreeText(schema, path)) {
        found.push({
          path,
          target: 'value',
          message: `${capitalize(subjectOf(path, kind))} is just the word ${quote(value)}, which some YAML tools read as ${/^(yes|on)$/i.test(value) ? 'true' : 'false'}; write the text in full`,
        });
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    } else if (isPlainObject(value)) {
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
    }
  }
  return found.reverse();
}

/** Maps a path in the data after the given salvage rounds back to the data before them. */
function throughRounds(path: NodePath, rounds: readonly Removal[][]): NodePath {
  let p = path;
  for (let r = rounds.length - 1; r >= 0; r--) {
    const byList = indexOfRound(rounds[r]!);
    // Outer lists first: their indexes must be restored before inner lists' paths can match.
    for (let at = 0; at < p.length; at++) {
      const index = p[at];
      if (typeof index !== 'number') continue;
      const removed = byList.get(pathKey(p, at));
      if (removed === undefined) continue;
      const original = index + removedUpTo(removed, index);
      if (original !== index) p = [...p.slice(0, at), original, ...p.slice(at + 1)];
    }
  }
  return p;
}

/** The removals of one round by the key of their list's path, built once per round. */
const roundIndexes = new WeakMap<readonly Removal[], Map<string, number[]>>();
function indexOfRound(round: readonly Removal[]): Map<string, number[]> {
  let index = roundIndexes.get(round);
  if (index === undefined) {
    index = new Map(round.map((r) => [pathKey(r.list, r.list.length), r.removed]));
    roundIndexes.set(round, index);
  }
  return index;
}

function pathKey(p: NodePath, length: number): string {
  return JSON.stringify(p.slice(0, length));
}

/**
 * How many of the removed items (sorted indexes, before removal) came before the item
 * now at `index`: the count of removed[j] with removed[j] - j <= index (a binary search,
 * as removed[j] - j never decreases).
 */
function removedUpTo(removed: readonly number[], index: number): number {
  let low = 0;
  let high = removed.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (removed[mid]! - mid <= index) low = mid + 1;
    else high = mid;
  }
  return low;
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
    let kept = 0;
    for (const x of a) if (x !== REMOVED) a[kept++] = x;
    a.length = kept;
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
          `${quote(key)} is not a key of ${owner}` +
          ((key === 'on' && known.includes('team') ? '; did you mean "team"? (some YAML tools read "on" as true)' : '') ||
            didYouMean(key, known) ||
            `; the keys are ${known.map((k) => `"${k}"`).join(', ')}, and your own keys may start with "${EXTENSION_PREFIX}"`),
      }));
    }
    case 'invalid_type': {
      if (received === undefined) {
        const parentPath = p.slice(0, -1);
        const missing = String(p[p.length - 1]);
        // `on:` written for `team:` is reported once, as a misspelt key with its suggestion.
        if (missing === 'team' && hasKey(valueAt(data, parentPath), 'on')) return [];
        const owner = ownerOf(parentPath, kind);
        return [{ path: parentPath, target: 'key', message: `${owner === 'org.yaml' ? owner : capitalize(owner)} needs "${missing}"; add it` }];
      }
      const expected = expectedText(issue.expected, p);
      const hint =
        issue.expected === 'string' && (typeof received === 'number' || typeof received === 'boolean')
          ? `; put it in quotes if you mean the text "${String(received)}"`
          : issue.expected === 'boolean' && typeof received === 'string' && YAML11_BOOLEAN.test(received)
            ? `; write true or false (YAML reads ${quote(received)} as text)`
            : '';
      return [{ path: p, target: 'value', message: `${subject} should be ${expected}, got ${describeValue(received)}${hint}` }];
    }
    case 'invalid_format': {
      if (typeof received === 'string' && issue.format === 'regex') {
        const kebab = suggestedId(received);
        const example = kebab !== undefined ? `, such as ${quote(kebab)}` : '';
        const why = oddCharacters(received);
        const message = p.includes('fulfils')
          ? `${quote(received)} is not a valid fulfils entry${why}: write "<function-id>" or "<function-id>/<dependency-id>" in kebab-case${example}`
          : `${quote(received)} is not a valid id${why}: use lowercase letters, digits and single hyphens (kebab-case)${example}`;
        return [{ path: p, target: 'value', message }];
      }
      return [{ path: p, target: 'value', message: `${subject}: ${issue.message}` }];
    }
    case 'too_small':
      return [
        {
          path: p,
          target: 'value',
          message: `${subject} is empty; write a value${isOptionalKey(schema, p) ? ' or remove the key' : ' (it is required)'}`,
        },
      ];
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
      return `the text ${quote(value)}`;
    case 'object':
      return 'a mapping';
    default:
      return typeof value;
  }
}

/** Words that YAML 1.1 tools read as true or false, and YAML 1.2 (this tool) as text (y and n too, but those are left alone). */
const YAML11_BOOLEAN = /^(yes|no|on|off)$/i;

/** Characters that cannot be seen, or look like a space. */
const INVISIBLE = /[\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/;

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why an id that looks right is not: spaces around it, an invisible character, or a
 * letter from another alphabet that looks like a Latin one. Empty when none of these.
 */
function oddCharacters(value: string): string {
  if (value.trim() !== value) {
    const starts = value.trimStart() !== value;
    const ch = starts ? value[0]! : value[value.length - 1]!;
    const space = ch === ' ' ? 'a space' : `an invisible space character (${codePoint(ch)})`;
    return ` (it ${starts ? 'starts' : 'ends'} with ${space}; remove it)`;
  }
  for (const ch of value) {
    const lookalike = LOOKALIKES[ch];
    if (lookalike !== undefined) return ` (it contains "${ch}" (${codePoint(ch)}), a letter of another alphabet that looks like the Latin "${lookalike}"; retype it)`;
    if (INVISIBLE.test(ch)) return ` (it contains an invisible or space character, ${codePoint(ch)}; retype the id)`;
  }
  return '';
}

function capitalize(s: string): string {
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}

type AnyDef = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; getter?: () => z.ZodType };

/** The keys an object schema accepts at path `p` (for "did you mean"). */
function knownKeys(schema: z.ZodType, p: readonly (string | number)[]): string[] {
  const s = schemaAt(schema, p);
  if ((s as unknown as { _zod?: { def: AnyDef } } | undefined)?._zod?.def.type !== 'object') return [];
  return Object.keys((s as unknown as { shape: Record<string, z.ZodType> }).shape);
}

/** The schema of the value at path `p`, unwrapped (optional, default...), or undefined. */
function schemaAt(schema: z.ZodType, p: readonly (string | number)[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  for (const seg of p) {
    s = unwrap(s);
    const def = (s as unknown as { _zod: { def: AnyDef } } | undefined)?._zod.def;
    if (def === undefined) return undefined;
    if (def.type === 'object' && typeof seg === 'string') s = (s as unknown as { shape: Record<string, z.ZodType> }).shape[seg];
    else if (def.type === 'array' && typeof seg === 'number') s = def.element;
    else return undefined;
  }
  return unwrap(s);
}

/** Whether the schema at path `p` is free text (a string with no pattern, unlike an id). */
function isFreeText(schema: z.ZodType, p: readonly (string | number)[]): boolean {
  const def = (schemaAt(schema, p) as unknown as { _zod?: { def: AnyDef & { checks?: { _zod: { def: { check: string } } }[] } } } | undefined)?._zod?.def;
  return def?.type === 'string' && !(def.checks ?? []).some((c) => c._zod.def.check === 'string_format');
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

function hasKey(value: unknown, key: string): boolean {
  return isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, key);
}

/** Whether the key at `p` (its last segment) is optional in the schema of its parent object. */
function isOptionalKey(schema: z.ZodType, p: readonly (string | number)[]): boolean {
  const key = p[p.length - 1];
  if (typeof key !== 'string') return false;
  let s: z.ZodType | undefined = schema;
  for (const seg of p.slice(0, -1)) {
    s = unwrap(s);
    const def = (s as unknown as { _zod: { def: AnyDef } } | undefined)?._zod.def;
    if (def?.type === 'object' && typeof seg === 'string') s = (s as unknown as { shape: Record<string, z.ZodType> }).shape[seg];
    else if (def?.type === 'array' && typeof seg === 'number') s = def.element;
    else return false;
  }
  s = unwrap(s);
  const field = (s as unknown as { shape?: Record<string, z.ZodType> } | undefined)?.shape?.[key];
  return (field as unknown as { _zod?: { def: AnyDef } } | undefined)?._zod?.def.type === 'optional';
}
