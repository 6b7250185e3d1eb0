import path from 'node:path';
import { defaultSettings, type RuleSetting } from '../../src/config/settings.js';
import { lintProject } from '../../src/lint/lint.js';
import { parseText } from '../../src/load/parse.js';
import type { Finding } from '../../src/findings/finding.js';
import { fromSources, loadProject, type Project } from '../../src/project/load.js';
import { rules } from '../../src/rules/index.js';

/** Builds a project from in-memory files: `{ 'csm.yaml': '...', 'org.yaml': '...' }`, shown as `charters/<name>`. */
export function projectOf(files: Record<string, string>): Project {
  const sources = Object.entries(files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, text]) =>
      parseText(
        { path: path.join('/virtual/charters', name), kind: name === 'org.yaml' ? 'org' : 'charter' },
        `charters/${name}`,
        text,
      ),
    );
  return fromSources(sources);
}

/** Lints in-memory files with default settings (or `overrides` for some rules). */
export function lintFiles(files: Record<string, string>, overrides: Record<string, Partial<RuleSetting>> = {}): Finding[] {
  const settings = defaultSettings(rules);
  for (const [id, s] of Object.entries(overrides)) settings.set(id, { ...settings.get(id)!, ...s });
  return lintProject(projectOf(files), settings);
}

/** Lints a directory on disk, paths shown relative to `cwd`. */
export async function lintDir(dir: string, cwd = process.cwd()): Promise<Finding[]> {
  return lintProject(await loadProject([dir], cwd));
}

/** Only the findings of one rule, as compact `[file, line, column]` rows for table-driven assertions. */
export function rowsOf(findings: Finding[], rule: string): [string, number, number][] {
  return findings.filter((f) => f.rule === rule).map((f) => [f.file, f.line, f.column]);
}

/** A complete, clean charter for tests to vary: every section filled, no findings in a clean org. */
export function charterYaml(id: string, extra = '', department = 'client-outcomes'): string {
  return `id: ${id}
name: ${id} team
department: ${department}
mission: Help every customer reach the outcomes they bought the product for.
operatingMetrics:
  - id: habits
    name: Habits scorecard
    outcome: renewal
costMetrics:
  - name: Cost per dollar of ARR managed
activities:
  - id: reviews
    name: Run business reviews for ${id}
risks:
  - id: renewal-risk
    name: Renewal risk
    mitigatedBy: [reviews]
dependencies: []
${extra}`;
}

/** The root of the rule fixtures: tests/fixtures/rules/<rule-id>/{valid,invalid}/<case>/. */
export const RULE_FIXTURES = path.resolve(import.meta.dirname, '../fixtures/rules');

/**
 * Lints one fixture case (a small org directory) and returns its findings, with
 * `file` relative to the case directory (`csm.yaml`, `org.yaml`, `sub/x.yaml`).
 */
export async function lintFixture(ruleId: string, kind: 'valid' | 'invalid', caseName: string): Promise<Finding[]> {
  const dir = path.join(RULE_FIXTURES, ruleId, kind, caseName);
  return lintProject(await loadProject([dir], dir));
}
