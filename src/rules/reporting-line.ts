import path from 'node:path';
import type { OrgModel } from '../model/model.js';
import { oneOf } from '../text/quote.js';
import { didYouMeanHelp, editDistance } from '../text/suggest.js';
import { defineOrgRule } from './types.js';

/**
 * With org.yaml: the reporting line and the department tree hold together. Leaders'
 * `reportsTo` lead up to one leader at the top, without a circle; departments'
 * `parent` nest without a circle; and every reference into them (`reportsTo`,
 * `parent`, and, once leaders are declared, a department's `lead`, the
 * `executiveSponsor` and a charter's `owner`) names something that exists.
 */
export default defineOrgRule({
  meta: {
    id: 'reporting-line',
    description: 'With org.yaml: a reportsTo or parent circle, more than one leader at the top, or a leader or department reference that names nothing.',
    defaultSeverity: 'error',
    messages: {
      reportsToUnknown: 'Leader "{{leader}}" reports to "{{id}}", not a leader in {{org}}',
      leaderCycle: 'The reporting line goes round in a circle: {{cycle}}',
      secondTop: 'Leader "{{leader}}" reports to no one, and neither does "{{top}}"',
      parentUnknown: 'Department "{{department}}" has parent "{{id}}", not a department in {{org}}',
      parentCycle: 'The departments are nested in a circle: {{cycle}}',
      leadUnknown: 'Department "{{department}}" is led by "{{id}}", not a leader in {{org}}',
      sponsorUnknown: 'The executive sponsor "{{id}}" is not a leader in {{org}}',
      ownerUnknown: 'Owner "{{id}}" is not a leader in {{org}}',
    },
    help: {
      reportsToUnknown: '{{hint}}',
      leaderCycle: 'one of them must report to a leader outside the circle, or be the top and report to no one',
      secondTop: 'only the leader at the top has no "reportsTo": add the leader "{{leader}}" reports to',
      parentUnknown: '{{hint}}',
      parentCycle: 'remove "parent" from one of them, or point it at a department outside the circle',
      leadUnknown: '{{hint}}',
      sponsorUnknown: '{{hint}}',
      ownerUnknown: '{{hint}}',
    },
  },
  check(model, context) {
    const orgFile = model.org;
    if (orgFile === undefined) return;
    const org = path.basename(orgFile.source.displayPath);
    const source = orgFile.source;
    const { leaders = [], departments = [] } = orgFile.org;
    // Leaders and departments the schema stage dropped are still in the file: naming one is not unknown.
    const leaderIds = new Set([...model.leaderById.keys(), ...orgFile.writtenIds('leaders')]);
    const departmentIds = new Set([...model.departmentById.keys(), ...orgFile.writtenIds('departments')]);

    // Leaders: unknown reportsTo, circles, more than one top.
    const reportsTo = new Map<string, string>();
    const tops: { id: string; index: number }[] = [];
    leaders.forEach((leader, i) => {
      if (model.leaderById.get(leader.id)?.path[1] !== i) return; // a duplicate id is duplicate-id's
      const boss = leader.reportsTo;
      if (boss === undefined) {
        if (!orgFile.isDropped(['leaders', i, 'reportsTo'])) tops.push({ id: leader.id, index: i });
        return;
      }
      if (!leaderIds.has(boss)) {
        const hint = didYouMeanHelp(boss, model.leaderById.keys()) ?? 'add it under "leaders:", or correct the id';
        context.report({ source, path: ['leaders', i, 'reportsTo'], messageId: 'reportsToUnknown', data: { leader: leader.id, id: boss, org, hint } });
        return;
      }
      reportsTo.set(leader.id, boss);
    });
    if (tops.length > 1) {
      // The top is the one with the most leaders below it (then the first id): the others
      // are the ones missing a reportsTo, whatever order the file lists them in.
      const below = new Map<string, number>();
      for (const start of reportsTo.keys()) {
        const seen = new Set<string>();
        for (let at = reportsTo.get(start); at !== undefined && !seen.has(at); at = reportsTo.get(at)) {
          seen.add(at);
          below.set(at, (below.get(at) ?? 0) + 1);
        }
      }
      const ranked = [...tops].sort((a, b) => (below.get(b.id) ?? 0) - (below.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1));
      const top = ranked[0]!.id;
      for (const other of ranked.slice(1)) {
        context.report({ source, path: ['leaders', other.index, 'id'], messageId: 'secondTop', data: { leader: other.id, top } });
      }
    }
    for (const cycle of cycles(reportsTo)) {
      const first = model.leaderById.get(cycle[0]!)!;
      context.report({ source, path: [...first.path, 'reportsTo'], messageId: 'leaderCycle', data: { cycle: showCycle(cycle) } });
    }

    // Departments: unknown parent, circles; lead once leaders are declared.
    const parentOf = new Map<string, string>();
    const hasLeaders = model.leaderById.size > 0;
    const leaderHint = (value: string): string => leaderHintFor(value, model);
    // A value still to be filled in (charter new writes "TODO: ...") is the placeholder rule's.
    const named = (value: string | undefined): value is string => value !== undefined && value.trim() !== '' && !PLACEHOLDER.test(value) && !leaderIds.has(value);
    departments.forEach((department, i) => {
      if (model.departmentById.get(department.id)?.path[1] !== i) return;
      const parent = department.parent;
      if (parent !== undefined) {
        if (!departmentIds.has(parent)) {
          const hint = didYouMeanHelp(parent, model.departmentById.keys()) ?? 'add it under "departments:", or correct the id';
          context.report({ source, path: ['departments', i, 'parent'], messageId: 'parentUnknown', data: { department: department.id, id: parent, org, hint } });
        } else parentOf.set(department.id, parent);
      }
      const lead = department.lead;
      if (hasLeaders && named(lead)) {
        context.report({ source, path: ['departments', i, 'lead'], messageId: 'leadUnknown', data: { department: department.id, id: lead, org, hint: leaderHint(lead) } });
      }
    });
    for (const cycle of cycles(parentOf)) {
      const first = model.departmentById.get(cycle[0]!)!;
      context.report({ source, path: [...first.path, 'parent'], messageId: 'parentCycle', data: { cycle: showCycle(cycle) } });
    }

    if (!hasLeaders) return;
    const sponsor = orgFile.org.executiveSponsor;
    if (named(sponsor)) {
      context.report({ source, path: ['executiveSponsor'], messageId: 'sponsorUnknown', data: { id: sponsor, org, hint: leaderHint(sponsor) } });
    }
    for (const fn of model.functions) {
      const owner = fn.charter.owner;
      if (!named(owner)) continue;
      context.report({ source: fn.file.source, path: ['owner'], messageId: 'ownerUnknown', data: { id: owner, org, hint: leaderHint(owner) } });
    }
  },
});

