/**
 * How values read in messages.
 * @module
 */
import { quote } from '../text/quote.js';

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
      return `the text ${quote(value)}`;
    case 'object':
      return 'a mapping';
    default:
      return typeof value;
  }
}
