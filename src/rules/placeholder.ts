import { defineFileRule } from './types.js';

// NOT IMPLEMENTED YET: scaffold with the spec's metadata; the check is to be written.
export default defineFileRule({
  meta: {
    id: 'placeholder',
    description: 'A value still holds TODO, TBD or FIXME.',
    defaultSeverity: 'warn',
    messages: {},
  },
  check(file, context, model) {
    void [file, context, model];
  },
});
