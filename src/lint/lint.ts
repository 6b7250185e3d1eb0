import type { Finding } from '../findings/finding.js';
import type { Project } from '../project/load.js';
import { rules as allRules } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { defaultSettings, type RuleSetting } from '../config/settings.js';
import { runRules, type RunOptions } from './engine.js';

/**
 * Lints a loaded project with the given rule settings (defaults when absent).
 * Suppression comments may name any rule of charter, even when `rules` is a subset.
 */
export function lintProject(
  project: Project,
  settings: Map<string, RuleSetting> = defaultSettings(allRules),
  rules: readonly Rule[] = allRules,
  options: RunOptions = {},
): Finding[] {
  return runRules(project.model, rules, settings, { knownRules: allRules, ...options });
}
