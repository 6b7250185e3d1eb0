import { waitingNote } from '../model/unreadable.js';
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
    help: { issue: '{{help}}' },
  },
  check(model, context) {
    for (const file of model.files) {
      // In a file the rules cannot use, the first schema issue says which checks wait for it (unless a syntax problem does).
      const note = file.source.syntaxProblems.length === 0 ? waitingNote(model, file) : undefined;
      file.schemaIssues.forEach((issue, i) => {
        const help = [issue.help, i === 0 ? note : undefined].filter((h) => h !== undefined && h !== '').join('; ');
        context.report({ source: file.source, path: issue.path, target: issue.target, messageId: 'issue', data: { message: issue.message, help } });
      });
    }
  },
});
