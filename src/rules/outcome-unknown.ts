import path from 'node:path';
import { joinOr } from '../text/quote.js';
import { suggest } from '../text/suggest.js';
import { defineOrgRule } from './types.js';

/**
 * With `outcomes:` in org.yaml (a closed list): an operating metric's `outcome` must be
 * one of them. Without the list, outcomes are free words; outcome-typo watches those.
 */
export default defineOrgRule({
  meta: {
    id: 'outcome-unknown',
    description: "An operating metric's outcome is not one of the outcomes org.yaml lists.",
    defaultSeverity: 'error',
    messages: {
      misspelt: 'Outcome "{{outcome}}" is not an outcome of {{org}}',
      unknown: 'Outcome "{{outcome}}" is not an outcome of {{org}}',
    },
    help: {
      misspelt: 'did you mean "{{suggestion}}"?',
      unknown: 'use {{known}}, or add "{{outcome}}" to "outcomes:" in {{org}}',
    },
  },
  check(model, context) {
    const outcomes = model.org?.org.outcomes;
    if (model.org === undefined || outcomes === undefined) return;
    const org = path.basename(model.org.source.displayPath);
    const known = new Set(outcomes);
    for (const fn of model.functions) {
      fn.charter.operatingMetrics?.forEach((metric, i) => {
        const { outcome } = metric;
        if (outcome === undefined || known.has(outcome)) return;
        const suggestion = suggest(outcome, outcomes);
        context.report({
          source: fn.file.source,
          path: ['operatingMetrics', i, 'outcome'],
          ...(suggestion !== undefined
            ? { messageId: 'misspelt', data: { outcome, org, suggestion } }
            : { messageId: 'unknown', data: { outcome, org, known: joinOr(outcomes) } }),
        });
      });
    }
  },
});
