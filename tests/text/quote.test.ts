import { describe, expect, it } from 'vitest';
import { excerpt, joinOr, listQuoted, oneOf, quote, shorten } from '../../src/text/quote.js';
import { wordPattern } from '../../src/text/words.js';

describe('quote', () => {
  it('puts a value in double quotes with control characters and quotes escaped', () => {
    expect(quote('csm')).toBe('"csm"');
    expect(quote('a "b"\u001b[2J')).toBe('"a \\"b\\"\\u001b[2J"');
    expect(quote(3)).toBe('"3"');
  });

  it('cuts a long value to about 60 characters, never inside a character', () => {
    expect(quote('x'.repeat(100))).toBe(`"${'x'.repeat(57)}..."`);
    expect(shorten(`${'x'.repeat(56)}😀yyyy`)).toBe(`${'x'.repeat(56)}...`);
  });
});

describe('excerpt', () => {
  it('keeps a short text whole, on one line', () => {
    expect(excerpt('  Each project\n  follows a plan. ')).toBe('Each project follows a plan.');
  });

  it('cuts a long text at a word after about 40 characters', () => {
    expect(excerpt('Each project follows a plan the customer agreed to, week by week.')).toBe('Each project follows a plan the customer...');
    expect(excerpt('x'.repeat(100))).toBe(`${'x'.repeat(40)}...`);
  });
});

describe('lists', () => {
  it('joins with "or", and says how many more past eight', () => {
    expect(joinOr(['a'])).toBe('"a"');
    expect(joinOr(['a', 'b', 'c'])).toBe('"a", "b" or "c"');
    expect(joinOr('abcdefghij'.split(''))).toBe('"a", "b", "c", "d", "e", "f", "g", "h" or 2 more');
    expect(oneOf(['a', 'b'])).toBe('one of "a" or "b"');
    expect(listQuoted(['a', 'b', 'c', 'd'], 3)).toBe('"a", "b", "c" and 1 more');
  });
});

describe('wordPattern', () => {
  it('finds whole words only, with special characters literal and any white space inside a word', () => {
    const p = wordPattern(['customer', 'end user', 'c++'], 'i');
    expect(p.test("the Customer's needs")).toBe(true);
    expect(p.test('for the end\n  user')).toBe(true);
    expect(p.test('customers')).toBe(false);
    expect(p.test('customer_id')).toBe(false);
    expect(p.test('c++ teams')).toBe(true);
    expect(p.test('cxx')).toBe(false);
  });

  it('matches nothing for an empty list, and gives one pattern per list and flags', () => {
    const words = ['TODO'];
    expect(wordPattern([]).test('anything')).toBe(false);
    expect(wordPattern(words, 'g')).toBe(wordPattern(words, 'g'));
    expect(wordPattern(words, 'g').flags).toBe('gu');
  });
});
