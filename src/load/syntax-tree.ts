/**
 * Facts about a file's syntax tree (CST) that tell apart the situations the YAML
 * parser reports under one error code: where brackets and quotes open and are never
 * closed, where the items of flow collections start, block keys without a value,
 * list items without "- ". Read from the tree, never from the parser's English
 * messages (a minor release of the parser may reword them).
 * @module
 */
import type { CST } from 'yaml';

/** A bracket or quote that opens a value and is never closed. */
export interface Unclosed {
  /** The offset of the opening character. */
  offset: number;
  /** Where the unclosed value's text ends. */
  end: number;
  /** The opening character: `[`, `{`, `"` or `'`. */
  char: string;
}

/** What the tree says, for putting the parser's errors in words. */
export interface SyntaxFacts {
  /** Unclosed brackets and quotes, by offset. */
  unclosed: Unclosed[];
  /** Every flow collection ([...] or {...}): where it opens and where its text ends. */
  flows: { offset: number; end: number; char: string }[];
  /** Where the items of flow collections start (their key or their value), with the collection's opening character. */
  flowItemStarts: Map<number, string>;
  /** Where the values of flow collection items start, with the collection's opening character. */
  flowValueStarts: Map<number, string>;
  /** Keys of block mappings that have no ":" after them. */
  blockKeysWithoutValue: Set<number>;
  /** Where items of block lists without "- " start (after their leading tokens). */
  blockItemsWithoutIndicator: Set<number>;
  /** Items of block lists that are a list themselves, without "- " of their own (a "- " out of line with the items above), by where they start. */
  misalignedSeqItems: Set<number>;
  /** Keys of block mappings that start in another column than the mapping's first key, by where their item starts. */
  misalignedKeys: Set<number>;
  /** Errors the parser put inside a collection (a "- " on the line of a key, a token it does not know), by offset, with their text. */
  nestedErrors: Map<number, string>;
  /** Errors the parser met between documents or at the top of one. */
  topErrors: Set<number>;
  /** Headers of block scalars ("|" or ">" and what follows on the line), as offsets [start, end). */
  blockScalarHeaders: [number, number][];
  /** Tokens left after the end of a value (text after a closing quote, say), by offset, with their type. */
  afterValue: Map<number, string>;
  /** Block mappings that start on the line of their key (`a: b: c`), by offset. */
  compactMapValues: Set<number>;
  /** Whether the stream holds a directive (a line starting with "%"). */
  hasDirective: boolean;
}

type Node = CST.Token | CST.SourceToken;

/**
 * Walks the tree once, iteratively and in document order (nesting is the user's to
 * choose, the call stack is not).
 */
