import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding } from '../../src/findings/finding.js';
import { charterYaml, lintFiles } from '../helpers/org.js';

/**
 * A good charter whose only finding is known: its id differs from its file name. Every
 * test of a bad file lints it alongside, to show that the other files are still checked.
 */
export const SENTINEL = { 'sentinel.yaml': charterYaml('not-the-sentinel') };

/** The finding the sentinel always has, as a row of {@link rows}. */
export const SENTINEL_ROW: Row = ['charters/sentinel.yaml', 1, 5, 'id-matches-filename', 'differs from the file name'];

/** file, line, column, rule, and a distinctive part of the message. */
export type Row = [string, number, number, string, string];

/**
 * Findings as rows, the message cut to what the expected row gives; a finding's help
 * follows its message on a line of its own, after "help: ".
 */
export function rows(findings: readonly Finding[], expected: readonly Row[]): Row[] {
  return findings.map((f, i) => {
    const want = expected[i]?.[4];
    // The help, if any, on a line of its own after the message (as stylish prints it).
    const text = f.help === undefined ? f.message : `${f.message}\nhelp: ${f.help}`;
    const message = want !== undefined && text.includes(want) ? want : f.message;
    return [f.file, f.line, f.column, f.rule, message];
  });
}

/** Lints one file named `bad.yaml` (or the name given) with the sentinel beside it. */
export function lintWithSentinel(text: string, name = 'bad.yaml'): Finding[] {
  return lintFiles({ [name]: text, ...SENTINEL });
}

/** Only the findings of the given rules, in one file. */
export function only(findings: readonly Finding[], file: string, rules: readonly string[]): Finding[] {
  return findings.filter((f) => f.file === file && rules.includes(f.rule));
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir(prefix = 'charter-robustness-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every finding has a rule, a message and a position inside the file's text. */
export function positionsWithin(findings: readonly Finding[], textOf: (file: string) => string): string[] {
  const wrong: string[] = [];
  for (const f of findings) {
    const lines = textOf(f.file).split('\n').length;
    if (f.rule === '' || f.message === '' || f.line < 1 || f.line > Math.max(1, lines) || f.column < 1 || f.endLine < f.line) {
      wrong.push(`${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`);
    }
  }
  return wrong;
}
