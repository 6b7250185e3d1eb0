import type { RuleLevel } from '../findings/finding.js';
import type { Rule } from '../rules/types.js';

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
 * The level a rule runs at: its default when its severity is fixed or the settings do
 * not name it, else the configured one. The one place this is decided: the engine,
 * the reports' rule list and `charter rules` all ask here.
 */
export function effectiveLevel(rule: Rule, settings: ReadonlyMap<string, RuleSetting>): RuleLevel {
  if (rule.meta.fixedSeverity === true) return rule.meta.defaultSeverity;
  return settings.get(rule.meta.id)?.level ?? rule.meta.defaultSeverity;
}

/** The options a rule runs with: the configured ones, else its defaults. */
export function effectiveOptions(rule: Rule, settings: ReadonlyMap<string, RuleSetting>): unknown {
  return settings.get(rule.meta.id)?.options ?? rule.meta.options?.defaults;
}
