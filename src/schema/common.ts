import { z } from 'zod';

/** Every id in the format: kebab-case. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An id: lowercase letters and digits in words joined by single hyphens. */
export const id = (description: string) =>
  z.string().regex(ID_PATTERN).meta({ description: `${description} Kebab-case: lowercase letters, digits and single hyphens, e.g. "client-outcomes".` });

/** Text a person writes: a non-empty string. */
export const text = (description: string) => z.string().min(1).meta({ description });

/** A list of ids. */
export const idList = (description: string) => z.array(z.string().regex(ID_PATTERN)).meta({ description });

/** Prefix of keys users may add for their own extensions; never validated. */
export const EXTENSION_PREFIX = 'x-';

/** `YYYY-MM-DD` with a real month and day. */
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` with a month of 01-12 and a day that month can have (29 for February). */
const DATE_SHAPE =
  '^\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2\\d))$';

/** True when `value` is a calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A date the user writes: text `YYYY-MM-DD` naming a real day, with a message that quotes the bad value. */
export const isoDate = (key: string, description: string) =>
  z
    .string()
    .refine(isCalendarDate, {
      error: (issue) => `"${key}" should be a date written YYYY-MM-DD, such as "2026-09-30", got ${JSON.stringify(issue.input)}`,
    })
    // For editors: the JSON Schema checks the shape and the days of each month (not leap years).
    .meta({ description, pattern: DATE_SHAPE });
