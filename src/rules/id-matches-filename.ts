import { defineFileRule } from './types.js';

// NOT IMPLEMENTED YET: scaffold with the spec's metadata; the check is to be written.
export default defineFileRule({
  meta: {
    id: 'id-matches-filename',
    description: 'A charter\'s id equals its file name.',
    defaultSeverity: 'error',
    messages: {},
  },
  check(file, context, model) {
    void [file, context, model];
  },
});