/** The placeholders charter new leaves (the placeholder rule's default words). */
const PLACEHOLDER = /\b(TODO|TBD|FIXME)\b/;

/**
 * The circles of a graph where each node points to at most one other (a leader's
 * boss, a department's parent), each once, starting at its smallest id (so that the
 * order of the file does not change the message). Linear: every node is walked once.
 */
function cycles(next: ReadonlyMap<string, string>): string[][] {
  const state = new Map<string, 'walking' | 'done'>();
  const found: string[][] = [];
  for (const start of next.keys()) {
    const walk: string[] = [];
    let at: string | undefined = start;
    while (at !== undefined && state.get(at) === undefined) {
      state.set(at, 'walking');
      walk.push(at);
      at = next.get(at);
    }
    if (at !== undefined && state.get(at) === 'walking') {
      const cycle = walk.slice(walk.indexOf(at));
      const firstAt = cycle.reduce((best, id, i) => (id < cycle[best]! ? i : best), 0);
      found.push([...cycle.slice(firstAt), ...cycle.slice(0, firstAt)]);
    }
    for (const id of walk) state.set(id, 'done');
  }
  return found;
}

/** `"a" → "b" → "a"`. */
function showCycle(cycle: readonly string[]): string {
  return [...cycle, cycle[0]!].map((id) => `"${id}"`).join(' → ');
}

/**
 * Advice for a lead, owner or sponsor that names no leader: the nearest id, or the
 * leader whose title it is (free text written before leaders were declared), or the ids.
 */
function leaderHintFor(value: string, model: OrgModel): string {
  const byId = didYouMeanHelp(value, model.leaderById.keys());
  if (byId !== undefined) return byId;
  const idByTitle = new Map<string, string>();
  for (const [id, leader] of model.leaderById) if (!idByTitle.has(leader.value.title)) idByTitle.set(leader.value.title, id);
  // A title only when it is nearly the same text: titles differ by a word ("Chief Revenue Officer").
  const folded = value.trim().toLowerCase();
  let title: string | undefined;
  for (const t of [...idByTitle.keys()].sort()) if (editDistance(folded, t.toLowerCase(), 2) <= 2) title ??= t;
  if (title !== undefined) return `did you mean "${idByTitle.get(title)!}" (${title})? Once "leaders:" is declared, name leaders by id`;
  return `once "leaders:" is declared, name a leader by id: ${oneOf([...model.leaderById.keys()].sort())}, or add this one under "leaders:"`;
}
