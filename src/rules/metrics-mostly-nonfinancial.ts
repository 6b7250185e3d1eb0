import { z } from 'zod';
import { financialTerm } from '../text/financial.js';
import { listQuoted } from '../text/quote.js';
import { defineFileRule } from './types.js';

/** Options of `metrics-mostly-nonfinancial`. */
export interface MetricsMostlyNonfinancialOptions {
  /** The largest share (0 to 1) of a charter's operating metrics that may be financial. */
  maxShare: number;
}

/**
 * Reports a charter whose operating metrics are mostly financial: more than `maxShare`
 * of them, half by default. A metric is financial when it says `financial: true`, or,
 * when it does not say, when its name names money (see src/text/financial.ts);
 * `financial: false` always wins.
 */
export default defineFileRule<MetricsMostlyNonfinancialOptions>({
  meta: {
    id: 'metrics-mostly-nonfinancial',
    description: 'More than half of the operating metrics are financial.',
    describe: ({ maxShare }) =>
      maxShare === 0 ? 'An operating metric is financial.' : `More than ${shareWords(maxShare)} of the operating metrics are financial.`,
    defaultSeverity: 'warn',
    messages: {
      tooFinancial: '{{financial}} of {{total}} operating metrics {{verb}} financial ({{names}})',
      tooFinancialInferred: '{{financial}} of {{total}} operating metrics {{verb}} financial ({{names}})',
    },
    help: {
      tooFinancial: 'keep {{limit}} financial, since money results lag by months: add leading metrics that predict them, such as adoption, time to value or satisfaction',
      tooFinancialInferred: '{{inferred}} taken as financial from {{why}} (write "financial: false" on a metric that is not); keep {{limit}} financial: add leading metrics that predict them, such as adoption, time to value or satisfaction',
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
    const inferred: { id: string; term: string }[] = [];
    const financial = metrics.filter((m) => {
      if (m.financial !== undefined) return m.financial;
      const term = financialTerm(m.name);
      if (term !== undefined) inferred.push({ id: m.id, term });
      return term !== undefined;
    });
    const { maxShare } = context.options;
    if (financial.length / metrics.length <= maxShare) return;
    const data = {
      financial: financial.length,
      verb: financial.length === 1 ? 'is' : 'are',
      total: metrics.length,
      names: listQuoted(financial.map((m) => m.id), 3),
      limit: limitText(maxShare),
    };
    const at = { source: file.source, path: ['operatingMetrics'], target: 'key' } as const;
    if (inferred.length === 0) {
      context.report({ ...at, messageId: 'tooFinancial', data });
      return;
    }
    context.report({
      ...at,
      messageId: 'tooFinancialInferred',
      data: {
        ...data,
        inferred: inferred.length === 1 ? `"${inferred[0]!.id}" is` : `${listQuoted(inferred.map((m) => m.id), 3)} are`,
        why: inferred.length === 1 ? `its name ("${inferred[0]!.term}")` : 'their names',
      },
    });
  },
});

/** The share in words: `half`, `30%`. */
function shareWords(maxShare: number): string {
  return maxShare === 0.5 ? 'half' : `${Number((maxShare * 100).toFixed(1))}%`;
}

/** The share in words: `at most half`, `none`, `at most 30%`. */
function limitText(maxShare: number): string {
  if (maxShare === 0) return 'none';
  if (maxShare === 0.5) return 'at most half';
  return `at most ${Number((maxShare * 100).toFixed(1))}%`;
}
