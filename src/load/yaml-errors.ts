/**
 * The parser's errors and the document checks' problems, chosen and put in words:
 * the clearest one per line, at most {@link MAX_SYNTAX_PROBLEMS} per file.
 * @module
 */
import type { YAMLError } from 'yaml';
import type { Inspection, RankedProblem } from './inspect.js';
import { MAX_SYNTAX_PROBLEMS } from './limits.js';
import type { SourceProblem } from './source.js';
import { readSyntaxTree } from './syntax-tree.js';
import { describeYamlError, type YamlErrorContext } from './yaml-error-words.js';

export type { YamlErrorContext };

/** Parser errors put in words per line: the clearest of these is reported. */
const MAX_DESCRIBED_PER_LINE = 8;

/**
 * Turns the parser's errors and warnings, and the problems {@link inspectDocument}
 * found, into problems a charter's author can act on: plain words, at the place to
 * fix (the opening quote or bracket that is never closed, the line indented too
 * far), one per line (the parser often reports one mistake several times, and
 * several mistakes on one line are best fixed one at a time), at most
 * {@link MAX_SYNTAX_PROBLEMS} per file. When the parser found errors, only the
 * duplicate keys of the inspection are kept: its other findings would mostly echo them.
 */
export function describeYamlErrors(errors: readonly YAMLError[], inspection: Inspection, context: YamlErrorContext): SourceProblem[] {
  const { lineCounter } = context;
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line;
  const parserErrors = errors.some((e) => e.name === 'YAMLParseError');
  const facts = lazy(() => readSyntaxTree(context.tokens));

  // The clearest message for each place (line) the parser reported, then for each line it points at.
  // Only the first lines with errors, and the first errors on each, are put in words: the rest
  // are counted, so that a file of many errors (5 MB of them on one line, say) stays quick.
  const byPlace = new Map<number, RankedProblem>();
  const describedAt = new Map<number, number>();
  const linesWithErrors = new Set<number>();
  let firstUndescribed: number | undefined;
  let exhausted = false;
  for (const error of errors) {
    if (error.code === 'RESOURCE_EXHAUSTION') {
      if (exhausted) continue;
      exhausted = true;
    }
    const place = lineOf(Math.min(error.pos[0], context.text.length));
    linesWithErrors.add(place);
    const done = describedAt.get(place) ?? 0;
    if (done === 0 && describedAt.size > MAX_SYNTAX_PROBLEMS) {
      if (firstUndescribed === undefined || error.pos[0] < firstUndescribed) firstUndescribed = Math.min(error.pos[0], context.text.length);
      continue;
    }
    if (done >= MAX_DESCRIBED_PER_LINE) continue;
    describedAt.set(place, done + 1);
    const described = describeYamlError(error, context, facts);
    const kept = byPlace.get(place);
    if (kept === undefined || described.rank < kept.rank) byPlace.set(place, described);
  }
  const candidates = [...byPlace.values(), ...inspection.problems.filter((p) => !parserErrors || p.duplicate)];
  const byLine = new Map<number, RankedProblem>();
  for (const problem of candidates) {
    const line = lineOf(problem.range[0]);
    const kept = byLine.get(line);
    if (kept === undefined || problem.rank < kept.rank) byLine.set(line, problem);
  }
  const kept = [...byLine.values()].sort((a, b) => a.range[0] - b.range[0]);
  const problems: SourceProblem[] = kept.slice(0, MAX_SYNTAX_PROBLEMS).map(({ message, help, range }) => ({ message, ...(help !== undefined ? { help } : {}), range }));
  // Lines left undescribed count as one problem each.
  const rest = Math.max(0, kept.length - MAX_SYNTAX_PROBLEMS) + (linesWithErrors.size - describedAt.size);
  const next = kept[MAX_SYNTAX_PROBLEMS]?.range[0] ?? firstUndescribed;
  if (rest > 0 && next !== undefined) {
    problems.push({
      message: `YAML syntax errors on ${rest} more ${rest === 1 ? 'line' : 'lines'}, from this one on`,
      help: 'fix the ones above first, as later ones are often caused by them',
      range: [next, next + 1],
    });
  }
  return problems;
}

function lazy<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}
