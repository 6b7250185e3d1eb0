/**
 * Checked files: what the schema stage made of each file, and the questions later
 * stages ask of it (was this path dropped? what did the file say?), answered in one
 * place so that rules never look at the paths the schema dropped, nor at the raw
 * data or YAML document, themselves.
 * @module
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { SourceFile } from '../load/source.js';
import type { NodePath } from '../locate/locator.js';
import type { Charter } from '../schema/charter.js';
import { EXTENSION_PREFIX } from '../schema/common.js';
import type { Org } from '../schema/org.js';
import { suggest } from '../text/suggest.js';
import type { SchemaIssue, Validated } from '../schema/validate.js';
import type { CharterFile, CheckedFile, OrgFile, TextValue, UnusableFile } from './model.js';

/** A file the rules cannot use: nothing of its data reached them (a syntax problem, or nothing left after the schema stage). */
export function unusableFile(source: SourceFile, checked?: Validated<unknown>): UnusableFile {
  return { kind: 'unusable', ...common(source, checked?.issues ?? [], checked?.dropped ?? [], checked?.toSourcePath) };
}

/** A usable function charter. */
export function charterFile(source: SourceFile, checked: Validated<Charter> & { value: Charter }): CharterFile {
  return { kind: 'charter', charter: checked.value, ...common(source, checked.issues, checked.dropped, checked.toSourcePath) };
}

/** A usable org.yaml. */
export function orgFile(source: SourceFile, checked: Validated<Org> & { value: Org }): OrgFile {
  return { kind: 'org', org: checked.value, ...common(source, checked.issues, checked.dropped, checked.toSourcePath) };
}

type Common = Omit<CheckedFile, 'kind' | 'charter' | 'org'>;

function common(
  source: SourceFile,
  schemaIssues: SchemaIssue[],
  dropped: readonly NodePath[],
  toSourcePath: ((path: NodePath) => NodePath) | undefined,
): Common {
  const inFile = (path: NodePath): NodePath => toSourcePath?.(path) ?? path;
  const ids = new Map<string, ReadonlySet<string>>();
  return {
    source,
    schemaIssues,
    dropped,
    ...(toSourcePath ? { toSourcePath } : {}),
    isDropped(path) {
      if (dropped.length === 0) return false;
      const p = inFile(path);
      return dropped.some((d) => d.length <= p.length && d.every((seg, i) => seg === p[i]));
    },
    hasDroppedUnder(path) {
      if (dropped.length === 0) return false;
      const p = inFile(path);
      return dropped.some((d) => d.length >= p.length && p.every((seg, i) => seg === d[i]));
    },
    misspells(key) {
      return dropped.some((d) => d.length === 1 && typeof d[0] === 'string' && d[0] !== key && suggest(d[0], [key]) !== undefined);
    },
    writtenValue(key) {
      const root = source.doc?.contents;
      return isMap(root) ? root.get(key) : undefined;
    },
    writtenIds(key) {
      let found = ids.get(key);
      if (found === undefined) ids.set(key, (found = idsOfItems(field(source.data, key), key === 'activities' ? 'activities' : undefined)));
      return found;
    },
    textValues(matches) {
      // The data holds every string value of the document: only a file with a match needs its document walked.
      if (!holdsMatch(source.data, matches) || source.doc === undefined) return [];
      return textValuesOf(source, dropped, matches);
    },
  };
}

function field(data: unknown, key: string): unknown {
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>)[key] : undefined;
}

/**
 * The text ids of the items of a list in raw data, and of the lists under `nestedKey`
 * in each item. An explicit stack (nesting is the user's to choose) and a visited set
 * (aliases can make a list contain itself).
 */
function idsOfItems(list: unknown, nestedKey: string | undefined): Set<string> {
  const ids = new Set<string>();
  const seen = new Set<unknown>();
  const stack: unknown[] = [list];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!Array.isArray(current) || seen.has(current)) continue;
    seen.add(current);
    for (const item of current) {
      const id = field(item, 'id');
      if (typeof id === 'string') ids.add(id);
      if (nestedKey !== undefined) stack.push(field(item, nestedKey));
    }
  }
  return ids;
}

/** Whether any string in `data` (at any depth) is accepted by `matches`. */
function holdsMatch(data: unknown, matches: (text: string) => boolean): boolean {
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (matches(value)) return true;
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (typeof value === 'object' && value !== null) {
      for (const item of Object.values(value)) stack.push(item);
    }
  }
  return false;
}

/** Paths the schema stage dropped, as a tree: the walk skips them. */
interface DroppedTree {
  dropped: boolean;
  children: Map<string | number, DroppedTree>;
}

/** One node still to visit: the YAML node, the key it sits under, and where it is in the dropped tree. */
interface Frame {
  node: unknown;
  key: string | undefined;
  extension: boolean;
  tree: DroppedTree | undefined;
}

/** The string scalars of the document that `matches` accepts, in document order, outside dropped paths. */
function textValuesOf(source: SourceFile, dropped: readonly NodePath[], matches: (text: string) => boolean): TextValue[] {
  const found: TextValue[] = [];
  // An explicit stack: documents may nest deeper than the call stack allows.
  const stack: Frame[] = [{ node: source.doc?.contents, key: undefined, extension: false, tree: droppedTree(dropped) }];
  while (stack.length > 0) {
    const { node, key, extension, tree } = stack.pop()!;
    if (tree?.dropped === true) continue;
    if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i]!;
        const k = isScalar(pair.key) ? pair.key.value : undefined;
        const name = k === undefined || k === null ? undefined : String(k);
        stack.push({
          node: pair.value,
          key: name ?? key,
          extension: extension || (name?.startsWith(EXTENSION_PREFIX) ?? false),
          tree: name === undefined ? undefined : tree?.children.get(name),
        });
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], key, extension, tree: tree?.children.get(i) });
    } else if (isScalar(node) && typeof node.value === 'string' && node.range != null && matches(node.value)) {
      found.push({ value: node.value, key, extension, range: [node.range[0], node.range[1]] });
    }
  }
  return found;
}

/** The dropped paths as a tree keyed by path segments. */
function droppedTree(dropped: readonly NodePath[]): DroppedTree | undefined {
  if (dropped.length === 0) return undefined;
  const root: DroppedTree = { dropped: false, children: new Map() };
  for (const path of dropped) {
    let node = root;
    for (const segment of path) {
      let child = node.children.get(segment);
      if (child === undefined) node.children.set(segment, (child = { dropped: false, children: new Map() }));
      node = child;
    }
    node.dropped = true;
  }
  return root;
}
