import { isNode, isPair, isScalar, visit, type Node } from 'yaml';
import type { SourceFile } from '../load/source.js';
import { Locator } from '../locate/locator.js';
import { suggest } from '../text/suggest.js';

/** The directives a charter's comments may hold. */
export const DIRECTIVES = ['charter-disable-next-line', 'charter-disable-file'] as const;
export type DirectiveName = (typeof DIRECTIVES)[number];

/** A line and column, 1-based. */
export interface LineColumn {
  line: number;
  column: number;
}

/** One rule id named by a directive, and whether it suppressed anything. */
export interface DirectiveRule {
  id: string;
  /** Offsets [start, end) of the id in the file's text. */
  range: [number, number];
  used: boolean;
}

/** A well-formed suppression comment. */
export interface Directive {
  name: DirectiveName;
  source: SourceFile;
  /** Offsets [start, end) of the whole comment. */
  range: [number, number];
  rules: DirectiveRule[];
  reason: string;
  /**
   * What a `charter-disable-next-line` covers: from the start of the next line with
   * content to the end of the entry (key or list item) that begins on that line.
   * Undefined for `charter-disable-file` (the whole file).
   */
  covers?: { start: LineColumn; end: LineColumn };
}

/** Why a suppression comment suppresses nothing: the message ids of the rule unused-suppression. */
export type SuppressionMessageId = 'unused' | 'ruleOff' | 'unknownRule' | 'notSuppressible' | 'noRule' | 'noReason' | 'noSeparator' | 'unknownDirective';

/** A problem with a suppression comment, reported by the rule unused-suppression. */
export interface SuppressionProblem {
  source: SourceFile;
  range: [number, number];
  messageId: SuppressionMessageId;
  data: Record<string, string>;
}

/** What the comments of one file hold. */
export interface FileDirectives {
  directives: Directive[];
  problems: SuppressionProblem[];
}

/** How a rule may be named in a directive. */
export interface RuleLookup {
  /** Every rule id there is. */
  ids: readonly string[];
  /** Why a rule cannot be suppressed, for those that cannot. */
  notSuppressible: ReadonlyMap<string, string>;
  /** Rules turned off (or not run): a comment suppressing one is not needed. */
  off: ReadonlySet<string>;
}

const DIRECTIVE_WORD = /^charter-(?:disable|enable)[a-z-]*/;
const REASON_SEPARATOR = /(^|\s)--(\s|$)/;

/**
 * Reads the suppression comments of one file: comments (found in the `yaml` package's
 * concrete syntax tree when the file was parsed, so that a `#` inside a value never counts) whose text starts
 * with `charter-disable...`. Each `charter-disable-next-line` is mapped to the entry
 * of the document it covers.
 */
export function readDirectives(source: SourceFile, lookup: RuleLookup): FileDirectives {
  const out: FileDirectives = { directives: [], problems: [] };
  const comments = source.comments;
  if (comments === undefined) return out; // the common case: no "charter-" in the text, nothing to read
  const commentLines = new Set<number>();
  for (const c of comments) if (isWholeLine(source, c.offset)) commentLines.add(lineOf(source, c.offset));

  const locator = new Locator(source.doc, source.lineCounter, source.text);
  let entries: Entry[] | undefined;
  for (const comment of comments) {
    const parsed = parseComment(comment.source, comment.offset, source, lookup, out.problems);
    if (parsed === undefined) continue;
    if (parsed.name === 'charter-disable-next-line') {
      entries ??= entriesOf(source);
      parsed.covers = coveredBy(source, locator, lineOf(source, comment.offset), commentLines, entries);
    }
    out.directives.push(parsed);
  }
  return out;
}

