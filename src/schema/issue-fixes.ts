/**
 * The replacements of schema issues that a fix can make with certainty: the one valid
 * key close to a misspelt key, and the kebab-case form of an id written in another case
 * or with other separators. Kept apart from the messages (issue-messages.ts).
 * @module
 */
import type { z } from 'zod';
import { toKebab } from '../text/kebab.js';
import { onlyClose } from '../text/suggest.js';
import { hasKey, valueAt } from './data.js';
import type { SchemaIssue } from './issue.js';
import { knownKeys } from './zod-shape.js';

/** The issues described for one zod issue, each with its replacement when there is a certain one. */
export function withReplacements(issue: z.core.$ZodIssue, described: SchemaIssue[], schema: z.ZodType, data: unknown): SchemaIssue[] {
  const p = issue.path as (string | number)[];
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, p);
    const mapping = valueAt(data, p);
    return described.map((d) => {
      const key = d.path[d.path.length - 1];
      if (typeof key !== 'string' || d.target !== 'key') return d;
      // `on:` for `team:`: some YAML tools read "on" as true.
      const meant = key === 'on' && known.includes('team') ? 'team' : onlyClose(key, known);
      return meant === undefined || hasKey(mapping, meant) ? d : { ...d, replacement: { key: meant } };
    });
  }
  if (issue.code === 'invalid_format' && issue.format === 'regex') {
    const value = valueAt(data, p);
    if (typeof value !== 'string') return described;
    const id = sameIdKebab(value);
    return id === undefined ? described : described.map((d) => ({ ...d, replacement: { id } }));
  }
  return described;
}

/** The kebab-case form of `value` when it differs from it only in case or separators (`Customer_Success` -> `customer-success`). */
export function sameIdKebab(value: string): string | undefined {
  const kebab = toKebab(value);
  const letters = (s: string) => s.toLowerCase().replace(/[-_\s.]+/g, '');
  return kebab !== '' && kebab !== value && letters(kebab) === letters(value) ? kebab : undefined;
}
