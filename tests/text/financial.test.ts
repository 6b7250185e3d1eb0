import { describe, expect, it } from 'vitest';
import { financialTerm } from '../../src/text/financial.js';

describe('financialTerm', () => {
  // The operating metrics of the practice's own charters: the two renewal rates are
  // financial, every leading indicator is not.
  it.each([
    ['Gross Renewal Rate', 'Gross Renewal Rate'],
    ['Net Renewal Rate', 'Net Renewal Rate'],
    ['Services bookings', 'bookings'],
    ['Services gross margin', 'gross margin'],
    ['Billable revenue per consultant', 'revenue'],
    ['Net revenue retention (NRR)', 'revenue'],
    ['GRR', 'GRR'],
    ['ARR per CSM', 'ARR'],
    ['Churn rate', 'Churn rate'],
    ['$ of expansion closed', '$'],
    ['Upsell revenue', 'revenue'],
    ['Average contract value', 'contract value'],
  ])('%s is financial (%s)', (name, term) => {
    expect(financialTerm(name)).toBe(term);
  });

  it.each([
    'Habits Scorecard Measure: Net # of clients moved into Green or Lime',
    'Executive Adoption Scorecard',
    'NPS',
    'Client Outcomes CSAT',
    '# of Success Plan Objectives closed',
    'Movement to higher Value Stages',
    '# of Saves',
    'Deployment Scorecard',
    'CSM-qualified upsell opportunities',
    '# of POCs converted',
    '# of Sales References',
    'Resolution Rate',
    'Close Rate',
    'Conversion Rate',
    'Time to value',
    'Logo churn',
    'Accounts per CSM',
    'Renewal forecast accuracy',
    'Expansion pipeline generated',
    'Community posts answered by peers',
  ])('%s is not financial', (name) => {
    expect(financialTerm(name)).toBeUndefined();
  });
});