/** Parses one comment; undefined when it is not a directive or not a usable one (problems are recorded). */
function parseComment(
  commentSource: string,
  offset: number,
  source: SourceFile,
  lookup: RuleLookup,
  problems: SuppressionProblem[],
): Directive | undefined {
  const body = commentSource.replace(/^#/, '');
  const lead = body.length - body.trimStart().length;
  const text = body.trim();
  const word = DIRECTIVE_WORD.exec(text)?.[0];
  if (word === undefined) return undefined;
  const start = offset + 1 + lead; // offset of the directive word
  const range: [number, number] = [offset, offset + commentSource.trimEnd().length];
  if (!(DIRECTIVES as readonly string[]).includes(word) || (text.length > word.length && !/\s/.test(text[word.length]!))) {
    const near = suggest(word, DIRECTIVES);
    problems.push({
      source,
      range: [start, start + word.length],
      messageId: 'unknownDirective',
      data: { directive: word, hint: near !== undefined ? `did you mean "${near}"? ` : '' },
    });
    return undefined;
  }
  const name = word as DirectiveName;
  const rest = text.slice(word.length);
  const separator = REASON_SEPARATOR.exec(rest);
  const rulesText = separator === null ? rest : rest.slice(0, separator.index);
  const reason = separator === null ? '' : rest.slice(separator.index + separator[0].length).trim();
  const rulesStart = start + word.length;

  const named: DirectiveRule[] = [];
  let cursor = 0;
  for (const piece of rulesText.split(',')) {
    const trimmed = piece.trim();
    const at = rulesStart + cursor + piece.indexOf(trimmed);
    cursor += piece.length + 1;
    if (trimmed === '') continue;
    if (/\s/.test(trimmed)) {
      problems.push({ source, range, messageId: 'noSeparator', data: { directive: name, rules: trimmed.split(/\s+/)[0]! } });
      return undefined;
    }
    named.push({ id: trimmed, range: [at, at + trimmed.length], used: false });
  }
  if (named.length === 0) {
    problems.push({ source, range, messageId: 'noRule', data: { directive: name } });
    return undefined;
  }
  if (reason === '') {
    problems.push({ source, range, messageId: 'noReason', data: { directive: name, rules: named.map((r) => r.id).join(', ') } });
    return undefined;
  }
  const rules: DirectiveRule[] = [];
  for (const rule of named) {
    const why = lookup.notSuppressible.get(rule.id);
    if (!lookup.ids.includes(rule.id)) {
      const near = suggest(rule.id, lookup.ids);
      problems.push({
        source,
        range: rule.range,
        messageId: 'unknownRule',
        data: { rule: rule.id, hint: near !== undefined ? `did you mean "${near}"?` : 'run "charter rules" to list them' },
      });
    } else if (why !== undefined) {
      problems.push({ source, range: rule.range, messageId: 'notSuppressible', data: { rule: rule.id, why } });
    } else {
      rules.push(rule);
    }
  }
  return { name, source, range, rules, reason };
}

/** An entry of the document: a key with its value, or a list item. */
interface Entry {
  start: number;
  end: number;
}

/** Every key-value pair and list item of the document, with its offsets, sorted by start (longest first). */
function entriesOf(source: SourceFile): Entry[] {
  const entries: Entry[] = [];
  if (source.doc === undefined) return entries;
  visit(source.doc, {
    Pair(_, pair) {
      const key = pair.key;
      if (!isNode(key) || key.range == null) return;
      const value = pair.value;
      const end = isNode(value) && value.range != null ? value.range[1] : key.range[1];
      entries.push({ start: key.range[0], end: Math.max(end, key.range[1]) });
    },
    Seq(_, seq) {
      for (const item of seq.items) {
        const node = item as Node | null;
        if (node === null) continue;
        if (isPair(node)) continue; // a single-pair item of a flow sequence: its Pair is visited itself
        if ((isNode(node) || isScalar(node)) && node.range != null) entries.push({ start: node.range[0], end: node.range[1] });
      }
    },
  });
  return entries.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** What a `charter-disable-next-line` on `line` covers. */
function coveredBy(
  source: SourceFile,
  locator: Locator,
  line: number,
  commentLines: ReadonlySet<number>,
  entries: readonly Entry[],
): { start: LineColumn; end: LineColumn } | undefined {
  const starts = source.lineCounter.lineStarts;
  let target = line + 1;
  for (; target <= starts.length; target++) {
    const from = starts[target - 1]!;
    const to = target < starts.length ? starts[target]! : source.text.length;
    if (source.text.slice(from, to).trim() !== '' && !commentLines.has(target)) break;
  }
  if (target > starts.length) return undefined; // nothing below the comment
  const lineStart = starts[target - 1]!;
  const lineEnd = target < starts.length ? starts[target]! : source.text.length;
  // The outermost entry beginning on that line (a list item rather than its first key):
  // entries are sorted by start, the longest first, so it is the first one on the line.
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]!.start < lineStart) lo = mid + 1;
    else hi = mid;
  }
  const first = entries[lo];
  const best = first !== undefined && first.start < lineEnd ? first : undefined;
  const end = best === undefined ? locator.fromOffsets(lineStart, lineEnd) : locator.fromOffsets(best.start, best.end);
  return { start: { line: target, column: 1 }, end: { line: end.endLine, column: end.endColumn } };
}

function lineOf(source: SourceFile, offset: number): number {
  return source.lineCounter.linePos(offset).line;
}

/** True when only white space precedes `offset` on its line. */
function isWholeLine(source: SourceFile, offset: number): boolean {
  const lineStart = source.text.lastIndexOf('\n', offset - 1) + 1;
  return source.text.slice(lineStart, offset).trim() === '';
}
