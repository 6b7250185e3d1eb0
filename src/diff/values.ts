import type { Change, PathStep } from './types.js';

/**
 * Compares two values of a charter or of org.yaml, key by key, and lists what was
 * added, removed or changed. Lists of objects that all have an `id` are matched by
 * id (then by `name` when they all have one), so reordering is no change and an
 * item's own changes are reported under it; lists of plain values are compared as
 * sets (each entry added or removed). Anything else is compared whole. Keys in
 * `skip` (at the top level) are left out.
 */
export function diffValues(before: unknown, after: unknown, skip: ReadonlySet<string> = new Set()): Change[] {
  const out: Change[] = [];
  diffObject(asObject(before), asObject(after), [], out, skip);
  return out;
}

type Obj = Record<string, unknown>;

function asObject(v: unknown): Obj {
  return isObject(v) ? v : {};
}

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function diffObject(before: Obj, after: Obj, at: PathStep[], out: Change[], skip: ReadonlySet<string> = new Set()): void {
  const keys = [...Object.keys(after), ...Object.keys(before).filter((k) => !(k in after))];
  for (const key of keys) {
    if (skip.has(key) || key.startsWith('x-')) continue;
    diffAt(before[key], after[key], key, at, out);
  }
}

function diffAt(before: unknown, after: unknown, key: string, at: PathStep[], out: Change[]): void {
  const here = [...at, { key }];
  if (before === undefined && after === undefined) return;
  // A list of plain values that appears or goes: its entries, as when the list was there all along.
  if (before === undefined && Array.isArray(after) && after.length > 0 && after.every(isPlain)) return diffList([], after, key, at, out);
  if (after === undefined && Array.isArray(before) && before.length > 0 && before.every(isPlain)) return diffList(before, [], key, at, out);
  if (before === undefined) return void out.push({ at: here, kind: 'added', before: undefined, after });
  if (after === undefined) return void out.push({ at: here, kind: 'removed', before, after: undefined });
  if (Array.isArray(before) && Array.isArray(after)) return diffList(before, after, key, at, out);
  if (isObject(before) && isObject(after)) return diffObject(before, after, here, out);
  if (!sameValue(before, after)) out.push({ at: here, kind: 'changed', before, after });
}

function diffList(before: unknown[], after: unknown[], key: string, at: PathStep[], out: Change[]): void {
  const by = keyOf(before, after);
  if (by !== undefined) {
    const beforeBy = new Map(before.map((item) => [(item as Obj)[by] as string, item as Obj]));
    const afterBy = new Map(after.map((item) => [(item as Obj)[by] as string, item as Obj]));
    for (const [item, value] of afterBy) {
      const step: PathStep = { list: key, item, by };
      const old = beforeBy.get(item);
      if (old === undefined) out.push({ at: [...at, step], kind: 'added', before: undefined, after: value });
      else diffObject(old, value, [...at, step], out);
    }
    for (const [item, value] of beforeBy) {
      if (!afterBy.has(item)) out.push({ at: [...at, { list: key, item, by }], kind: 'removed', before: value, after: undefined });
    }
    return;
  }
  const here = [...at, { key }];
  if (before.every(isPlain) && after.every(isPlain)) {
    const had = new Set(before.map(String));
    const has = new Set(after.map(String));
    for (const v of after) if (!had.has(String(v))) out.push({ at: here, kind: 'added', before: undefined, after: v, entry: true });
    for (const v of before) if (!has.has(String(v))) out.push({ at: here, kind: 'removed', before: v, after: undefined, entry: true });
    return;
  }
  if (!sameValue(before, after)) out.push({ at: here, kind: 'changed', before, after });
}

/** The key that tells the items of both lists apart: `id`, else `name`, when every item has a distinct one. */
function keyOf(before: unknown[], after: unknown[]): 'id' | 'name' | undefined {
  for (const by of ['id', 'name'] as const) {
    if (distinctKeys(before, by) && distinctKeys(after, by) && before.length + after.length > 0) return by;
  }
  return undefined;
}

function distinctKeys(list: unknown[], by: string): boolean {
  const seen = new Set<string>();
  for (const item of list) {
    if (!isObject(item) || typeof item[by] !== 'string') return false;
    const k = item[by];
    if (seen.has(k)) return false;
    seen.add(k);
  }
  return true;
}

function isPlain(v: unknown): boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The entries of a value as `path=value` strings, list items keyed by id or name:
 * what the similarity of two charters counts (see `similarity`).
 */
export function leaves(value: unknown, skip: ReadonlySet<string> = new Set()): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, prefix: string): void => {
    if (Array.isArray(v)) {
      const by = keyOf(v, v);
      v.forEach((item, i) => walk(item, `${prefix}[${by !== undefined ? String((item as Obj)[by]) : isPlain(item) ? String(item) : i}]`));
    } else if (isObject(v)) {
      for (const [k, child] of Object.entries(v)) if (!(prefix === '' && skip.has(k)) && !k.startsWith('x-')) walk(child, prefix === '' ? k : `${prefix}.${k}`);
    } else {
      out.add(`${prefix}=${JSON.stringify(v)}`);
    }
  };
  walk(value, '');
  return out;
}

/** Jaccard similarity of two sets of entries: shared entries over all distinct entries (1 when both are empty). */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
