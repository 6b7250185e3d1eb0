/**
 * `charter lint --fix`: applies the fixes of the findings to the files' text in passes,
 * linting again in memory after each, as ESLint does: fixes that overlap in one pass
 * wait for the next, and a fix that makes another possible gets it. At most
 * {@link MAX_PASSES} passes. Files are written (atomically) only at the end, and only
 * those that changed and that nobody changed on disk meanwhile.
 * @module
 */
import { promises as fs } from 'node:fs';
import { applyFixes } from '../findings/apply-fixes.js';
import type { Finding, Fix } from '../findings/finding.js';
import { writeAtomic } from '../files/write.js';
import { parseText } from '../load/parse.js';
import type { SourceFile } from '../load/source.js';
import { fromSources } from '../project/load.js';
import { applyBulkFile, readBulkFile, unusedEntryReport } from './bulk.js';
import { lintProject } from './lint.js';
import { runLint, type LintRequest, type LintResult } from './run.js';

/** ESLint's limit too: fixes that keep making new fixes stop there. */
export const MAX_PASSES = 10;

/** What a fixing run is asked to apply. */
export interface FixOptions {
  /** Apply the first suggestion of findings that have no safe fix, too (`--fix-suggestions`). */
  suggestions?: boolean;
}

/** One file the fixes changed. */
export interface FixedFile {
  /** Absolute path. */
  path: string;
  displayPath: string;
  /** The text as read (byte-order mark excluded). */
  before: string;
  /** The text with every fix applied. */
  after: string;
  /** Fixes applied to it, over all passes. */
  fixes: number;
}

/** The fixes a finding offers for the run: its safe fix, or with suggestions its first suggestion. */
export function fixOf(finding: Finding, options: FixOptions): Fix | undefined {
  return finding.fix ?? (options.suggestions === true ? finding.suggestions?.[0]?.fix : undefined);
}

/**
 * Lints, then applies the findings' fixes in memory, pass after pass, to the files
 * reported on. Writes nothing: see {@link writeFixed}.
 * @returns the files that changed, and the lint run before any fix.
 */
export async function fixInMemory(request: LintRequest, options: FixOptions = {}): Promise<{ first: LintResult; fixed: FixedFile[]; after: Finding[] }> {
  const first = await runLint(request);
  const bulk = request.bulkSuppressions === false ? undefined : await readBulkFile(first.config, request.cwd);
  const named = first.named;
  const lintAgain = (sources: SourceFile[]): Finding[] => {
    let findings = lintProject(fromSources(sources), first.config.settings, undefined, { inlineConfig: request.inlineConfig !== false });
    if (named !== undefined) findings = findings.filter((f) => named.has(f.file) || f.related?.some((r) => named.has(r.file)) === true);
    if (bulk !== undefined) findings = applyBulkFile(findings, bulk, request.cwd, named, unusedEntryReport(first.config.settings)).findings;
    return findings;
  };
  const { fixed, findings } = fixPasses(first.sources, first.findings, lintAgain, options);
  return { first, fixed, after: findings };
}

/**
 * The passes: applies the fixes of `findings` to the sources' text, lints again with
 * `lint`, and so on until no fix applies or {@link MAX_PASSES} passes are done. Only
 * files with a finding are touched (the caller filters findings to the files reported on).
 * @returns the files that changed, the sources as fixed, and the findings of the last lint.
 */
export function fixPasses(
  initial: readonly SourceFile[],
  firstFindings: readonly Finding[],
  lint: (sources: SourceFile[]) => Finding[],
  options: FixOptions = {},
): { fixed: FixedFile[]; sources: SourceFile[]; findings: Finding[] } {
  const sources = [...initial];
  const bySource = new Map(sources.map((s, i) => [s.displayPath, i]));
  const fixed = new Map<string, FixedFile>();
  let findings = [...firstFindings];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const byFile = new Map<string, Fix[]>();
    for (const f of findings) {
      const fix = fixOf(f, options);
      if (fix === undefined) continue;
      let list = byFile.get(f.file);
      if (list === undefined) byFile.set(f.file, (list = []));
      list.push(fix);
    }
    let changed = false;
    for (const [file, fixes] of byFile) {
      const i = bySource.get(file);
      if (i === undefined) continue;
      const source = sources[i]!;
      const outcome = applyFixes(source.text, fixes);
      if (outcome.applied === 0 || outcome.text === source.text) continue;
      changed = true;
      const entry = fixed.get(file) ?? { path: source.path, displayPath: file, before: source.text, after: source.text, fixes: 0 };
      entry.after = outcome.text;
      entry.fixes += outcome.applied;
      fixed.set(file, entry);
      sources[i] = reparse(source, outcome.text);
    }
    if (!changed) break;
    findings = lint(sources);
  }
  return { fixed: [...fixed.values()].filter((f) => f.after !== f.before), sources, findings };
}

/** A file parsed again from its fixed text. */
function reparse(source: SourceFile, text: string): SourceFile {
  return parseText({ path: source.path, kind: source.kind }, source.displayPath, text);
}

/**
 * Writes the fixed files, each atomically. A file whose text on disk is no longer the
 * text that was linted (changed meanwhile) is left alone and returned, so that nothing
 * written by someone else is lost. A byte-order mark the file had is kept.
 */
export async function writeFixed(files: readonly FixedFile[]): Promise<{ written: FixedFile[]; changedMeanwhile: FixedFile[] }> {
  const written: FixedFile[] = [];
  const changedMeanwhile: FixedFile[] = [];
  for (const file of files) {
    const now = await fs.readFile(file.path, 'utf8').catch(() => undefined);
    const bom = now?.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    if (now === undefined || now.slice(bom.length) !== file.before) {
      changedMeanwhile.push(file);
      continue;
    }
    // Through a symbolic link to the file it names; the file keeps its permissions.
    const target = await fs.realpath(file.path);
    const { mode } = await fs.stat(target);
    await writeAtomic(target, bom + file.after);
    await fs.chmod(target, mode & 0o7777).catch(() => undefined);
    written.push(file);
  }
  return { written, changedMeanwhile };
}
