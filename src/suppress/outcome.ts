import type { OrgModel } from '../model/model.js';
import type { SuppressionProblem } from './directives.js';

/** The id of the rule that reports suppression comments that suppress nothing. */
export const UNUSED_SUPPRESSION = 'unused-suppression';

const outcomes = new WeakMap<OrgModel, readonly SuppressionProblem[]>();

/**
 * Records, for one lint run over `model`, the suppression comments that suppressed
 * nothing. The engine calls this after every other rule has run and the findings
 * have been filtered; the rule unused-suppression then reports them.
 */
export function recordSuppressionOutcome(model: OrgModel, problems: readonly SuppressionProblem[]): void {
  outcomes.set(model, problems);
}

/** What `recordSuppressionOutcome` recorded for `model` (nothing when inline configuration is off). */
export function suppressionOutcome(model: OrgModel): readonly SuppressionProblem[] {
  return outcomes.get(model) ?? [];
}
