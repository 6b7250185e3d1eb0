import { UserError } from '../errors.js';
import { isCalendarDate } from '../schema/common.js';

/** The environment variable that fixes "today" for tests and reproducible CI runs. */
export const TODAY_VARIABLE = 'CHARTER_TODAY';

/**
 * Today's date as YYYY-MM-DD: `CHARTER_TODAY` when it is set (so that a CI run gives
 * the same findings whatever day it runs), else the clock's date in UTC.
 * @throws UserError when CHARTER_TODAY is set but is not a date.
 */
export function today(env: Readonly<Record<string, string | undefined>> = process.env, now: Date = new Date()): string {
  const fixed = env[TODAY_VARIABLE]?.trim();
  if (fixed !== undefined && fixed !== '') {
    if (!isCalendarDate(fixed)) throw new UserError(`${TODAY_VARIABLE} is "${fixed}", which is not a date; set it as YYYY-MM-DD, such as 2026-09-30, or unset it`);
    return fixed;
  }
  return now.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`, both YYYY-MM-DD (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
