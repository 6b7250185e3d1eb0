import { editDistance } from '../text/suggest.js';
import { defineOrgRule } from './types.js';

/** The outcomes the practice names: what operating metrics predict. */
export const PRACTICE_OUTCOMES: readonly string[] = ['renewal', 'expansion', 'new-business'];

/**
 * Without `outcomes:` in org.yaml, an outcome is a free word (an internal team may
 * predict `efficiency`), but one that is a letter or two from a known outcome is most
 * likely a typo: from one of the practice's outcomes, or from an outcome that more of
 * the organization's metrics use. Outcomes equally common are left alone: nothing says
 * which of the two is meant.
 */
export default defineOrgRule({
  meta: {
    id: 'outcome-typo',
    description: "An operating metric's outcome is a letter or two from a known outcome.",
    defaultSeverity: 'warn',
    messages: {
      nearMiss: 'Outcome "{{outcome}}" looks like a typo',
    },
    help: {
      nearMiss: 'did you mean "{{suggestion}}"?',
    },
  },
  check(model, context) {
    // A closed list makes any other word an error: outcome-unknown's to report.
    if (model.org?.org.outcomes !== undefined) return;
    const uses = new Map<string, number>();
    for (const fn of model.functions) {
      for (const metric of fn.charter.operatingMetrics ?? []) {
        if (metric.outcome !== undefined) uses.set(metric.outcome, (uses.get(metric.outcome) ?? 0) + 1);
      }
    }
    const suggestionFor = new Map<string, string | undefined>();
    const nearest = (outcome: string): string | undefined => {
      if (PRACTICE_OUTCOMES.includes(outcome)) return undefined;
      const count = uses.get(outcome) ?? 0;
      const candidates = [...PRACTICE_OUTCOMES, ...[...uses].filter(([other, n]) => n > count && !PRACTICE_OUTCOMES.includes(other)).map(([other]) => other)];
      return closest(outcome, candidates);
    };
    for (const fn of model.functions) {
      fn.charter.operatingMetrics?.forEach((metric, i) => {
        const { outcome } = metric;
        if (outcome === undefined) return;
        if (!suggestionFor.has(outcome)) suggestionFor.set(outcome, nearest(outcome));
        const suggestion = suggestionFor.get(outcome);
        if (suggestion === undefined) return;
        context.report({ source: fn.file.source, path: ['operatingMetrics', i, 'outcome'], messageId: 'nearMiss', data: { outcome, suggestion } });
      });
    }
  },
});

/**
 * The candidate one or two letters from `outcome` (one for words of four letters or
 * fewer), ignoring case, or undefined. The nearest wins; ties go to the earlier.
 */
function closest(outcome: string, candidates: readonly string[]): string | undefined {
  const folded = outcome.trim().toLowerCase();
  const max = folded.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    const d = editDistance(folded, candidate.toLowerCase(), max);
    if (d < bestDistance && candidate !== outcome) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
