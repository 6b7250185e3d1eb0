/**
 * How values read in messages.
 * @module
 */
import { shorten } from '../text/suggest.js';

/** How a value reads in a message: `the number 3`, `the text "x"`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (an empty value)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'string':
      return `the text ${quoteText(value)}`;
    case 'object':
      return 'a mapping';
    default:
      return typeof value;
  }
}

/**
 * A value quoted for a message: in double quotes, control characters escaped (so that
 * nothing a file holds can garble a terminal), cut to about 60 characters.
 */
export function quoteText(value: string): string {
  return JSON.stringify(shorten(value));
}

