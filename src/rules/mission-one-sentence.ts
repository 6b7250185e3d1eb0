import { defineFileRule } from './types.js';

// NOT IMPLEMENTED YET: scaffold with the spec's metadata; the check is to be written.
export default defineFileRule({
  meta: {
    id: 'mission-one-sentence',
    description: 'The mission is missing, empty, or more than one sentence.',
    defaultSeverity: 'error',
    messages: {},
  },
  check(file, context, model) {
    void [file, context, model];
  },
});
