import { z } from 'zod';
import { daysBetween, today as clockToday, TODAY_VARIABLE } from '../clock/today.js';
import { isoDate } from '../schema/common.js';
import { defineFileRule } from './types.js';

/** charter-stale's options. */
export interface CharterStaleOptions {
  /** A charter reviewed longer ago than this many days is reported. */
  maxAgeDays: number;
  /** Report charters that have no `reviewed` date. */
  requireReviewed: boolean;
  /** The date to count from, YYYY-MM-DD; default CHARTER_TODAY, else the clock's date (UTC). */
  today?: string | undefined;
}

/**
 * A charter changes as the customers and the organization change, so it is reviewed
 * now and then: `reviewed` older than `maxAgeDays`, or in the future, is reported.
 * Charters without `reviewed` are reported only with `requireReviewed`.
 */
export default defineFileRule<CharterStaleOptions>({
  meta: {
    id: 'charter-stale',
    description: 'The charter was last reviewed longer ago than maxAgeDays (365), or its review date is in the future.',
    defaultSeverity: 'warn',
    messages: {
      stale: 'Last reviewed {{days}} days ago, on {{reviewed}} (more than {{maxAgeDays}})',
      future: 'The review date {{reviewed}} is in the future (today is {{today}})',
      missing: 'This charter has no review date',
    },
    help: {
      stale: 'review it with the function\'s owner, then set "reviewed:" to the date of that review',
      future: 'write the date the charter was last reviewed',
      missing: 'add "reviewed:" with the date it was last reviewed (YYYY-MM-DD)',
    },
    options: {
      schema: z.strictObject({
        maxAgeDays: z.int().min(1).meta({ description: 'Days after its review date from which a charter is reported. Default 365.' }),
        requireReviewed: z.boolean().meta({ description: 'true to report charters that have no reviewed date. Default false.' }),
        today: isoDate(
          'today',
          `The date to count from, YYYY-MM-DD, for reproducible runs. Default: the ${TODAY_VARIABLE} environment variable, else today's date (UTC).`,
        ).optional(),
      }),
      defaults: { maxAgeDays: 365, requireReviewed: false },
    },
  },
  check(file, context) {
    const { reviewed } = file.charter;
    const { maxAgeDays, requireReviewed } = context.options;
    if (reviewed === undefined) {
      // A date the schema stage dropped is reported there.
      if (requireReviewed && !file.isDropped(['reviewed'])) {
        context.report({ source: file.source, path: ['id'], target: 'key', messageId: 'missing' });
      }
      return;
    }
    const today = context.options.today ?? clockToday();
    const days = daysBetween(reviewed, today);
    if (days < 0) context.report({ source: file.source, path: ['reviewed'], messageId: 'future', data: { reviewed, today } });
    else if (days > maxAgeDays) context.report({ source: file.source, path: ['reviewed'], messageId: 'stale', data: { reviewed, days, maxAgeDays } });
  },
});
