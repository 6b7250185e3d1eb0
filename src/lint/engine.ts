import { compareFindings, type Finding, type RuleLevel } from '../findings/finding.js';
import type { SourceFile } from '../load/source.js';
import { FILE_START, Locator, type NodePath, type Position } from '../locate/locator.js';
import type { CheckedFile, OrgModel } from '../model/model.js';
import { formatMessage, type Report, type Rule } from '../rules/types.js';
import { Suppressions } from '../suppress/apply.js';
import type { RuleLookup } from '../suppress/directives.js';
import { recordSuppressionOutcome, UNUSED_SUPPRESSION } from '../suppress/outcome.js';

/** A rule's effective configuration. */
export interface RuleSetting {
  level: RuleLevel;
  options: unknown;
}

/** The effective settings of every rule: defaults, unless configuration says otherwise. */
export function defaultSettings(rules: readonly Rule[]): Map<string, RuleSetting> {
  return new Map(rules.map((r) => [r.meta.id, { level: r.meta.defaultSeverity, options: r.meta.options?.defaults }]));
}

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
 * Findings covered by a suppression comment are left out too; then unused-suppression,
 * which always runs last, reports the comments that suppressed nothing.
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

  const levelOf = (rule: Rule): RuleLevel =>
    rule.meta.alwaysOn ? rule.meta.defaultSeverity : (settings.get(rule.meta.id)?.level ?? rule.meta.defaultSeverity);
  const run = (rule: Rule, into: Finding[]): void => {
    const setting = settings.get(rule.meta.id);
    const level = levelOf(rule);
    if (level === 'off') return;
    const context = {
      options: setting?.options ?? rule.meta.options?.defaults,
      where: (source: SourceFile, path: NodePath): string => `${source.displayPath}:${locatorFor(source).locate(inFile(source, path)).line}`,
      report(rawReport: Report): void {
        // yaml-syntax and schema report positions of the file itself; the other rules, of the salvaged data.
        if (!rule.meta.alwaysOn && rawReport.path !== undefined && checkedFiles.get(rawReport.source)?.isDropped(rawReport.path) === true) return;
        const report =
          rawReport.path === undefined || rule.meta.alwaysOn ? rawReport : { ...rawReport, path: inFile(rawReport.source, rawReport.path) };
        const template = rule.meta.messages[report.messageId];
        if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message "${report.messageId}"`);
        into.push({
          file: report.source.displayPath,
          ...locate(report),
          rule: rule.meta.id,
          severity: level,
          message: formatMessage(template, report.data),
        });
      },
    };
    if (rule.scope === 'file') {
      for (const file of model.charters) rule.check(file, context, model);
    } else {
      rule.check(model, context);
    }
  };

  const afterSuppressions = rules.filter((r) => r.meta.id === UNUSED_SUPPRESSION);
  for (const rule of rules) if (!afterSuppressions.includes(rule)) run(rule, findings);
  if (options.inlineConfig === false) return findings.sort(compareFindings);

  const suppressions = new Suppressions(
    model.files.map((f) => f.source),
    ruleLookup(options.knownRules ?? rules, (id) => rules.some((r) => r.meta.id === id && levelOf(r) !== 'off')),
  );
  const kept = suppressions.filter(findings);
  recordSuppressionOutcome(model, suppressions.unused());
  for (const rule of afterSuppressions) run(rule, kept);
  return kept.sort(compareFindings);
}

/** Which rule ids a suppression comment may name, and which of them it may not suppress. */
function ruleLookup(rules: readonly Rule[], runs: (id: string) => boolean): RuleLookup {
  const notSuppressible = new Map<string, string>();
  for (const r of rules) {
    if (r.meta.alwaysOn) notSuppressible.set(r.meta.id, 'fix the file instead (the other rules cannot check what it rejects)');
    if (r.meta.id === UNUSED_SUPPRESSION) notSuppressible.set(r.meta.id, 'remove the stale comment, or turn the rule off in charter.config.yaml');
  }
  const off = new Set(rules.map((r) => r.meta.id).filter((id) => !runs(id)));
  return { ids: rules.map((r) => r.meta.id), notSuppressible, off };
}
