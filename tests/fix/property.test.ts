/**
 * Property-based: the sample org's charters, mutated in the ways --fix repairs (a key
 * misspelt, a team id capitalised, a stale suppression comment, an id that differs
 * from the file name) among comments added anywhere a comment can go, then fixed in
 * passes as `charter lint --fix` fixes them. Every fixed file still parses, keeps every
 * comment that is not a stale suppression, no fulfils entry is lost (no mutation makes
 * one stale), and the rules that offered fixes have fewer findings than before.
 *
 * Seeded and bounded: CHARTER_FC_SEED and CHARTER_FC_RUNS override the defaults
 * (tests/helpers/fast-check.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/config/settings.js';
import type { Finding } from '../../src/findings/finding.js';
import { fixPasses } from '../../src/lint/fix.js';
import { lintProject } from '../../src/lint/lint.js';
import { parseText } from '../../src/load/parse.js';
import type { SourceFile } from '../../src/load/source.js';
import { fromSources } from '../../src/project/load.js';
import { rules } from '../../src/rules/index.js';
import { fcParams, timeoutFor } from '../helpers/fast-check.js';

const RUNS = fcParams(60);
const SAMPLE = path.resolve(import.meta.dirname, '../../charters');
const FILES = readdirSync(SAMPLE)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((name) => ({ name, text: readFileSync(path.join(SAMPLE, name), 'utf8') }));
const CHARTERS = FILES.filter((f) => f.name !== 'org.yaml');
const SETTINGS = defaultSettings(rules);

function source(name: string, text: string): SourceFile {
  return parseText({ path: path.join('/org/charters', name), kind: name === 'org.yaml' ? 'org' : 'charter' }, `charters/${name}`, text);
}

function lint(sources: SourceFile[]): Finding[] {
  return lintProject(fromSources(sources), SETTINGS);
}

/** One change to a charter's text, at the `n`th place it can be made (modulo their number). */
type Mutation = (text: string, n: number) => string;

/** Replaces the `n`th match (modulo the matches) of a global pattern. */
function atMatch(text: string, pattern: RegExp, n: number, replace: (match: RegExpExecArray) => string): string {
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return text;
  const m = matches[n % matches.length]! as RegExpExecArray;
  return text.slice(0, m.index) + replace(m) + text.slice(m.index + m[0].length);
}

const TOP_KEY = /^[a-zA-Z]+:/gm;
const MUTATIONS: Record<string, Mutation> = {
  // A letter dropped from a top-level key: `mision:`.
  misspeltKey: (text, n) => atMatch(text, /^([a-zA-Z]{5,}):/gm, n, (m) => `${m[1]!.slice(0, 2)}${m[1]!.slice(3)}:`),
  // A team written with a capital: `team: Support`.
  capitalTeam: (text, n) => atMatch(text, /team: ([a-z])/g, n, (m) => `team: ${m[1]!.toUpperCase()}`),
  // A suppression comment above a key that has no problem to suppress.
  staleSuppression: (text, n) => atMatch(text, TOP_KEY, n, (m) => `# charter-disable-next-line dependency-self -- it was needed once\n${m[0]}`),
  // The id renamed in the file but not in its name.
  renamedId: (text) => text.replace(/^id: (\S+)/m, 'id: $1-old'),
  // Comments of the user's, which every fix must keep.
  lineComment: (text, n) => atMatch(text, TOP_KEY, n, (m) => `  # note ${n}\n${m[0]}`),
  keyComment: (text, n) => atMatch(text, /^(\s*[a-zA-Z]+:)[ \t]*$/gm, n, (m) => `${m[1]}   # about ${n}`),
};

const mutation = fc.tuple(fc.constantFrom(...Object.keys(MUTATIONS)), fc.nat(200));
const scenario = fc.record({
  file: fc.nat(CHARTERS.length - 1),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 5 }),
  fixable: fc.constantFrom('misspeltKey', 'capitalTeam', 'staleSuppression', 'renamedId'),
});

/** The comments of a text that are not suppression comments, as a multiset (from `#` to the line's end). */
function comments(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(/(?:^|\s)(#.*)$/gm)) {
    const c = m[1]!.trim();
    if (c.includes('charter-disable')) continue;
    out.set(c, (out.get(c) ?? 0) + 1);
  }
  return out;
}

/** How many fulfils entries the files hold. */
function fulfilsEntries(sources: readonly SourceFile[]): number {
  let n = 0;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'fulfils' && Array.isArray(x)) n += x.length;
        walk(x);
      }
    }
  };
  for (const s of sources) walk(s.data);
  return n;
}

/** The sources with the fixed files' text. */
function fixedSourcesOf(sources: readonly SourceFile[], fixed: readonly { displayPath: string; after: string }[]): SourceFile[] {
  return sources.map((s) => {
    const f = fixed.find((x) => x.displayPath === s.displayPath);
    return f === undefined ? s : source(path.basename(s.path), f.after);
  });
}

describe('--fix on mutated charters', () => {
  it(
    'every fixed file parses, keeps its comments and fulfils entries, and has fewer findings of the rules fixed',
    () => {
      fc.assert(
        fc.property(scenario, ({ file, mutations, fixable }) => {
          const target = CHARTERS[file]!;
          let text = MUTATIONS[fixable]!(target.text, file);
          for (const [name, n] of mutations) text = MUTATIONS[name]!(text, n);
          const sources = FILES.map((f) => source(f.name, f.name === target.name ? text : f.text));
          const before = lint(sources);
          const { fixed, findings } = fixPasses(sources, before, lint);
          for (const f of fixed) {
            const again = source(path.basename(f.path), f.after);
            expect(again.syntaxProblems).toEqual([]);
            const kept = comments(f.after);
            for (const [c, count] of comments(f.before)) expect(kept.get(c) ?? 0, `comment ${c}`).toBeGreaterThanOrEqual(count);
          }
          // No mutation makes a fulfils entry stale: a fix that removes one has misread a mutation.
          expect(fulfilsEntries(fixedSourcesOf(sources, fixed))).toBe(fulfilsEntries(sources));
          // Fewer findings of the rules that offered fixes. (The whole count may not drop: a
          // key or id fixed lets the rules see what the schema stage had to leave out.)
          const fixedRules = new Set(before.filter((f) => f.fix !== undefined).map((f) => f.rule));
          if (fixedRules.size > 0) {
            expect(fixed.length).toBeGreaterThan(0);
            const of = (list: readonly Finding[]) => list.filter((f) => fixedRules.has(f.rule)).length;
            expect(of(findings)).toBeLessThan(of(before));
          }
        }),
        RUNS,
      );
    },
    timeoutFor(RUNS.numRuns, 150),
  );
});
