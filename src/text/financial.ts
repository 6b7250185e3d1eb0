/**
 * Telling a financial metric by its name, for charters that do not say `financial:`.
 * Financial metrics are money results (revenue, bookings, renewal and retention rates in
 * dollars, margins): they lag, which is why the practice wants most operating metrics to
 * be leading ones. Only names that clearly state money count, so that "Net # of clients
 * moved into Green" or "Time to first value" never do.
 */

/** Whole words or phrases that make a metric financial, with the word shown to the user. */
const FINANCIAL_TERMS: readonly RegExp[] = [
  // Money itself.
  /\brevenues?\b/i,
  /\bbookings?\b/i,
  /\bbillings?\b/i,
  /\bbillable\b/i,
  /\b(?:gross |net |operating |profit )?margins?\b/i,
  /\bprofit(?:s|ability)?\b/i,
  /\bearnings\b/i,
  /\b(?:dollars?|euros?)\b/i,
  /[$€£¥]/,
  /\b(?:usd|eur|gbp)\b/i,
  // Recurring revenue and deal values.
  // Acronyms as people write them (upper case), so that the word "asp" or "arr!" does not count.
  /\b(?:ARR|MRR|ACV|TCV|LTV|CLV|ARPU|ARPA|ASP)\b/,
  /\b(?:annual|monthly) recurring\b/i,
  /\b(?:lifetime|contract|deal) value\b/i,
  /\bdeal size\b/i,
  /\bpipeline value\b/i,
  // Retention in money: renewal and retention rates, churn rate.
  /\b(?:NRR|GRR|NDR|GDR)\b/i,
  /\b(?:net|gross) (?:revenue |dollar )?(?:renewal|retention|expansion)(?: rate)?\b/i,
  /\b(?:revenue|dollar) (?:retention|churn|expansion)\b/i,
  /\brenewal rate\b/i,
  /\bchurn rate\b/i,
  /\bupsell (?:revenue|value|amount)\b/i,
];

/**
 * The words in `name` that make it a financial metric, or undefined when none do.
 * @example financialTerm('Services gross margin') // 'gross margin'
 */
export function financialTerm(name: string): string | undefined {
  for (const term of FINANCIAL_TERMS) {
    const match = term.exec(name);
    if (match !== null) return match[0];
  }
  return undefined;
}
