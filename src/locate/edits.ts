/**
 * Edits of a file's text, found from paths of its YAML document: the ranges that fixes
 * splice. Every edit touches only the characters it must (a value, a key, the lines of
 * one list item), so that comments, blank lines, quoting and key order stay as written.
 * @module
 */
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLSeq } from 'yaml';
import type { Fix } from '../findings/finding.js';
import type { LocateTarget, NodePath } from './locator.js';

/** What a rule asks a fix to do, by path: the engine turns it into a {@link Fix} of the file's text. */
export type EditSpec =
  /** Offsets of the text itself (for what is not a node: a comment). */
  | Fix
  /** Replace the scalar at `path` (its key with `target: 'key'`), keeping its quotes. */
  | { path: NodePath; target?: LocateTarget; text: string }
  /** Remove the list item at `path` (its line, in a block list; it and a comma, in a flow list). */
  | { removeItem: NodePath };

/** The text a document was parsed from, and the document. */
export interface EditSource {
  text: string;
  doc?: Document.Parsed | undefined;
}

/** The fix an edit spec stands for in `source`, or undefined when it cannot be made safely (the node is not plain text, say). */
export function toFix(source: EditSource, spec: EditSpec): Fix | undefined {
  if ('range' in spec) return spec;
  const doc = source.doc;
  if (doc === undefined || doc.errors.length > 0) return undefined;
  if ('removeItem' in spec) return removeItem(source.text, doc, spec.removeItem);
  const found = nodeAt(doc, spec.path);
  if (found === undefined) return undefined;
  const node = spec.target === 'key' ? found.pair?.key : found.node;
  return isScalar(node) ? replaceScalar(node, spec.text) : undefined;
}

/** Replaces a scalar's text, inside its quotes when it has them; undefined for block scalars (`|`, `>`). */
function replaceScalar(node: Scalar, text: string): Fix | undefined {
  const range = node.range;
  if (range == null) return undefined;
  const [start, end] = range;
  switch (node.type) {
    case 'PLAIN':
      return { range: [start, end], text };
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
      // Ids and keys need no escaping in either quote style.
      return /^[\w./ -]*$/.test(text) ? { range: [start + 1, end - 1], text } : undefined;
    default:
      return undefined;
  }
}

/** The node at a path, with the pair that holds it when it is a mapping's value. */
function nodeAt(doc: Document.Parsed, path: NodePath): { node: Node | null | undefined; pair?: Pair } | undefined {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment)) as Pair | undefined;
      if (pair === undefined) return undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      pair = undefined;
      if (node === undefined) return undefined;
    } else {
      return undefined;
    }
  }
  return { node: node as Node | null, ...(pair !== undefined ? { pair } : {}) };
}

/**
 * Removes one item of a list. In a flow list (`[a, b]`), the item and one comma; in a
 * block list, the item's lines (it must start its line, after `- `). The last item of a
 * list goes with its key, so that no empty key is left (`fulfils:` alone is no list);
 * not when comments sit among those lines.
 */
function removeItem(text: string, doc: Document.Parsed, path: NodePath): Fix | undefined {
  const index = path[path.length - 1];
  if (typeof index !== 'number') return undefined;
  const parent = nodeAt(doc, path.slice(0, -1));
  const seq = parent?.node;
  if (!isSeq(seq)) return undefined;
  const items = (seq as YAMLSeq<Node>).items;
  const item = items[index];
  if (item == null || item.range == null || !isScalar(item)) return undefined;
  if (items.length === 1) {
    const key = parent?.pair?.key;
    if (!isScalar(key) || key.range == null || seq.range == null) return undefined;
    const from = lineStart(text, key.range[0]);
    const to = lineEndAfter(text, Math.max(seq.range[1] - 1, item.range[1]));
    if (text.slice(from, to).includes('#')) return undefined;
    if (text.slice(from, key.range[0]).trim() !== '') return undefined; // a key after "- " or a flow mapping
    return { range: [from, to], text: '' };
  }
  if (seq.flow === true) {
    const next = items[index + 1];
    const previous = items[index - 1];
    const range: [number, number] | undefined =
      next != null && next.range != null ? [item.range[0], next.range[0]] : previous?.range != null ? [previous.range[1], item.range[1]] : undefined;
    return range === undefined || keepsComment(text, range, item) ? undefined : { range, text: '' };
  }
  const from = lineStart(text, item.range[0]);
  if (!/^[ \t]*-[ \t]+$/.test(text.slice(from, item.range[0]))) return undefined;
  const range: [number, number] = [from, lineEndAfter(text, Math.max(item.range[0], item.range[1] - 1))];
  return keepsComment(text, range, item) ? undefined : { range, text: '' };
}

/** True when a comment sits in `range` outside the item: the edit would take it away, so it is not made. */
function keepsComment(text: string, range: [number, number], item: Node): boolean {
  const [start, end] = item.range!;
  return text.slice(range[0], start).includes('#') || text.slice(end, range[1]).includes('#');
}

/** The offset where the line holding `offset` starts. */
function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line break that ends the line holding `offset` (the text's end on the last line). */
function lineEndAfter(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}
