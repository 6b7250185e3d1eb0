import path from 'node:path';
import { joinOr, oneOf } from '../text/quote.js';
import { suggest } from '../text/suggest.js';
import { defineFileRule } from './types.js';

/**
 * With org.yaml: a charter's `department` must be one of the departments org.yaml
 * declares. Silent without a usable org.yaml (departments are then whatever the
 * charters say).
 */
export default defineFileRule({
  meta: {
    id: 'department-unknown',
    description: "With org.yaml: a charter's department is not declared.",
    defaultSeverity: 'error',
    messages: {
      misspelt: '"{{department}}" is not a department of {{org}}',
      unknown: '"{{department}}" is not a department of {{org}}',
      externalTeam: '"{{department}}" is an external team, not a department',
      noDepartments: '"{{department}}" is not a department: {{org}} declares none yet',
    },
    help: {
      misspelt: 'did you mean "{{suggestion}}"?',
      unknown: 'use {{known}}, or add "{{department}}" to the departments in {{org}}',
      externalTeam: 'use the department this function belongs to: {{known}}',
      noDepartments: 'add it under "departments:" in {{org}}',
    },
  },
  check(file, context, model) {
    if (model.org === undefined) return;
    const department = file.charter.department;
    // '' stands in for a department the schema stage dropped: that finding says it all.
    if (department === '' || model.departmentById.has(department)) return;

    const org = path.basename(model.org.source.displayPath);
    const known = [...model.departmentById.keys()];
    const report = (messageId: string, data: Record<string, string>): void =>
      context.report({ source: file.source, path: ['department'], messageId, data: { department, org, ...data } });

    if (known.length === 0) return report('noDepartments', {});
    const suggestion = suggest(department, known);
    if (suggestion !== undefined) return report('misspelt', { suggestion });
    if (model.externalTeamById.has(department)) return report('externalTeam', { known: oneOf(known) });
    report('unknown', { known: oneOf(known) });
  },
});

