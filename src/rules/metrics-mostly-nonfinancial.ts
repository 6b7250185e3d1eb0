import { z } from 'zod';
import { listQuoted } from '../text/quote.js';
import { defineFileRule } from './types.js';

/** Options of `metrics-mostly-nonfinancial`. */
export interface MetricsMostlyNonfinancialOptions {
  /** The largest share (0 to 1) of a charter's operating metrics that may be financial. */
  maxShare: number;
}

/**
 * Reports a charter whose operating metrics are mostly financial (`financial: true`):
 * more than `maxShare` of them, half by default.
 */
export default defineFileRule<MetricsMostlyNonfinancialOptions>({
  meta: {
    id: 'metrics-mostly-nonfinancial',
    description: 'More than half of the operating metrics are financial.',
    defaultSeverity: 'warn',
    messages: {
      tooFinancial:
        '{{financial}} of the {{total}} operating metrics {{verb}} financial ({{names}}), but {{limit}} should be: financial results lag by months, so add leading metrics that predict them, such as adoption, time to value or satisfaction',
    },
    options: {
      schema: z.strictObject({
        maxShare: z
          .number()
          .min(0)
          .max(1)
          .meta({ description: 'The largest share of operating metrics that may be financial, from 0 to 1 (0.5: half).' }),
      }),
      defaults: { maxShare: 0.5 },
    },
  },
  check(file, context) {
    const metrics = file.charter.operatingMetrics ?? [];
    // No metrics at all is section-missing's to report.
    if (metrics.length === 0) return;
    const financial = metrics.filter((m) => m.financial === true);
    const { maxShare } = context.options;
    if (financial.length / metrics.length <= maxShare) return;
    context.report({
      source: file.source,
      path: ['operatingMetrics'],
      target: 'key',
      messageId: 'tooFinancial',
      data: {
        financial: financial.length,
        verb: financial.length === 1 ? 'is' : 'are',
        total: metrics.length,
        names: listQuoted(financial.map((m) => m.id), 3),
        limit: limitText(maxShare),
      },
    });
  },
});

/** The share in words: `at most half`, `none`, `at most 30%`. */
function limitText(maxShare: number): string {
  if (maxShare === 0) return 'none';
  if (maxShare === 0.5) return 'at most half';
  return `at most ${Number((maxShare * 100).toFixed(1))}%`;
}
