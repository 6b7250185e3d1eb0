import { defineOrgRule } from './types.js';

/** Reports values of the wrong type or shape, unknown keys and malformed ids (found by the schema stage). */
export default defineOrgRule({
  meta: {
    id: 'schema',
    description: 'A value has the wrong type or shape, a key is unknown, or an id is not kebab-case.',
    defaultSeverity: 'error',
    fixedSeverity: true,
    unsuppressible: 'fix the file instead (the other rules cannot check what it rejects)',
    reportsOn: 'file',
    messages: { issue: '{{message}}' },
  },
  check(model, context) {
    for (const file of model.files) {
      for (const issue of file.schemaIssues) {
        context.report({ source: file.source, path: issue.path, target: issue.target, messageId: 'issue', data: { message: issue.message } });
      }
    }
  },
});
