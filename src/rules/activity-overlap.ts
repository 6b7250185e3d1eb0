import { shorten } from '../text/quote.js';
import type { ActivityRef } from '../model/model.js';
import { defineOrgRule } from './types.js';

/**
 * An activity name as this rule compares it: case, punctuation and white space do not
 * count, so "Hold best-practice workshops." and "hold best practice workshops" are the
 * same activity. White space goes too because punctuation often stands between words
 * ("follow-up", "follow up").
 */
export function activityKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\p{P}\s]+/gu, '');
}

/**
 * Reports an activity (nested ones included) whose name another function already
 * lists, at each later occurrence, with the first as its related place: both owners
 * see it (linting either file reports it) and a suppression comment at either place
 * covers it. The same name twice within one function is not an overlap between functions.
 */
export default defineOrgRule({
  meta: {
    id: 'activity-overlap',
    description: 'Two functions list the same activity (same name, compared case- and punctuation-insensitively).',
    defaultSeverity: 'warn',
    messages: {
      overlap: 'Activity "{{name}}" is also an activity of "{{function}}"',
    },
    help: {
      overlap: 'agree which of the two functions does this work (see {{first}}), or word each activity so the difference shows',
    },
  },
  check(model, context) {
    const firstByName = new Map<string, ActivityRef>();
    for (const ref of model.activities) {
      const key = activityKey(ref.activity.name);
      if (key === '') continue;
      const first = firstByName.get(key);
      if (first === undefined) {
        firstByName.set(key, ref);
        continue;
      }
      if (first.function.id === ref.function.id) continue;
      context.report({
        source: ref.function.file.source,
        path: [...ref.path, 'name'],
        messageId: 'overlap',
        data: {
          name: shorten(ref.activity.name),
          function: first.function.id,
          first: context.where(first.function.file.source, [...first.path, 'name']),
        },
        related: [{ source: first.function.file.source, path: [...first.path, 'name'] }],
      });
    }
  },
});
