import { describe, expect, it } from 'vitest';
import {
  MAYBE_FINAL_ABBREVIATIONS,
  NEVER_FINAL_ABBREVIATIONS,
  SENTENCE_OPENERS,
  splitSentences,
  type Sentence,
} from '../../src/text/sentences.js';

/** A mission statement and how many sentences a careful reader finds in it. */
interface Row {
  /** What the row is about. */
  about: string;
  text: string;
  count: number;
  /** For some rows, the exact sentences expected. */
  sentences?: string[];
}

/** Customer Success missions that are one sentence. */
const oneSentence: Row[] = [
  { about: 'plain CSM mission', text: "Turn each client's business objectives into measurable change and return on investment.", count: 1 },
  { about: 'missing final period', text: 'Help customers win', count: 1 },
  { about: 'e.g. mid-sentence', text: 'Help every new customer reach first value fast, e.g. by a guided launch in week one.', count: 1 },
  { about: 'e.g. followed by a capital', text: 'Give every team, e.g. Sales, Support and Finance, one view of the customer.', count: 1 },
  { about: 'i.e. followed by a capital', text: 'Protect the installed base, i.e. Enterprise and Mid-Market accounts, from avoidable churn.', count: 1 },
  { about: 'etc. followed by lower case', text: 'Answer billing, access, integrations etc. in one conversation so customers never repeat themselves.', count: 1 },
  { about: 'vs. before a capital', text: 'Shift our time from reactive tickets vs. Proactive outreach in favour of the customer.', count: 1 },
  { about: 'U.S. before a capital that is no sentence opener', text: 'Make U.S. Federal customers successful within their compliance constraints.', count: 1 },
  { about: 'U.S. before lower case', text: 'Help customers in the U.S. and Canada renew with confidence.', count: 1 },
  { about: 'Inc. inside a company name', text: 'Help Acme Inc. Customers turn data into daily decisions.', count: 1 },
  { about: 'Ltd. inside a company name', text: 'Make Globex Ltd. Partners self-sufficient on every release.', count: 1 },
  { about: 'Dr. title', text: 'Carry out Dr. Patel\'s clinical onboarding playbook for every hospital customer.', count: 1 },
  { about: 'Mr. and Mrs. titles', text: 'Treat every customer the way Mr. and Mrs. Rivera treated the first hundred.', count: 1 },
  { about: 'No. before a number', text: 'Make us the No. 1 rated support team for customers in our category.', count: 1 },
  { about: 'approx. before a number', text: 'Resolve approx. 80% of customer questions at the first contact.', count: 1 },
  { about: 'a.m. and p.m.', text: 'Answer every customer between 8 a.m. and 8 p.m. in their own time zone.', count: 1 },
  { about: 'a.m. before a capital that is no opener', text: 'Staff the hotline from 7 a.m. Eastern to midnight for customers in crisis.', count: 1 },
  { about: 'single initials', text: 'Scale the renewal method J. Smith built so every customer renews on time.', count: 1 },
  { about: 'several initials', text: 'Follow the J. R. Okafor framework to move customers from adoption to advocacy.', count: 1 },
  { about: 'decimal percentage', text: 'Keep 99.9% of customer workspaces healthy through proactive monitoring.', count: 1 },
  { about: 'version number', text: 'Move every customer to v2.1 of the platform before the old API retires.', count: 1 },
  { about: 'money amount', text: 'Protect the $1.5M of at-risk ARR by giving each account a recovery plan.', count: 1 },
  { about: 'domain name', text: 'Make community.acme.com the first place customers go to learn from each other.', count: 1 },
  { about: 'email address', text: 'Answer every message to support@acme.io within one business hour.', count: 1 },
  { about: 'URL with a question mark and dots', text: 'Route every customer to https://help.acme.io/start?lang=en.US first.', count: 1 },
  { about: 'three-dot ellipsis', text: 'Listen, learn, act... and make every customer feel heard.', count: 1 },
  { about: 'ellipsis character before a capital that is no opener', text: 'Onboard, adopt, expand… Customers move through each stage with a guide.', count: 1 },
  { about: 'parenthetical phrase', text: 'Grow revenue from existing customers (by upselling).', count: 1, sentences: ['Grow revenue from existing customers (by upselling).'] },
  {
    about: 'parenthetical full sentence inside the first one',
    text: 'We help clients (Sales keeps enterprise accounts.) grow their adoption.',
    count: 1,
  },
  {
    about: 'parenthetical with two sentences inside the first one',
    text: 'We help mid-market clients (Sales keeps enterprise. Partners keep SMB.) adopt the platform.',
    count: 1,
  },
  {
    about: 'quoted sentences inside the sentence',
    text: 'Live our motto "Listen first. Act fast." with every customer.',
    count: 1,
  },
  { about: 'question mark inside a quotation', text: 'Answer the customer\'s "why?" before they have to ask it.', count: 1 },
  { about: 'literal block with bare line breaks', text: 'Help every customer\nreach their goals\nand renew with confidence.', count: 1 },
  { about: 'line break before a capital, no punctuation', text: 'Give Customers\nOne voice across Support and Success.', count: 1 },
  { about: 'list marker that starts the only line', text: '1. Onboard every customer in thirty days.', count: 1 },
  { about: 'bullet that continues on the next line', text: '- Help every customer adopt\n  the features they pay for.', count: 1 },
  { about: 'surrounding white space', text: '   \n Make renewals a formality for customers.  \n ', count: 1, sentences: ['Make renewals a formality for customers.'] },
  { about: 'dotted acronym inside a sentence', text: 'Serve our E.U. Customers in their own language and under their own laws.', count: 1 },
  { about: 'cf. reference', text: 'Measure health the same way across teams (cf. Operations playbook) for every customer.', count: 1 },
];

