import { UserError } from '../errors.js';
import { rules as allRules } from '../rules/index.js';
import { NOT_BULK_SUPPRESSIBLE } from '../suppress/bulk.js';
import { didYouMean } from '../text/suggest.js';
import { applyBulkFile, readBulkFile, unusedEntryReport, updatedEntries, withEntries, writeBulkFile, type BulkFile, type BulkUpdate } from './bulk.js';
import { runLint, type LintRequest, type LintResult } from './run.js';

/** A lint run that rewrote charter-suppressions.json, and what it wrote. */
export interface BulkUpdateResult extends LintResult {
  /** The file as written. */
  bulk: BulkFile;
  /** Entries (file and rule) in it, and the problems they accept. */
  entries: number;
  accepted: number;
}

/**
 * `charter lint --suppress-all | --suppress-rule <id> | --prune-suppressions`: one lint
 * run without the suppressions file, the file rewritten from its findings (whole,
 * through a rename), then those findings reported through the new file.
 * @throws UserError for a rule id that is not a rule or cannot be suppressed in bulk, or as runLint does.
 */
export async function lintUpdatingSuppressions(request: LintRequest, update: BulkUpdate): Promise<BulkUpdateResult> {
  if (update.kind === 'suppress' && update.rules !== undefined) checkRuleIds(update.rules);
  const run = await runLint({ ...request, bulkSuppressions: false });
  const before = await readBulkFile(run.config, request.cwd);
  const bulk = withEntries(before, updatedEntries(before, run.findings, request.cwd, run.named, update));
  await writeBulkFile(bulk, bulk.entries);
  const { findings, suppressed } = applyBulkFile(run.findings, bulk, request.cwd, run.named, unusedEntryReport(run.config.settings));
  const counts = Object.values(bulk.entries).flatMap((rules) => Object.values(rules).map((e) => e.count));
  return { ...run, findings, suppressed, bulk, entries: counts.length, accepted: counts.reduce((a, b) => a + b, 0) };
}

function checkRuleIds(ids: ReadonlySet<string>): void {
  const known = allRules.map((r) => r.meta.id);
  for (const id of ids) {
    if (!known.includes(id)) {
      const hint = didYouMean(id, known);
      throw new UserError(`--suppress-rule ${id}: not a rule${hint === '' ? '; charter rules lists them' : hint}`);
    }
    if (NOT_BULK_SUPPRESSIBLE.has(id)) {
      const why = allRules.find((r) => r.meta.id === id)?.meta.unsuppressible ?? 'fix the files they point at';
      throw new UserError(`--suppress-rule ${id}: "${id}" problems cannot be suppressed: ${why}`);
    }
  }
}
