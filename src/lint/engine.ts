import { compareFindings, type Finding, type RuleLevel } from '../findings/finding.js';
import type { SourceFile } from '../load/source.js';
import { FILE_START, Locator, type NodePath, type Position } from '../locate/locator.js';
import type { CheckedFile, OrgModel } from '../model/model.js';
import { effectiveLevel, effectiveOptions, type RuleSetting } from '../config/settings.js';
import { formatMessage, type Report, type Rule } from '../rules/types.js';
import { Suppressions } from '../suppress/apply.js';
import type { RuleLookup } from '../suppress/directives.js';

/** How a lint run treats the charters' own comments. */
export interface RunOptions {
  /** Honour `# charter-disable-...` comments (default true; `--no-inline-config` turns it off). */
  inlineConfig?: boolean;
  /** Every rule a comment may name (default: the rules run). */
  knownRules?: readonly Rule[];
}

/**
 * Runs the rules over the model and returns located findings, sorted.
 * Reports under a path the schema stage dropped are left out: the schema finding there says it all.
 * Findings covered by a suppression comment are left out too; then the engine reports
 * the comments that suppressed nothing under the suppression rule (unused-suppression,
 * scope `suppressions`), as ESLint's apply-disable-directives does.
 */
export function runRules(model: OrgModel, rules: readonly Rule[], settings: Map<string, RuleSetting>, options: RunOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const locators = new Map<SourceFile, Locator>();
  const checkedFiles = new Map<SourceFile, CheckedFile>(model.files.map((f) => [f.source, f]));
  /** Rules see salvaged data, whose list indexes may differ from the file's. */
  const inFile = (source: SourceFile, path: NodePath): NodePath => checkedFiles.get(source)?.toSourcePath?.(path) ?? path;

  const locate = (report: Report): Position => {
    const { source } = report;
    if (report.range !== undefined) return locatorFor(source).fromOffsets(report.range[0], report.range[1]);
    if (report.path === undefined) return FILE_START;
    return locatorFor(source).locate(report.path, report.target);
  };
  const locatorFor = (source: SourceFile): Locator => {
    let l = locators.get(source);
    if (l === undefined) locators.set(source, (l = new Locator(source.doc, source.lineCounter, source.text)));
    return l;
  };

  const levelOf = (rule: Rule): RuleLevel => effectiveLevel(rule, settings);
  /** How one rule's reports become findings in `into` (nothing when the rule is off). */
  const reporter = (rule: Rule, into: Finding[]) => {
    const level = levelOf(rule);
    const fileReports = rule.meta.reportsOn === 'file';
    return {
      options: effectiveOptions(rule, settings),
      where: (source: SourceFile, path: NodePath): string => `${source.displayPath}:${locatorFor(source).locate(inFile(source, path)).line}`,
      report(rawReport: Report): void {
        if (level === 'off') return;
        // Rules with reportsOn 'file' report positions of the file itself; the other rules, of the salvaged data.
        if (!fileReports && rawReport.path !== undefined && checkedFiles.get(rawReport.source)?.isDropped(rawReport.path) === true) return;
        const report =
          rawReport.path === undefined || fileReports ? rawReport : { ...rawReport, path: inFile(rawReport.source, rawReport.path) };
        const template = rule.meta.messages[report.messageId];
        if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message "${report.messageId}"`);
        const helpTemplate = rule.meta.help?.[report.messageId];
        const help = helpTemplate === undefined ? '' : formatMessage(helpTemplate, report.data);
        into.push({
          file: report.source.displayPath,
          ...locate(report),
          rule: rule.meta.id,
          messageId: report.messageId,
          severity: level as Finding['severity'],
          message: formatMessage(template, report.data),
          ...(help !== '' ? { help } : {}),
          ...(report.data !== undefined ? { data: report.data } : {}),
          ...(report.related !== undefined && report.related.length > 0
            ? {
                related: report.related.map((r) => ({
                  file: r.source.displayPath,
                  ...locatorFor(r.source).locate(fileReports ? r.path : inFile(r.source, r.path), r.target),
                })),
              }
            : {}),
        });
      },
    };
  };

  for (const rule of rules) {
    if (levelOf(rule) === 'off') continue;
    const context = reporter(rule, findings);
    if (rule.scope === 'file') {
      for (const file of model.charters) rule.check(file, context, model);
    } else if (rule.scope === 'org') {
      rule.check(model, context);
    }
  }
  if (options.inlineConfig === false) return findings.sort(compareFindings);

  const suppressions = new Suppressions(
    model.files.map((f) => f.source),
    ruleLookup(options.knownRules ?? rules, (id) => rules.some((r) => r.meta.id === id && levelOf(r) !== 'off')),
  );
  const kept = suppressions.filter(findings);
  // The comments that suppressed nothing, reported under the suppression rule(s) run.
  for (const rule of rules) {
    if (rule.scope !== 'suppressions' || levelOf(rule) === 'off') continue;
    const context = reporter(rule, kept);
    for (const problem of suppressions.unused()) {
      context.report({ source: problem.source, range: problem.range, messageId: problem.messageId, data: problem.data });
    }
  }
  return kept.sort(compareFindings);
}

/** Which rule ids a suppression comment may name, and which of them it may not suppress. */
function ruleLookup(rules: readonly Rule[], runs: (id: string) => boolean): RuleLookup {
  const notSuppressible = new Map<string, string>();
  for (const r of rules) if (r.meta.unsuppressible !== undefined) notSuppressible.set(r.meta.id, r.meta.unsuppressible);
  const off = new Set(rules.map((r) => r.meta.id).filter((id) => !runs(id)));
  return { ids: rules.map((r) => r.meta.id), notSuppressible, off };
}
