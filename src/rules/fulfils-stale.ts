import type { DependencyEdge, FulfilsRef, FunctionNode, OrgModel } from '../model/model.js';
import { fileStem } from '../schema/validate.js';
import { quote } from '../text/quote.js';
import { onlyClose, suggest } from '../text/suggest.js';
import { defineOrgRule } from './types.js';

/**
 * Reports a `fulfils` entry that acknowledges no dependency: the function it names
 * exists (reference-unknown reports one that does not) but has no dependency on the
 * providing function or its department, or, for `<function-id>/<dependency-id>`, none
 * with that id there. Suggests the nearest dependency id when one is close.
 */
export default defineOrgRule({
  meta: {
    id: 'fulfils-stale',
    description: 'A fulfils entry names a function that has no such dependency on this function or its department.',
    defaultSeverity: 'warn',
    messages: {
      noDependency: '"{{function}}" has no dependency on {{provider}} (any more)',
      otherTeam: '"{{entry}}" is {{function}}\'s dependency on "{{team}}", not on {{provider}}',
      noSuchDependency: '"{{function}}" has no dependency "{{dependency}}" on {{provider}}',
      teamTypo: '{{function}}\'s dependency on "{{team}}" is likely a typo for "{{intended}}"',
    },
    help: {
      noDependency: 'this entry fulfils nothing: remove "{{entry}}" from fulfils, or add the dependency to the {{function}} charter if it still stands',
      otherTeam: 'move this entry to the {{team}} activity that delivers it, or remove it',
      noSuchDependency: '{{hint}}',
      teamTypo: 'fix "team:" at {{where}}, and "{{entry}}" counts',
    },
  },
  check(model, context) {
    const edgesByFunction = new Map<string, DependencyEdge[]>();
    for (const edge of model.dependencies) {
      let list = edgesByFunction.get(edge.from.id);
      if (list === undefined) edgesByFunction.set(edge.from.id, (list = []));
      list.push(edge);
    }

    for (const claim of model.fulfils) {
      if (claim.acknowledges.length > 0 || !model.functionById.has(claim.functionId)) continue;
      const edges = edgesByFunction.get(claim.functionId) ?? [];
      const data = { function: claim.functionId, entry: claim.entry, provider: providerWords(claim.provider) };
      const at = { source: claim.provider.file.source, path: claim.path };

      // The claim is right and the dependency's team is misspelt: say so, rather than
      // advise removing the claim (dependency-unknown reports the typo where it is).
      const typo = misspeltOn(claim, edges);
      if (typo !== undefined) {
        context.report({
          ...at,
          messageId: 'teamTypo',
          data: { ...data, team: typo.edge.dependency.team, intended: typo.intended, where: context.where(typo.edge.from.file.source, [...typo.edge.path, 'team']) },
        });
        continue;
      }

      // The dependency is gone: the entry acknowledges nothing, and removing it changes nothing;
      // unless the schema stage dropped dependencies it might mean, or the provider's department.
      const remove = certainlyGone(claim, model, edges) ? { removeItem: claim.path } : undefined;
      if (claim.dependencyId === undefined) {
        context.report({ ...at, messageId: 'noDependency', data, ...(remove ? { fix: remove } : {}) });
        continue;
      }
      const elsewhere = edges.find((edge) => edge.dependency.id === claim.dependencyId);
      if (elsewhere !== undefined) {
        context.report({ ...at, messageId: 'otherTeam', data: { ...data, team: elsewhere.dependency.team } });
        continue;
      }
      const onProvider = edges.filter((edge) => isOn(edge, claim.provider));
      const near = onlyClose(claim.dependencyId, onProvider.flatMap((edge) => (edge.dependency.id === undefined ? [] : [edge.dependency.id])));
      const entry = `${claim.functionId}/${near}`;
      context.report({
        ...at,
        messageId: 'noSuchDependency',
        data: { ...data, dependency: claim.dependencyId, hint: hintFor(claim, onProvider) },
        ...(onProvider.length === 0 && remove ? { fix: remove } : {}),
        ...(near !== undefined ? { suggestions: [{ desc: `Change "${claim.entry}" to "${entry}"`, fix: { path: claim.path, text: entry } }] } : {}),
      });
    }
  },
});

/**
 * The dependency this claim means, when its `team` names nothing known but is close to
 * the provider's id or department: the dependency with the claimed id, or for a bare
 * `<function-id>` entry, any such dependency.
 */
function misspeltOn(claim: FulfilsRef, edges: readonly DependencyEdge[]): { edge: DependencyEdge; intended: string } | undefined {
  const names = [claim.provider.id, claim.provider.department].filter((name) => name !== '');
  for (const edge of edges) {
    if (edge.target !== undefined) continue;
    if (claim.dependencyId !== undefined && edge.dependency.id !== claim.dependencyId) continue;
    const intended = suggest(edge.dependency.team, names);
    if (intended !== undefined) return { edge, intended };
  }
  return undefined;
}

/**
 * Whether the dependency a claim names is surely gone: neither charter, nor org.yaml,
 * has a schema problem (a dependency written `team: Support`, or under a misspelt
 * `dependencie:` key, may be the one meant; a fix there first shows it).
 */
function certainlyGone(claim: FulfilsRef, model: OrgModel, edges: readonly DependencyEdge[]): boolean {
  const fn = model.functionById.get(claim.functionId);
  if (fn === undefined || fn.file.schemaIssues.length > 0 || claim.provider.file.schemaIssues.length > 0) return false;
  if ((model.org?.schemaIssues.length ?? 0) > 0) return false;
  // A dependency on a team that names nothing may be meant for the provider; and an id
  // that differs from its file name may be about to change (id-matches-filename).
  if (edges.some((edge) => edge.target === undefined)) return false;
  return [fn, claim.provider].every((f) => f.id === fileStem(f.file.source.path));
}

/** Whether a `fulfils` entry of `provider` could acknowledge `edge` (as the model matches them). */
function isOn(edge: DependencyEdge, provider: FunctionNode): boolean {
  const { target } = edge;
  if (target?.kind === 'function') return target.function === provider;
  return target?.kind === 'department' && target.id === provider.department;
}

/** `"support" or its department "technical-success"`. */
function providerWords(provider: FunctionNode): string {
  const department = provider.department;
  return department === '' ? quote(provider.id) : `${quote(provider.id)} or its department ${quote(department)}`;
}

/** What to write instead, given the dependencies the function does have on the provider. */
function hintFor(claim: FulfilsRef, onProvider: DependencyEdge[]): string {
  const fn = claim.functionId;
  const ids = onProvider.flatMap((edge) => (edge.dependency.id === undefined ? [] : [edge.dependency.id]));
  const near = suggest(claim.dependencyId!, ids);
  if (near !== undefined) return `did you mean "${fn}/${near}"?`;
  if (ids.length > 0) return `its dependencies there are ${ids.map((id) => quote(`${fn}/${id}`)).join(', ')} (or write "${fn}" for all of them)`;
  if (onProvider.length > 0)
    return `its dependencies there have no id: write "${fn}" to fulfil all of them, or give the one this activity delivers an id in the ${fn} charter`;
  return `remove this entry, or add the dependency to the ${fn} charter if it still stands`;
}