/** Customer Success missions that are several sentences. */
const severalSentences: Row[] = [
  {
    about: 'two plain sentences',
    text: 'Onboard customers fast. Make them successful.',
    count: 2,
    sentences: ['Onboard customers fast.', 'Make them successful.'],
  },
  { about: 'question then statement', text: 'Why wait for renewal? We act on customer risk the day we see it.', count: 2 },
  { about: 'exclamation', text: 'Delight every customer! Turn them into references.', count: 2 },
  { about: 'exclamation before lower case', text: 'Delight every customer! then measure it.', count: 2 },
  {
    about: 'parenthetical full sentence after the first one',
    text: 'Grow revenue. (Sales keeps enterprise.)',
    count: 2,
    sentences: ['Grow revenue.', '(Sales keeps enterprise.)'],
  },
  { about: 'quotation closes the first sentence', text: 'Our CSMs say "yes." Then they make it happen for the customer.', count: 2, sentences: ['Our CSMs say "yes."', 'Then they make it happen for the customer.'] },
  { about: 'etc. then a sentence opener', text: 'Handle billing, access, integrations, etc. We want customers to have one door.', count: 2 },
  { about: 'U.S. then a sentence opener', text: 'We serve customers across the U.S. We also support their offices in Canada.', count: 2 },
  { about: 'Inc. then a sentence opener', text: 'Make every customer as successful as Acme Inc. They are our model account.', count: 2 },
  { about: 'a.m. then a sentence opener', text: 'Open the support line at 7 a.m. The customer never waits for us.', count: 2 },
  { about: 'ellipsis then a sentence opener', text: 'Customers tell us where it hurts... We fix it before renewal.', count: 2 },
  { about: 'decimal then a second sentence', text: 'Keep uptime above 99.9%. Tell customers before they notice an incident.', count: 2 },
  { about: 'domain name at the end of a sentence', text: 'Run our community on acme.com. Customers answer each other there.', count: 2, sentences: ['Run our community on acme.com.', 'Customers answer each other there.'] },
  { about: 'e.g. then a second sentence', text: 'Automate the routine, e.g. password resets. Spend people on judgment calls.', count: 2 },
  { about: 'three sentences', text: 'Onboard fast. Drive adoption. Renew every customer.', count: 3 },
  {
    about: 'line break after terminal punctuation, capital next',
    text: 'Help customers adopt the product.\nGrow expansion revenue.',
    count: 2,
    sentences: ['Help customers adopt the product.', 'Grow expansion revenue.'],
  },
  { about: 'line break after terminal punctuation, lower case next', text: 'Help customers adopt the product.\nand grow expansion revenue.', count: 2 },
  { about: 'blank line between paragraphs without punctuation', text: 'Help customers win\n\nGrow our community', count: 2 },
  {
    about: 'bullet list',
    text: '- Onboard every customer\n- Drive adoption\n- Renew on time',
    count: 3,
    sentences: ['- Onboard every customer', '- Drive adoption', '- Renew on time'],
  },
  { about: 'numbered list', text: '1. Onboard every customer\n2. Drive adoption', count: 2 },
  { about: 'introduction and numbered list', text: 'Our renewals team will:\n1) forecast every renewal\n2) negotiate early', count: 3 },
  { about: 'CRLF line endings', text: 'Resolve tickets on first contact.\r\nKeep customers informed.', count: 2 },
  { about: 'question mark inside parentheses ends the sentence before a capital', text: 'Ask customers what success means (and why?) We build the plan from there.', count: 2 },
  { about: 'missing final period on the second sentence', text: 'Run the customer community. Help members help each other', count: 2 },
  { about: 'Dr. in the second sentence', text: 'Make clinics successful. Dr. Lee leads the clinical onboarding for them.', count: 2 },
];

const rows = [...oneSentence, ...severalSentences];

/** Checks the invariants every result must keep (one assertion, so that long texts stay fast). */
function checkInvariants(input: string, result: Sentence[]): void {
  const problems: string[] = [];
  let previousEnd = 0;
  for (const s of result) {
    if (s.text !== input.slice(s.start, s.end)) problems.push(`${s.start}: text is not input.slice(start, end)`);
    if (s.text !== s.text.trim() || s.text.length === 0) problems.push(`${s.start}: text is not trimmed or is empty`);
    if (s.start < previousEnd) problems.push(`${s.start}: overlaps the previous sentence`);
    previousEnd = s.end;
  }
  expect(problems).toEqual([]);
}

