import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CharterConfig } from '../config/load.js';
import { effectiveLevel, type RuleSetting } from '../config/settings.js';
import { UserError } from '../errors.js';
import { writeAtomic } from '../files/write.js';
import { compareFindings, type Finding, type RuleLevel } from '../findings/finding.js';
import { describeFsError } from '../load/discover.js';
import { parseText, toDisplayPath } from '../load/parse.js';
import { Locator } from '../locate/locator.js';
import { rules as allRules } from '../rules/index.js';
import { formatMessage } from '../rules/types.js';
import {
  applyBulkSuppressions,
  entryPaths,
  parseSuppressions,
  pruneSuppressions,
  serializeSuppressions,
  suppressFindings,
  SUPPRESSIONS_FILE,
  type BulkSuppressions,
} from '../suppress/bulk.js';

/** The bulk suppressions file of a run: where it is, and what it holds. */
export interface BulkFile {
  /** Absolute path: next to the configuration, or in the working directory without one. */
  file: string;
  /** As users see it (relative to the working directory). */
  displayPath: string;
  /** Its text, undefined when there is no such file. */
  text: string | undefined;
  /** Its entries ({} when there is no file). */
  entries: BulkSuppressions;
}

/**
 * Reads `charter-suppressions.json` next to the configuration.
 * @throws UserError when it exists but cannot be read or is not of the expected shape.
 */
export async function readBulkFile(config: CharterConfig, cwd: string): Promise<BulkFile> {
  const file = path.join(config.file !== undefined ? path.dirname(config.file) : cwd, SUPPRESSIONS_FILE);
  const displayPath = toDisplayPath(file, cwd);
  let text: string | undefined;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new UserError(`${displayPath}: cannot read it (${describeFsError(err, 'unreadable')})`);
  }
  return { file, displayPath, text, entries: text === undefined ? {} : parseSuppressions(text, displayPath) };
}

/** Writes the entries to the file whole, through a temporary file and a rename. */
export async function writeBulkFile(bulk: BulkFile, entries: BulkSuppressions): Promise<void> {
  await writeAtomic(bulk.file, serializeSuppressions(entries)).catch((err: unknown) => {
    throw new UserError(`cannot write ${bulk.displayPath}: ${describeFsError(err, 'write error')}`);
  });
}

/** How an unused entry is reported: the rule, its level, and its message. */
export interface UnusedEntryReport {
  rule: string;
  level: RuleLevel;
  messageId: string;
  /** Fills the message with the entry's file and rule. */
  message: (data: Record<string, string>) => string;
  /** The help line, if the rule has one. */
  help: (data: Record<string, string>) => string | undefined;
}

/**
 * Applies the file's entries to a run's findings (those left by the suppression
 * comments): hides what they cover, and adds a finding at each entry that matches
 * nothing, within the files reported on (`named`; all when undefined).
 */
export function applyBulkFile(
  findings: readonly Finding[],
  bulk: BulkFile,
  cwd: string,
  named: ReadonlySet<string> | undefined,
  unusedReport: UnusedEntryReport,
): { findings: Finding[]; suppressed: number } {
  if (bulk.text === undefined) return { findings: [...findings], suppressed: 0 };
  const paths = entryPaths(cwd, bulk.file);
  const scope = named === undefined ? undefined : new Set([...named].map((f) => paths.toEntry(f)));
  const outcome = applyBulkSuppressions(findings, bulk.entries, paths, scope === undefined ? undefined : (f) => scope.has(f));
  const kept = outcome.kept;
  if (outcome.unused.length > 0 && unusedReport.level !== 'off') {
    const source = parseText({ path: bulk.file, kind: 'charter' }, bulk.displayPath, bulk.text);
    const locator = new Locator(source.doc, source.lineCounter, source.text);
    for (const entry of outcome.unused) {
      const data = { rule: entry.rule, file: entry.file, suppressions: bulk.displayPath };
      const help = unusedReport.help(data);
      kept.push({
        file: bulk.displayPath,
        ...locator.locate([entry.file, entry.rule], 'key'),
        rule: unusedReport.rule,
        messageId: unusedReport.messageId,
        severity: unusedReport.level,
        message: unusedReport.message(data),
        ...(help !== undefined ? { help } : {}),
        data,
      });
    }
  }
  return { findings: kept.sort(compareFindings), suppressed: outcome.suppressed };
}

/** The message id of an unused entry, in the rule that reports unused suppressions. */
const UNUSED_ENTRY = 'unusedEntry';

/** How the settings say to report an unused entry: under the suppression rule, at its level. */
export function unusedEntryReport(settings: ReadonlyMap<string, RuleSetting>): UnusedEntryReport {
  const rule = allRules.find((r) => r.scope === 'suppressions' && r.meta.messages[UNUSED_ENTRY] !== undefined);
  if (rule === undefined) throw new Error(`no rule has the message "${UNUSED_ENTRY}"`);
  const template = rule.meta.messages[UNUSED_ENTRY]!;
  const helpTemplate = rule.meta.help?.[UNUSED_ENTRY];
  return {
    rule: rule.meta.id,
    level: effectiveLevel(rule, settings),
    messageId: UNUSED_ENTRY,
    message: (data) => formatMessage(template, data),
    help: (data) => (helpTemplate === undefined ? undefined : formatMessage(helpTemplate, data)),
  };
}

/** What `--suppress-all`, `--suppress-rule <id>` or `--prune-suppressions` asks of the file. */
export type BulkUpdate = { kind: 'suppress'; rules?: ReadonlySet<string> } | { kind: 'prune' };

/** The entries after an update, from the findings the suppression comments left. */
export function updatedEntries(bulk: BulkFile, findings: readonly Finding[], cwd: string, named: ReadonlySet<string> | undefined, update: BulkUpdate): BulkSuppressions {
  const paths = entryPaths(cwd, bulk.file);
  const scope = named === undefined ? undefined : new Set([...named].map((f) => paths.toEntry(f)));
  const inScope = scope === undefined ? undefined : (f: string) => scope.has(f);
  return update.kind === 'prune'
    ? pruneSuppressions(bulk.entries, findings, paths, inScope)
    : suppressFindings(bulk.entries, findings, paths, update.rules, inScope);
}

/** The same file holding other entries. */
export function withEntries(bulk: BulkFile, entries: BulkSuppressions): BulkFile {
  return { ...bulk, entries, text: serializeSuppressions(entries) };
}
