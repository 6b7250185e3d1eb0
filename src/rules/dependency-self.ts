import { defineFileRule } from './types.js';

// NOT IMPLEMENTED YET: scaffold with the spec's metadata; the check is to be written.
export default defineFileRule({
  meta: {
    id: 'dependency-self',
    description: 'A function depends on itself.',
    defaultSeverity: 'error',
    messages: {},
  },
  check(file, context, model) {
    void [file, context, model];
  },
});