describe('splitSentences on Customer Success missions', () => {
  it('has a table of at least 40 missions', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(oneSentence.length).toBeGreaterThanOrEqual(20);
    expect(severalSentences.length).toBeGreaterThanOrEqual(20);
  });

  it.each(rows)('$about: $count', ({ text, count, sentences }) => {
    const result = splitSentences(text);
    expect(result.map((s) => s.text)).toHaveLength(count);
    if (sentences !== undefined) expect(result.map((s) => s.text)).toEqual(sentences);
    checkInvariants(text, result);
  });
});

describe('splitSentences: offsets', () => {
  it('reports [start, end) offsets of trimmed sentences', () => {
    const text = '  Onboard fast.  Renew early!\n(Sales keeps enterprise.) ';
    expect(splitSentences(text)).toEqual([
      { text: 'Onboard fast.', start: 2, end: 15 },
      { text: 'Renew early!', start: 17, end: 29 },
      { text: '(Sales keeps enterprise.)', start: 30, end: 55 },
    ]);
  });

  it('keeps inner line breaks of a literal block in the text and offsets', () => {
    const text = 'Help every customer\nreach value.\nRenew them.';
    expect(splitSentences(text)).toEqual([
      { text: 'Help every customer\nreach value.', start: 0, end: 32 },
      { text: 'Renew them.', start: 33, end: 44 },
    ]);
  });
});

describe('splitSentences: empty input', () => {
  it.each(['', ' ', '\n\n', ' \t \r\n '])('returns [] for %j', (text) => {
    expect(splitSentences(text)).toEqual([]);
  });
});

describe('splitSentences: the abbreviation lists', () => {
  it.each([
    ['NEVER_FINAL_ABBREVIATIONS', NEVER_FINAL_ABBREVIATIONS],
    ['MAYBE_FINAL_ABBREVIATIONS', MAYBE_FINAL_ABBREVIATIONS],
    ['SENTENCE_OPENERS', SENTENCE_OPENERS],
  ])('%s is sorted and has no duplicates', (_name, list) => {
    const sorted = [...new Set(list)].sort((a, b) => a.localeCompare(b, 'en'));
    expect(list).toEqual(sorted);
  });

  it.each(NEVER_FINAL_ABBREVIATIONS.map((a) => [a]))('never ends a sentence after %s, even before "We"', (abbreviation) => {
    const text = `Help customers with ${abbreviation} We stay close.`;
    expect(splitSentences(text)).toHaveLength(1);
  });

  it.each(MAYBE_FINAL_ABBREVIATIONS.map((a) => [a]))('ends a sentence after %s only before a sentence opener', (abbreviation) => {
    expect(splitSentences(`Help customers with ${abbreviation} We stay close.`)).toHaveLength(2);
    expect(splitSentences(`Help customers with ${abbreviation} Northwind stays close.`)).toHaveLength(1);
  });
});

describe('splitSentences: long input', () => {
  it('splits a 100,000-character text of many sentences', () => {
    const pattern = [
      'Help customers in the U.S. reach 99.9% uptime, e.g. with v2.1 of the agent. ',
      'Why wait? ',
      'We act on risk (Sales keeps enterprise.) before renewal! ',
      'Email support@acme.io for help.\n',
      '- Onboard fast.\n',
    ];
    let text = '';
    let expected = 0;
    let i = 0;
    while (text.length < 100_000) {
      text += pattern[i % pattern.length];
      expected++;
      i++;
    }
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    const result = splitSentences(text);
    expect(result).toHaveLength(expected);
    const wrong = result.filter((s, k) => s.text !== pattern[k % pattern.length]?.trim());
    expect(wrong).toEqual([]);
    checkInvariants(text, result);
  });

  it('splits the whole table repeated into 100,000 characters of paragraphs', () => {
    // Slices of the text are segmented separately: boundaries must not depend
    // on where a slice happens to end.
    const parts: string[] = [];
    let expected = 0;
    let length = 0;
    for (let k = 0; length < 100_000; k++) {
      const row = rows[k % rows.length] as Row;
      parts.push(row.text);
      expected += row.count;
      length += row.text.length + 2;
    }
    const text = parts.join('\n\n');
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    const result = splitSentences(text);
    expect(result).toHaveLength(expected);
    checkInvariants(text, result);
  });

  it('splits sentences that follow a 60,000-character sentence', () => {
    const text = `${'help customers grow '.repeat(3_000)}now. ${'We renew them. '.repeat(2_000)}`;
    const result = splitSentences(text);
    expect(result).toHaveLength(2_001);
    expect(result[1]).toEqual({ text: 'We renew them.', start: 60_005, end: 60_019 });
  });

  it('keeps a 100,000-character run-on text as one sentence', () => {
    const text = 'Help customers, e.g. Acme, grow '.repeat(3_200) + 'forever.';
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    expect(splitSentences(text)).toHaveLength(1);
  });
});
