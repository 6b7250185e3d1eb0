/**
 * "Did you mean" suggestions for misspelt keys and ids.
 */

import { quote } from './quote.js';

/** Rows reused by every call: suggestions compare one input with thousands of ids. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  if (rowA.length < cols) {
    rowA = new Int32Array(cols * 2);
    rowB = new Int32Array(cols * 2);
    rowC = new Int32Array(cols * 2);
  }
  // Three rolling rows are enough for transpositions.
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i < rows; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[cols - 1]!;
}

/**
 * The candidate a user most likely meant by `input`, or undefined when none is close.
 * A candidate equal but for case (or surrounding spaces) always wins; otherwise the
 * nearest by edit distance, allowed about one edit per three characters.
 */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
  const folded = input.trim().toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  const max = Math.max(1, Math.floor(folded.length / 3));
  for (const candidate of candidates) {
    if (candidate === input) continue;
    const c = candidate.toLowerCase();
    if (c === folded) return candidate;
    const d = editDistance(folded, c, max);
    if (d <= max && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** `; did you mean "x"?` or the empty string. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const s = suggest(input, candidates);
  return s === undefined ? '' : `; did you mean ${quote(s)}?`;
}

/** `did you mean "x"?` as a help text, or undefined when nothing is close. */
export function didYouMeanHelp(input: string, candidates: Iterable<string>): string | undefined {
  const s = suggest(input, candidates);
  return s === undefined ? undefined : `did you mean ${quote(s)}?`;
}
