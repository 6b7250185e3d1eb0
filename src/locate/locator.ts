import { isCollection, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';

/** A path into a document, as rules and zod report it: keys and list indexes. */
export type NodePath = readonly (string | number)[];

/** A 1-based range in a file; `endColumn` is just after the last character. */
export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Whether a finding is about a key's value (the default) or the key itself (an unknown key, say). */
export type LocateTarget = 'value' | 'key';

/** The start of a file: where findings about the whole file point. */
export const FILE_START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Turns paths into positions in one document. The only place offsets become
 * lines and columns. A path that does not exist (a missing key) falls back to the
 * nearest ancestor that does, pointing at that ancestor's key.
 */
export class Locator {
  /** Keys of large mappings, indexed on first use: locating stays linear however many keys a mapping has. */
  private readonly keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    private readonly doc: Document.Parsed | undefined,
    private readonly lineCounter: LineCounter,
    private readonly text: string,
  ) {}

  /** The position of the node at `path` (or of its key with `target: 'key'`). */
  locate(path: NodePath, target: LocateTarget = 'value'): Position {
    const root = this.doc?.contents;
    // No document, or one with no content (only comments, or "---"): the file's start.
    if (root == null || (isScalar(root) && root.value == null)) return FILE_START;
    // The whole document: its first line, not every line of it.
    if (path.length === 0) return this.startLine(root);
    let node: Node = root;
    let pair: Pair | undefined;
    for (const segment of path) {
      const next = this.child(node, segment);
      if (next === undefined) return this.ancestor(node, pair);
      node = next.node ?? node;
      pair = next.pair;
      if (next.node === undefined) {
        // The key exists but has no value node (`mission:`): point at the key.
        return this.keyOrNode(pair, node);
      }
    }
    if (target === 'key' && pair !== undefined) return this.keyOrNode(pair, node);
    const range = node.range;
    if (range == null || range[1] <= range[0]) return this.keyOrNode(pair, node);
    return this.fromOffsets(range[0], range[1]);
  }

  /** Converts [start, end) offsets into a position; the end is pulled back over trailing white space. */
  fromOffsets(start: number, end: number): Position {
    let e = Math.min(end, this.text.length);
    while (e > start + 1 && /\s/.test(this.text[e - 1] ?? '')) e--;
    const from = this.lineCounter.linePos(start);
    const to = this.lineCounter.linePos(Math.max(e, start));
    // A line counter that never saw a line (an empty file) says line 0: the file's start is line 1.
    if (from.line === 0) return FILE_START;
    return { line: from.line, column: from.col, endLine: Math.max(to.line, from.line), endColumn: to.col };
  }

  /** The child of `node` at one path segment: a mapping's value (with its pair) or a list's item. */
  private child(node: Node, segment: string | number): { node: Node | undefined; pair?: Pair } | undefined {
    if (isMap(node)) {
      let index = this.keyIndex.get(node);
      if (index === undefined && node.items.length > INDEX_FROM) {
        index = new Map();
        for (const item of node.items) {
          if (!isPair(item)) continue;
          const name = isScalar(item.key) ? String(item.key.value) : String(item.key);
          if (!index.has(name)) index.set(name, item as Pair);
        }
        this.keyIndex.set(node, index);
      }
      const pair = pairOf(node, segment, index);
      if (pair === undefined) return undefined;
      const value = pair.value;
      return { node: isCollection(value) || isScalar(value) ? (value as Node) : undefined, pair };
    }
    if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined || item === null) return undefined;
      return { node: item as Node };
    }
    return undefined;
  }

  private keyOrNode(pair: Pair | undefined, node: Node): Position {
    const key = pair?.key;
    if (key != null && isScalar(key) && key.range != null) return this.fromOffsets(key.range[0], key.range[1]);
    return this.startLine(node);
  }

  /** A collection that lacks the wanted child: point at the key that holds it, or its first line. */
  private ancestor(node: Node, pair: Pair | undefined): Position {
    if (pair !== undefined) return this.keyOrNode(pair, node);
    return this.startLine(node);
  }

  private startLine(node: Node): Position {
    const start = node.range?.[0] ?? 0;
    const lineEnd = this.text.indexOf('\n', start);
    return this.fromOffsets(start, lineEnd === -1 ? this.text.length : lineEnd);
  }
}

/** Mappings with more keys than this are indexed; smaller ones are scanned. */
const INDEX_FROM = 16;

function pairOf(map: YAMLMap, segment: string | number, index: Map<string, Pair> | undefined): Pair | undefined {
  if (index !== undefined) return index.get(String(segment));
  for (const item of map.items) {
    if (!isPair(item)) continue;
    const key = isScalar(item.key) ? item.key.value : item.key;
    if (key === segment || String(key) === String(segment)) return item as Pair;
  }
  return undefined;
}
