import type { RuleDescriptor, Report } from './types.js';
import { repositoryRoot } from '../load/repository.js';
import { rules as allRules } from '../rules/index.js';
import { effectiveLevel, type RuleSetting } from '../config/settings.js';
import { packageVersion } from '../version.js';
import type { LintSummary } from '../lint/run.js';

/** Every rule of charter, in index order, at the level the settings give it (SARIF's rule list). */
export function ruleDescriptors(settings: ReadonlyMap<string, RuleSetting>): RuleDescriptor[] {
  return allRules.map((r) => ({
    id: r.meta.id,
    description: r.meta.description,
    defaultSeverity: r.meta.defaultSeverity,
    level: effectiveLevel(r, settings),
  }));
}

/** What the formatters get from one lint run (its findings possibly filtered, as by `--quiet`). */
export async function toReport(run: LintSummary, settings: ReadonlyMap<string, RuleSetting>, cwd: string): Promise<Report> {
  return {
    findings: run.findings,
    files: run.files,
    charters: run.charters,
    hasOrg: run.hasOrg,
    suppressed: run.suppressed,
    version: packageVersion(),
    rules: ruleDescriptors(settings),
    cwd,
    root: await repositoryRoot(cwd),
  };
}
