import type { NodePath } from '../locate/locator.js';
import { defineFileRule } from './types.js';

/**
 * Reports an operating metric without `outcome`: the financial outcome (renewal,
 * expansion, new business, or the org's own word) that it predicts.
 */
export default defineFileRule({
  meta: {
    id: 'metric-no-outcome',
    description: 'An operating metric predicts no outcome.',
    defaultSeverity: 'warn',
    messages: {
      missing: 'Operating metric "{{id}}" predicts no outcome',
    },
    help: {
      missing: 'add "outcome:" with the result it predicts: renewal, expansion, new-business, or your organization\'s own word',
    },
  },
  check(file, context) {
    file.charter.operatingMetrics?.forEach((metric, i) => {
      if (metric.outcome !== undefined) return;
      const path: NodePath = ['operatingMetrics', i];
      // An outcome the schema rejected (`outcome:` with no value) is reported by the schema rule.
      if (file.isDropped([...path, 'outcome'])) return;
      context.report({ source: file.source, path, messageId: 'missing', data: { id: metric.id, name: metric.name } });
    });
  },
});
