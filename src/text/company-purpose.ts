/**
 * Telling a mission whose purpose is the company's number rather than the customer's
 * need: "Reduce churn among customers so we hit our NRR target." The practice's tip is
 * that a mission answers a need of the customer, not one of the company, and naming
 * the customer on the way does not change whose need it is.
 *
 * Precision matters more than recall: a warning people learn to ignore is worse than
 * none. So only three shapes count, each needing a company metric as the goal:
 * - "so (that) we / our company ... <metric>": the company is the one who benefits;
 * - "hit / meet / reach / beat our <target | quota | number | plan>";
 * - "grow / increase / maximize / drive / protect (our) <company metric>" where the
 *   metric is the company's money: NRR, ARR, MRR, GRR, revenue, bookings, upsell(s),
 *   quota, margin, wallet share.
 * "The customer's decision on the renewal" or "value the customer could achieve" does
 * not count: renewal and expansion are outcomes of the customer's decision there.
 */

/** The company's own numbers. */
const COMPANY_METRIC =
  "(?:(?:net|gross) (?:revenue|dollar) retention|NRR|GRR|NDR|ARR|MRR|revenue|bookings|billings|upsells?|upsell revenue|quotas?|margins?|wallet share|sales targets?|(?:our|the company's|company) (?:targets?|numbers?|goals?|plan|growth))";

/** Verbs that make a metric the goal. */
const GROW = '(?:grow|growing|increase|increasing|maximi[sz]e|maximi[sz]ing|drive|driving|boost|boosting|protect|protecting|expand|expanding|raise|raising|lift|lifting|improve|improving|hit|hitting|meet|meeting|reach|reaching|beat|beating|exceed|exceeding|achieve|achieving|deliver|delivering)';

/** A few words at most between the parts, so that one clause is read, not the whole mission. */
const FEW_WORDS = "(?:[\\w'’-]+[,;]?\\s+){0,6}?";

const SHAPES: readonly RegExp[] = [
  // "... so we hit our NRR target", "so that the company grows ARR"
  new RegExp(`\\bso(?: that)? (?:we|our (?:company|business|team|org(?:anization)?)|the (?:company|business))\\b\\s+${FEW_WORDS}${COMPANY_METRIC}\\b`, 'iu'),
  // "to hit our quota", "meeting the company's targets"
  new RegExp(`\\b${GROW}\\s+(?:our|the company's|company)\\s+(?:[\\w-]+\\s+){0,3}?(?:targets?|quotas?|numbers?|plan|goals?)\\b`, 'iu'),
  // "grow NRR", "drive upsell", "increase our revenue", "maximize net revenue retention"
  new RegExp(`\\b${GROW}\\s+(?:our\\s+|the company's\\s+|company\\s+)?${COMPANY_METRIC}\\b`, 'iu'),
];

/**
 * The words of `mission` that state a company metric as its purpose, or undefined when
 * there are none.
 * @example companyPurpose('Reduce churn among customers so we hit our NRR target for FY26.')
 * // 'so we hit our NRR target'
 */
export function companyPurpose(mission: string): string | undefined {
  const text = mission.replace(/\s+/g, ' ');
  for (const shape of SHAPES) {
    const match = shape.exec(text);
    if (match !== null) return match[0];
  }
  return undefined;
}
