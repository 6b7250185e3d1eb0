import { waitingNote } from '../model/unreadable.js';
import { defineOrgRule } from './types.js';

/** Reports files that could not be read or are not well-formed YAML (found by the load stage). */
export default defineOrgRule({
  meta: {
    id: 'yaml-syntax',
    description: 'A file cannot be read, or is not well-formed YAML (duplicate keys and several documents in one file included).',
    defaultSeverity: 'error',
    fixedSeverity: true,
    unsuppressible: 'fix the file instead (the other rules cannot check what it rejects)',
    reportsOn: 'file',
    messages: { problem: '{{message}}' },
    help: { problem: '{{help}}' },
  },
  check(model, context) {
    for (const file of model.files) {
      // The first problem of a file the rules cannot use says which checks wait for it.
      const note = waitingNote(model, file);
      file.source.syntaxProblems.forEach((problem, i) => {
        context.report({
          source: file.source,
          ...(problem.range !== undefined ? { range: problem.range } : {}),
          messageId: 'problem',
          data: { message: problem.message, help: [problem.help, i === 0 ? note : undefined].filter((h) => h !== undefined && h !== '').join('; ') },
        });
      });
    }
  },
});
