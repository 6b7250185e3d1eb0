import { defineFileRule } from './types.js';

// NOT IMPLEMENTED YET: scaffold with the spec's metadata; the check is to be written.
export default defineFileRule({
  meta: {
    id: 'mission-customer-focused',
    description: 'The mission of a customer-facing function names no customer.',
    defaultSeverity: 'warn',
    messages: {},
  },
  check(file, context, model) {
    void [file, context, model];
  },
});
