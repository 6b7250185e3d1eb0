/**
 * Salvage: removing what the schema rejects from a document's data, so that the rules
 * can still see the rest, and mapping paths of the salvaged data back to the file.
 * @module
 */
import type { z } from 'zod';
import type { NodePath } from '../locate/locator.js';
import { isPlainObject, valueAt } from './data.js';

/** List items removed from one list in one salvage round: indexes as they were before the round. */
export interface Removal {
  list: NodePath;
  removed: number[];
}

/** Maps a path in the data after the given salvage rounds back to the data before them. */
export function throughRounds(path: NodePath, rounds: readonly Removal[][]): NodePath {
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
export function dropPaths(issue: z.core.$ZodIssue, data: unknown): NodePath[] {
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
export function removePaths(root: Record<string, unknown>, paths: NodePath[]): Removal[] {
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
