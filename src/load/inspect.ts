/**
 * What the YAML parser leaves to us: checks on a parsed document that must do
 * bounded work on any input (no recursion, nothing quadratic): duplicate keys, keys
 * that are not plain text, aliases, nesting.
 * @module
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { MAX_ALIAS_COUNT, MAX_NESTING } from './limits.js';
import type { SourceProblem } from './source.js';

/** A problem with how clear its message is: of several on one line, the clearest (lowest) is kept. */
export interface RankedProblem extends SourceProblem {
  range: [number, number];
  rank: number;
  /** Duplicate keys are worth reporting even in a file with syntax errors; the rest would mostly echo them. */
  duplicate?: true;
}

/** What {@link inspectDocument} found. */
export interface Inspection {
  /** Duplicate keys, keys that are not plain text, undefined or endless aliases, too deep nesting. */
  problems: RankedProblem[];
  /** True when the document must not be turned into data (the problems above would make it wrong, endless or huge). */
  blocking: boolean;
  /** Where the first alias is: alias problems found later point there. */
  firstAlias?: [number, number];
}

/** An anchor on a collection that is still open while its children are walked: an alias to it is a cycle. */
interface OpenAnchor {
  name: string;
  next: OpenAnchor | undefined;
}

/**
 * Walks the document once, iteratively (nesting is the user's to choose, the call
 * stack is not): finds duplicate keys (in linear time, which the parser's own
 * check is not), keys that are lists or mappings, aliases to anchors not defined
 * before them or to a value that contains them, more than {@link MAX_ALIAS_COUNT}
 * aliases, and nesting deeper than {@link MAX_NESTING}.
 */
export function inspectDocument(doc: Document.Parsed, lineCounter: LineCounter): Inspection {
  const out: Inspection = { problems: [], blocking: false };
  const anchors = new Set<string>();
  let aliases = 0;
  const block = (range: readonly number[] | null | undefined, message: string, help: string): void => {
    out.blocking = true;
    const [start, end] = range == null ? [0, 1] : [range[0]!, Math.max(range[1]!, range[0]! + 1)];
    out.problems.push({ message, help, range: [start, end], rank: 1 });
  };
  // Children are pushed in reverse so that nodes are seen in document order (anchors before their aliases).
  const stack: { node: unknown; depth: number; open: OpenAnchor | undefined }[] = [{ node: doc.contents, depth: 0, open: undefined }];
  while (stack.length > 0) {
    const { node, depth, open } = stack.pop()!;
    if (node == null || typeof node !== 'object') continue;
    if (isAlias(node)) {
      aliases++;
      if (out.firstAlias === undefined && node.range) out.firstAlias = [node.range[0], node.range[1]];
      if (!anchors.has(node.source)) {
        block(
          node.range,
          `"*${node.source}" refers to an anchor "&${node.source}" that is not defined before it`,
          `a value that starts with "*" must be put in quotes ("*${node.source}")`,
        );
      } else if (isOpen(open, node.source)) {
        block(node.range, `"*${node.source}" refers to a value that contains it ("&${node.source}"), which would make the value endless`, 'write the value out instead');
      } else if (aliases === MAX_ALIAS_COUNT + 1) {
        block(node.range, `this file has more than ${MAX_ALIAS_COUNT} aliases ("*name")`, 'write the values out instead');
      }
      continue;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor !== undefined) anchors.add(anchor);
    if (!isMap(node) && !isSeq(node)) continue;
    const level = depth + 1;
    if (level > MAX_NESTING) {
      block(
        node.range ? [node.range[0], node.range[0] + 1] : undefined,
        `this file nests lists and mappings more than ${MAX_NESTING} levels deep, far more than a charter needs`,
        'check the indentation and the brackets around here',
      );
      break;
    }
    const inner: OpenAnchor | undefined = anchor !== undefined ? { name: anchor, next: open } : open;
    const children: unknown[] = [];
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          const name = key.value == null ? '' : String(key.value);
          const first = seen.get(name);
          if (first === undefined) {
            if (key.range) seen.set(name, key.range[0]);
          } else if (key.range) {
            out.problems.push({
              message: `"${name}" appears twice in the same mapping`,
              help: `keep one (the first is at line ${lineCounter.linePos(first).line})`,
              range: [key.range[0], Math.max(key.range[1], key.range[0] + 1)],
              rank: 0,
              duplicate: true,
            });
            out.blocking = true;
          }
        } else if (key != null && typeof key === 'object') {
          const range = (key as Node).range;
          block(range, 'this key is a list, a mapping or an alias, not plain text', 'a key is plain text, such as "name": put it in quotes, or fix the line');
        }
        children.push(key, pair.value);
      }
    } else {
      for (const item of node.items) {
        if (isPair(item)) children.push(item.key, item.value);
        else children.push(item);
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], depth: level, open: inner });
  }
  return out;
}

function isOpen(open: OpenAnchor | undefined, name: string): boolean {
  for (let a = open; a !== undefined; a = a.next) if (a.name === name) return true;
  return false;
}