export function readSyntaxTree(tokens: readonly CST.Token[]): SyntaxFacts {
  const facts: SyntaxFacts = {
    unclosed: [],
    flows: [],
    flowItemStarts: new Map(),
    flowValueStarts: new Map(),
    blockKeysWithoutValue: new Set(),
    blockItemsWithoutIndicator: new Set(),
    misalignedSeqItems: new Set(),
    misalignedKeys: new Set(),
    nestedErrors: new Map(),
    topErrors: new Set(),
    blockScalarHeaders: [],
    afterValue: new Map(),
    compactMapValues: new Set(),
    hasDirective: false,
  };
  let maxEnd = 0;
  type Frame = { node: Node | null | undefined; top: boolean; afterValue?: boolean } | { exit: { offset: number; char: string; unclosed: boolean } };
  const stack: Frame[] = [];
  const pushAll = (nodes: readonly (Node | null | undefined)[], top = false): void => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i], top });
  };
  /** Tokens after the end of a value: pushed with a mark, after the value's own tokens. */
  const pushEnd = (nodes: readonly CST.SourceToken[] | undefined): void => {
    for (let i = (nodes?.length ?? 0) - 1; i >= 0; i--) stack.push({ node: nodes![i], top: false, afterValue: true });
  };
  const itemParts = (item: CST.CollectionItem): (Node | undefined)[] => [...item.start, item.key ?? undefined, ...(item.sep ?? []), item.value ?? undefined];
  pushAll(tokens, true);
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('exit' in frame) {
      const { offset, char, unclosed } = frame.exit;
      facts.flows.push({ offset, end: maxEnd, char });
      if (unclosed) facts.unclosed.push({ offset, end: maxEnd, char });
      continue;
    }
    const { node, top } = frame;
    if (node == null) continue;
    if ('source' in node && typeof node.source === 'string' && typeof node.offset === 'number') {
      maxEnd = Math.max(maxEnd, node.offset + node.source.length);
    }
    if (frame.afterValue === true && !facts.afterValue.has(node.offset)) facts.afterValue.set(node.offset, node.type);
    switch (node.type) {
      case 'document':
        pushEnd(node.end);
        pushAll([...node.start, node.value]);
        break;
      case 'directive':
        facts.hasDirective = true;
        break;
      case 'error':
        if (top) facts.topErrors.add(node.offset);
        else facts.nestedErrors.set(node.offset, node.source);
        break;
      case 'block-map':
        for (const item of node.items) {
          const first = firstOffset(item);
          // As the composer checks it: the "?" of an explicit key, or else the key itself, in the mapping's column.
          const explicit = item.start.find((t) => t.type === 'explicit-key-ind');
          const keyIndent = explicit?.indent ?? (item.key != null && item.key.type !== 'block-seq' && 'indent' in item.key ? item.key.indent : node.indent);
          if (keyIndent !== node.indent) {
            for (const offset of [item.start[0]?.offset, first, item.key?.offset]) if (offset !== undefined) facts.misalignedKeys.add(offset);
          }
          if (item.key != null && !(item.sep ?? []).some((t) => t.type === 'map-value-ind')) {
            for (const offset of [first, item.key.offset]) if (offset !== undefined) facts.blockKeysWithoutValue.add(offset);
          }
          // As the composer checks it: a mapping as the value after ":" on the same line.
          const sep = item.sep ?? [];
          if (item.value?.type === 'block-map' && sep.some((t) => t.type === 'map-value-ind') && !sep.some((t) => t.type === 'newline')) {
            facts.compactMapValues.add(item.value.offset);
          }
        }
        pushAll(node.items.flatMap(itemParts));
        break;
      case 'block-seq':
        for (const item of node.items) {
          const afterStart = endOfTokens(item.start);
          if (!item.start.some((t) => t.type === 'seq-item-ind')) {
            const set = item.value?.type === 'block-seq' ? facts.misalignedSeqItems : facts.blockItemsWithoutIndicator;
            for (const offset of [item.start[0]?.offset, afterStart, item.value?.offset]) if (offset !== undefined) set.add(offset);
          }
        }
        pushAll(node.items.flatMap(itemParts));
        break;
      case 'flow-collection': {
        const char = node.start.source;
        const close = char === '[' ? ']' : '}';
        for (const item of node.items) {
          const props = item.start.find((t) => t.type === 'anchor' || t.type === 'tag');
          const start = props?.offset ?? item.key?.offset ?? item.sep?.[0]?.offset ?? item.value?.offset;
          if (start !== undefined) facts.flowItemStarts.set(start, char);
          if (item.value != null) facts.flowValueStarts.set(item.value.offset, char);
        }
        // As the parser reads it: the first end token closes the collection (if it is the right bracket; a
        // wrong one-character bracket is dropped); the tokens after it are after the value.
        const [first, ...rest] = node.end;
        const closed = first?.source === close;
        const after = first !== undefined && !closed && first.source.length !== 1 ? node.end : rest;
        stack.push({ exit: { offset: node.offset, char, unclosed: !node.end.some((t) => t.source === close) } });
        pushEnd(after);
        pushAll([node.start, ...node.items.flatMap(itemParts), ...(after === rest && first !== undefined ? [first] : [])]);
        break;
      }
      case 'block-scalar':
        for (const p of node.props) if (p.type === 'block-scalar-header') facts.blockScalarHeaders.push([p.offset, p.offset + p.source.length]);
        pushAll(node.props);
        break;
      case 'double-quoted-scalar': {
        const trailingBackslashes = /\\*(?="$)/.exec(node.source)?.[0].length ?? 0;
        if (node.source.length < 2 || !node.source.endsWith('"') || trailingBackslashes % 2 === 1) {
          facts.unclosed.push({ offset: node.offset, end: node.offset + node.source.length, char: '"' });
        }
        pushEnd(node.end);
        break;
      }
      case 'single-quoted-scalar': {
        const trailingQuotes = /'*$/.exec(node.source.slice(1))?.[0].length ?? 0;
        if (trailingQuotes % 2 === 0) facts.unclosed.push({ offset: node.offset, end: node.offset + node.source.length, char: "'" });
        pushEnd(node.end);
        break;
      }
      case 'scalar':
      case 'alias':
        pushEnd(node.end);
        break;
      default:
        break;
    }
  }
  facts.unclosed.sort((a, b) => a.offset - b.offset);
  return facts;
}

/** The offset of the first token of a collection item. */
function firstOffset(item: CST.CollectionItem): number | undefined {
  const props = item.start.find((t) => t.type !== 'space' && t.type !== 'newline' && t.type !== 'comment');
  return props?.offset ?? item.key?.offset ?? item.sep?.[0]?.offset ?? item.value?.offset;
}

/** Where a list of tokens ends. */
function endOfTokens(tokens: readonly CST.SourceToken[]): number | undefined {
  const last = tokens[tokens.length - 1];
  return last === undefined ? undefined : last.offset + last.source.length;
}

/** The last unclosed `char` that opens before `offset`. */
export function openingBefore(unclosed: readonly Unclosed[], chars: string, offset: number): number | undefined {
  let best: number | undefined;
  for (const u of unclosed) if (chars.includes(u.char) && u.offset <= offset) best = u.offset;
  return best;
}

/**
 * The unclosed [ or { that the parser gave up on at `offset`: the innermost one that
 * opens before it and whose text runs up to it (white space aside).
 */
export function unclosedFlowBefore(facts: SyntaxFacts, text: string, offset: number): Unclosed | undefined {
  let best: Unclosed | undefined;
  for (const u of facts.unclosed) {
    if ((u.char !== '[' && u.char !== '{') || u.offset >= offset) continue;
    if (u.end < offset && text.slice(u.end, offset).trim() !== '') continue;
    if (best === undefined || u.offset > best.offset) best = u;
  }
  return best;
}

/** The innermost flow collection whose text holds `offset`. */
export function flowAt(facts: SyntaxFacts, offset: number): { offset: number; end: number; char: string } | undefined {
  let best: { offset: number; end: number; char: string } | undefined;
  for (const f of facts.flows) if (f.offset < offset && offset <= f.end && (best === undefined || f.offset > best.offset)) best = f;
  return best;
}
