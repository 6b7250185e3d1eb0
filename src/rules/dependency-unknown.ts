import type { OrgModel } from '../model/model.js';
import { didYouMeanHelp, onlyClose } from '../text/suggest.js';
import { defineOrgRule } from './types.js';

/**
 * Reports a dependency whose `team` names no function, department or external team,
 * and an entry of org.yaml's `implicitProviders` that names none either, suggesting
 * the nearest id. Org scope: the teams come from every charter and org.yaml.
 */
export default defineOrgRule({
  meta: {
    id: 'dependency-unknown',
    description: 'A dependency\'s team names no function, department or external team.',
    defaultSeverity: 'error',
    messages: {
      unknownTeam: '"{{team}}" is not a function, department or external team',
      unknownProvider: '"{{team}}" in implicitProviders is not a known team',
    },
    help: {
      unknownTeam: '{{hint}}',
      unknownProvider: '{{hint}}',
    },
  },
  check(model, context) {
    // Without the org.yaml that is there but cannot be read, no team can be told unknown:
    // it may be one of its departments or external teams (the yaml-syntax or schema finding there says so).
    if (model.unreadableOrg !== undefined) return;
    const teams = teamIds(model);
    const fallback =
      model.org === undefined
        ? 'use the id of a function or of a department that charters name (a team outside Customer Success needs an org.yaml that lists it under externalTeams)'
        : 'use the id of a function, department or external team (list a team outside Customer Success under externalTeams in org.yaml)';
    const hint = (team: string): string => didYouMeanHelp(team, teams) ?? fallback;

    for (const edge of model.dependencies) {
      // A function whose charter cannot be read is known by its file name.
      if (edge.target !== undefined || model.unreadableFunctionById.has(edge.dependency.team)) continue;
      const { team } = edge.dependency;
      const path = [...edge.path, 'team'];
      const near = onlyClose(team, teams);
      context.report({
        source: edge.from.file.source,
        path,
        messageId: 'unknownTeam',
        data: { team, hint: hint(team) },
        ...(near !== undefined ? { suggestions: [{ desc: `Change "${team}" to "${near}"`, fix: { path, text: near } }] } : {}),
      });
    }

    model.org?.org.implicitProviders?.forEach((team, i) => {
      if (model.resolveTeam(team) !== undefined || model.unreadableFunctionById.has(team)) return;
      context.report({ source: model.org!.source, path: ['implicitProviders', i], messageId: 'unknownProvider', data: { team, hint: hint(team) } });
    });
  },
});

/** Every id a team can be named by, each once. */
function teamIds(model: OrgModel): string[] {
  return [...new Set([...model.functionById.keys(), ...model.departmentById.keys(), ...model.externalTeamById.keys()])];
}
