import { compareFindings, type Finding, type RuleLevel } from '../findings/finding.js';
import type { SourceFile } from '../load/source.js';
import { FILE_START, Locator, type NodePath, type Position } from '../locate/locator.js';
import type { CheckedFile, OrgModel } from '../model/model.js';
import { formatMessage, type Report, type Rule } from '../rules/types.js';

/** A rule's effective configuration. */
export interface RuleSetting {
  level: RuleLevel;
  options: unknown;
}

/** The effective settings of every rule: defaults, unless configuration says otherwise. */
export function defaultSettings(rules: readonly Rule[]): Map<string, RuleSetting> {
  return new Map(rules.map((r) => [r.meta.id, { level: r.meta.defaultSeverity, options: r.meta.options?.defaults }]));
}

/**
 * Runs the rules over the model and returns located findings, sorted.
 * Reports under a path the schema stage dropped are left out: the schema finding there says it all.
 */
export function runRules(model: OrgModel, rules: readonly Rule[], settings: Map<string, RuleSetting>): Finding[] {
  const findings: Finding[] = [];
  const locators = new Map<SourceFile, Locator>();
  const droppedBySource = new Map<SourceFile, CheckedFile['dropped']>();
  for (const f of model.files) if (f.dropped.length > 0) droppedBySource.set(f.source, f.dropped);

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

  for (const rule of rules) {
    const setting = settings.get(rule.meta.id);
    const level = rule.meta.alwaysOn ? rule.meta.defaultSeverity : (setting?.level ?? rule.meta.defaultSeverity);
    if (level === 'off') continue;
    const context = {
      options: setting?.options ?? rule.meta.options?.defaults,
      where: (source: SourceFile, path: NodePath): string => `${source.displayPath}:${locatorFor(source).locate(path).line}`,
      report(report: Report): void {
        if (!rule.meta.alwaysOn && report.path !== undefined && isUnder(report.path, droppedBySource.get(report.source))) return;
        const template = rule.meta.messages[report.messageId];
        if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message "${report.messageId}"`);
        findings.push({
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
  }
  return findings.sort(compareFindings);
}

function isUnder(path: NodePath, dropped: readonly NodePath[] | undefined): boolean {
  if (dropped === undefined) return false;
  return dropped.some((d) => d.length <= path.length && d.every((seg, i) => seg === path[i]));
}
