import { describe, expect, it } from 'vitest';
import { companyPurpose } from '../../src/text/company-purpose.js';

describe('companyPurpose', () => {
  // The ten missions of the practice's own charters (the published Gainsight article):
  // its examples of missions that answer a customer's need. None may be flagged.
  it.each([
    'Translate business objectives into real change and ROI for the client',
    'Guide the customer through their decision on the renewal (by demonstrating the value the customer has achieved) and on expansion (by educating the customer on value they could achieve) — specifically for our SMB and Midmarket accounts. (The Sales team retains accounts in our Strategic and Enterprise segments.)',
    'Drive fast time-to-value and sustainable success by leading a structured process to achieve a defined set of business objectives.',
    'Contribute to fast time-to-value and sustainable success by thoughtfully designing an architecture to support customers’ use cases and ultimately delivering instance documentation to the customer.',
    'Contribute to fast time-to-value by educating the customer on how to administer and use Gainsight.',
    'Tackle inbound challenges relating to the customer’s existing configuration, quickly and to the customer’s satisfaction.',
    'Help customers with new configuration after onboarding, quickly and to customers’ satisfaction.',
    'Create a vibrant Community that (1) helps customers — including administrators, executives, team leaders, and end users — exchange ideas and solve problems together, (2) provides a concentrated knowledge base, and (3) creates a stream of feedback on our product and customer experience from customers back to Gainsight.',
    'Make all the teams within our Customer Success organization run smoothly together and with other Gainsight departments (e.g. Sales, Marketing, Product)',
    'Make Gainsters extremely knowledgeable about our product.',
    // The customer's own numbers are the customer's need.
    'Help customers grow their revenue with our platform.',
    'Help customers hit their targets for adoption.',
    'Help every customer meet their business goals so they renew with confidence.',
    'Help clients increase their ARR through better retention of their own customers.',
    'Help customers achieve the outcomes they bought our product for.',
  ])('customer-focused: %s', (mission) => {
    expect(companyPurpose(mission)).toBeUndefined();
  });

  it.each([
    ['Reduce churn among customers so we hit our NRR target for FY26.', 'so we hit our NRR'],
    ['Grow NRR by expanding every customer account.', 'Grow NRR'],
    ['Drive upsell across our customer base.', 'Drive upsell'],
    ['Engage customers so that the company grows ARR every quarter.', 'so that the company grows ARR'],
    ['Help our customers succeed so we can exceed our bookings targets.', 'so we can exceed our bookings'],
    ['Maximize revenue from existing clients.', 'Maximize revenue'],
    ['Protect our ARR by renewing every customer on time.', 'Protect our ARR'],
    ['Work with customers to hit our quarterly quota.', 'hit our quarterly quota'],
    ['Increase net revenue retention across all customer segments.', 'Increase net revenue retention'],
    ['Onboard customers fast so we meet\n  our plan.', 'so we meet our plan'],
  ])('company goal: %s', (mission, purpose) => {
    expect(companyPurpose(mission)).toBe(purpose);
  });
});
