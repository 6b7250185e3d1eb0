import type { Finding } from '../findings/finding.js';
import type { DependencyEdge, DependencyStatus, OrgModel } from '../model/model.js';
import { diffFindings } from './findings.js';
import { pathText, type Change, type ChangedItem, type DependencyChange, type FindingsDiff, type ItemsDiff, type Move, type Named, type OrgDiff, type Rename } from './types.js';
import { diffValues, leaves, similarity } from './values.js';

/** One side of a comparison: what one lint run gave. */
export interface DiffSide {
  /** How the side is named in the report: a revision, "working tree", a directory. */
  label: string;
  model: OrgModel;
  findings: readonly Finding[];
  /**
   * Start of the display paths of this side's charters (e.g. `old/`), taken off before
   * findings are matched; for two directories. Empty for two revisions (same paths).
   */
  filePrefix?: string;
}

/**
 * A removed and an added function (or department) are one renamed when at least this
 * share of their entries is the same (see `similarity`; docs/diff.md).
 */
export const RENAME_SIMILARITY = 0.8;

/** Above this many removed x added pairs, only identical contents count as renames (keeps time linear on huge reorganizations). */
const MAX_RENAME_PAIRS = 250_000;

const ID_ONLY = new Set(['id']);

/**
 * Compares two lint runs of an organization: what became of its functions,
 * departments, org.yaml, customer needs and dependencies, and which findings
 * appeared or went away. Pure: reads the two models and findings only.
 */
export function compareOrgs(base: DiffSide, head: DiffSide): OrgDiff {
  const functions = diffFunctions(base.model, head.model);
  const fnRenames = new Map(functions.renamed.map((r) => [r.from, r.to]));
  const departments = diffDepartments(base.model, head.model, fnRenames);
  const deptRenames = new Map(departments.renamed.map((r) => [r.from, r.to]));

  return {
    base: base.label,
    head: head.label,
    functions,
    departments,
    org: diffValues(base.model.org?.org, head.model.org?.org, new Set(['departments'])),
    needs: diffNeeds(base.model, head.model),
    dependencies: diffDependencies(base.model, head.model, fnRenames, deptRenames),
    findings: matchFindings(base, head, functions.renamed),
  };
}

/**
 * The findings of the head that the base did not have, matched as `charter diff` matches
 * them (a renamed function's file is the same file): what `charter lint --since` reports.
 */
export function introducedFindings(base: DiffSide, head: DiffSide): Finding[] {
  return matchFindings(base, head, diffFunctions(base.model, head.model).renamed).introduced;
}

function matchFindings(base: DiffSide, head: DiffSide, renamed: readonly Rename[]): FindingsDiff {
  const fileRenames = new Map<string, string>();
  for (const r of renamed) {
    const from = base.model.functionById.get(r.from)?.file.source.displayPath;
    const to = head.model.functionById.get(r.to)?.file.source.displayPath;
    if (from !== undefined && to !== undefined) fileRenames.set(strip(from, base.filePrefix), strip(to, head.filePrefix));
  }
  return diffFindings(base.findings, head.findings, {
    baseFile: (file) => {
      const key = strip(file, base.filePrefix);
      return fileRenames.get(key) ?? key;
    },
    headFile: (file) => strip(file, head.filePrefix),
  });
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function strip(file: string, prefix: string | undefined): string {
  return prefix !== undefined && prefix !== '' && file.startsWith(prefix) ? file.slice(prefix.length) : file;
}

function diffFunctions(base: OrgModel, head: OrgModel): ItemsDiff & { moved: Move[] } {
  const contentOf = (model: OrgModel) => (id: string) => model.functionById.get(id)?.charter;
  const removedIds = [...base.functionById.keys()].filter((id) => !head.functionById.has(id));
  const addedIds = [...head.functionById.keys()].filter((id) => !base.functionById.has(id));
  const renamed = findRenames(removedIds, addedIds, contentOf(base), contentOf(head), (id) => head.functionById.get(id)?.charter.name ?? id);
  const renamedFrom = new Set(renamed.map((r) => r.from));
  const renamedTo = new Map(renamed.map((r) => [r.to, r.from]));
  const renamedIds = new Map(renamed.map((r) => [r.from, r.to]));

  const named = (model: OrgModel, id: string): Named => {
    const c = model.functionById.get(id)!.charter;
    return { id, name: c.name, department: c.department ?? '' };
  };
  const changed: ChangedItem[] = [];
  const moved: Move[] = [];
  for (const [id, fn] of head.functionById) {
    const baseId = renamedTo.get(id) ?? id;
    const old = base.functionById.get(baseId);
    // The same text is the same charter: most files of a change are untouched.
    if (old === undefined || old.file.source.text === fn.file.source.text) continue;
    const changes = followRenames(diffValues(old.charter, fn.charter, new Set(['id', 'dependencies'])), renamedIds);
    if (changes.length > 0) changed.push({ id, name: fn.charter.name, changes });
    if ((old.charter.department ?? '') !== (fn.charter.department ?? '')) {
      moved.push({ id, from: old.charter.department ?? '', to: fn.charter.department ?? '' });
    }
  }
  return {
    added: addedIds.filter((id) => !renamedTo.has(id)).sort(compare).map((id) => named(head, id)),
    removed: removedIds.filter((id) => !renamedFrom.has(id)).sort(compare).map((id) => named(base, id)),
    renamed: renamed.sort((a, b) => compare(a.from, b.from)),
    changed: changed.sort((a, b) => compare(a.id, b.id)),
    moved: moved.sort((a, b) => compare(a.id, b.id)),
  };
}

/**
 * An entry that names a renamed function (`fulfils: [cs-sales/leads]` become
 * `[renewal-sales/leads]`) is one entry changed, not one removed and one added.
 */
function followRenames(changes: Change[], renames: ReadonlyMap<string, string>): Change[] {
  if (renames.size === 0) return changes;
  const renamedEntry = (value: string): string => {
    const [fn, ...rest] = value.split('/');
    const to = renames.get(fn!);
    return to === undefined ? value : [to, ...rest].join('/');
  };
  const added = new Map<string, Change>();
  for (const c of changes) if (c.entry && c.kind === 'added' && typeof c.after === 'string') added.set(`${pathText(c.at)}\u0000${c.after}`, c);
  const merged = new Set<Change>();
  const out: Change[] = [];
  for (const c of changes) {
    if (merged.has(c)) continue;
    if (c.entry && c.kind === 'removed' && typeof c.before === 'string') {
      const match = added.get(`${pathText(c.at)}\u0000${renamedEntry(c.before)}`);
      if (match !== undefined && match.after !== c.before && !merged.has(match)) {
        merged.add(match);
        const i = out.indexOf(match);
        const change: Change = { at: c.at, kind: 'changed', before: c.before, after: match.after, entry: true };
        if (i >= 0) out[i] = change;
        else out.push(change);
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function diffDepartments(base: OrgModel, head: OrgModel, fnRenames: ReadonlyMap<string, string>): ItemsDiff {
  const valueOf = (model: OrgModel) => (id: string) => model.departmentById.get(id)?.value;
  const removedIds = [...base.departmentById.keys()].filter((id) => !head.departmentById.has(id));
  const addedIds = [...head.departmentById.keys()].filter((id) => !base.departmentById.has(id));
  // A department is renamed when it keeps the same functions, or (nearly) the same entries in org.yaml.
  const members = (model: OrgModel, id: string, renames?: ReadonlyMap<string, string>): string =>
    (model.functionsByDepartment.get(id) ?? [])
      .map((f) => renames?.get(f.id) ?? f.id)
      .sort(compare)
      .join(',');
  const byMembers: Rename[] = [];
  const taken = new Set<string>();
  for (const from of removedIds) {
    const had = members(base, from, fnRenames);
    if (had === '') continue;
    const to = addedIds.find((id) => !taken.has(id) && members(head, id) === had);
    if (to === undefined) continue;
    taken.add(to);
    byMembers.push({ from, to, name: valueOf(head)(to)?.name ?? to, similarity: 1 });
  }
  const left = (ids: string[], used: Set<string>) => ids.filter((id) => !used.has(id));
  const byContent = findRenames(
    left(removedIds, new Set(byMembers.map((r) => r.from))).filter((id) => valueOf(base)(id) !== undefined),
    left(addedIds, taken).filter((id) => valueOf(head)(id) !== undefined),
    valueOf(base),
    valueOf(head),
    (id) => valueOf(head)(id)?.name ?? id,
  );
  const renamed = [...byMembers, ...byContent].sort((a, b) => compare(a.from, b.from));
  const renamedFrom = new Set(renamed.map((r) => r.from));
  const renamedTo = new Map(renamed.map((r) => [r.to, r.from]));
  const named = (model: OrgModel, id: string): Named => ({ id, name: valueOf(model)(id)?.name ?? id });
  const changed: ChangedItem[] = [];
  for (const id of head.departmentById.keys()) {
    const baseId = renamedTo.get(id) ?? id;
    if (!base.departmentById.has(baseId)) continue;
    const changes = diffValues(valueOf(base)(baseId), valueOf(head)(id), ID_ONLY);
    if (changes.length > 0) changed.push({ id, name: named(head, id).name, changes });
  }
  return {
    added: addedIds.filter((id) => !renamedTo.has(id)).sort(compare).map((id) => named(head, id)),
    removed: removedIds.filter((id) => !renamedFrom.has(id)).sort(compare).map((id) => named(base, id)),
    renamed,
    changed: changed.sort((a, b) => compare(a.id, b.id)),
  };
}

/**
 * Pairs removed ids with added ids whose content is (nearly) the same: first identical
 * contents, then, best first, pairs whose similarity reaches RENAME_SIMILARITY.
 */
function findRenames(
  removed: readonly string[],
  added: readonly string[],
  before: (id: string) => unknown,
  after: (id: string) => unknown,
  nameOf: (id: string) => string,
): Rename[] {
  if (removed.length === 0 || added.length === 0) return [];
  const entriesOf = new Map<string, Set<string>>();
  const entries = (side: 'b' | 'a', id: string): Set<string> => {
    const key = `${side}:${id}`;
    let e = entriesOf.get(key);
    if (e === undefined) entriesOf.set(key, (e = leaves(side === 'b' ? before(id) : after(id), ID_ONLY)));
    return e;
  };
  const renames: Rename[] = [];
  const usedFrom = new Set<string>();
  const usedTo = new Set<string>();
  // Identical contents: one pass with a fingerprint.
  const byFingerprint = new Map<string, string[]>();
  for (const id of [...added].sort(compare)) {
    const fp = [...entries('a', id)].sort().join('\n');
    byFingerprint.set(fp, [...(byFingerprint.get(fp) ?? []), id]);
  }
  for (const from of [...removed].sort(compare)) {
    const candidates = byFingerprint.get([...entries('b', from)].sort().join('\n'));
    const to = candidates?.find((id) => !usedTo.has(id));
    if (to === undefined) continue;
    usedFrom.add(from);
    usedTo.add(to);
    renames.push({ from, to, name: nameOf(to), similarity: 1 });
  }
  const restFrom = removed.filter((id) => !usedFrom.has(id));
  const restTo = added.filter((id) => !usedTo.has(id));
  if (restFrom.length * restTo.length > MAX_RENAME_PAIRS) return renames;
  const pairs: Rename[] = [];
  for (const from of restFrom) {
    for (const to of restTo) {
      const s = similarity(entries('b', from), entries('a', to));
      if (s >= RENAME_SIMILARITY) pairs.push({ from, to, name: nameOf(to), similarity: Math.round(s * 100) / 100 });
    }
  }
  pairs.sort((a, b) => b.similarity - a.similarity || compare(a.from, b.from) || compare(a.to, b.to));
  for (const p of pairs) {
    if (usedFrom.has(p.from) || usedTo.has(p.to)) continue;
    usedFrom.add(p.from);
    usedTo.add(p.to);
    renames.push(p);
  }
  return renames;
}

/** Customer needs of org.yaml that no department names as its need. */
function unservedNeeds(model: OrgModel): Set<string> {
  const served = new Set<string>();
  for (const d of model.departmentById.values()) if (d?.value.need !== undefined) served.add(d.value.need);
  return new Set([...model.needById.keys()].filter((id) => !served.has(id)));
}

function diffNeeds(base: OrgModel, head: OrgModel): OrgDiff['needs'] {
  const before = unservedNeeds(base);
  const after = unservedNeeds(head);
  return {
    unserved: [...after].filter((id) => !before.has(id)).sort(compare),
    served: [...before].filter((id) => !after.has(id) && head.needById.has(id)).sort(compare),
  };
}

function diffDependencies(
  base: OrgModel,
  head: OrgModel,
  fnRenames: ReadonlyMap<string, string>,
  deptRenames: ReadonlyMap<string, string>,
): DependencyChange[] {
  const rename = (id: string): string => fnRenames.get(id) ?? deptRenames.get(id) ?? id;
  type Row = { from: string; to: string; id: string | null; for: string; status: DependencyStatus; fulfilled: string[] };
  /** Keys of rows: function, team, then the dependency's id or its rank among the pair's dependencies without one. */
  const keysOf = (rows: readonly Row[], team: (row: Row) => string): string[] => {
    const ordinals = new Map<string, number>();
    return rows.map((row) => {
      const pair = `${row.from}\u0000${team(row)}`;
      if (row.id !== null) return `${pair}\u0000${row.id}`;
      const n = ordinals.get(pair) ?? 0;
      ordinals.set(pair, n + 1);
      return `${pair}\u0000#${n}`;
    });
  };
  /** A dependency as `charter deps` shows it: its status, and the activities that fulfil it (`<function>/<activity>`). */
  const rowOf = (edge: DependencyEdge, mapId: (id: string) => string): Row => ({
    from: mapId(edge.from.id),
    to: edge.dependency.team,
    id: edge.dependency.id ?? null,
    for: edge.dependency.for,
    status: edge.status,
    fulfilled: [...new Set(edge.fulfilledBy.map((claim) => `${mapId(claim.provider.id)}/${claim.activity.activity.id}`))].sort(compare),
  });
  // The base's functions under their new ids; its teams as written, then (for what is left) renamed.
  const before: Row[] = base.dependencies.map((edge) => rowOf(edge, rename));
  const after: Row[] = head.dependencies.map((edge) => rowOf(edge, (id) => id));
  const matchOf = new Map<Row, Row>();
  const unmatchedAfter = new Set(after);
  for (const team of [(row: Row) => row.to, (row: Row) => rename(row.to)]) {
    const open = after.filter((row) => unmatchedAfter.has(row));
    const afterByKey = new Map(keysOf(open, (row) => row.to).map((k, i) => [k, open[i]!]));
    const waiting = before.filter((row) => !matchOf.has(row));
    keysOf(waiting, team).forEach((k, i) => {
      const found = afterByKey.get(k);
      if (found === undefined || !unmatchedAfter.has(found)) return;
      matchOf.set(waiting[i]!, found);
      unmatchedAfter.delete(found);
    });
  }
  const changes: DependencyChange[] = [];
  const pairs: [Row | undefined, Row | undefined][] = [
    ...before.map((row): [Row, Row | undefined] => [row, matchOf.get(row)]),
    ...[...unmatchedAfter].map((row): [undefined, Row] => [undefined, row]),
  ];
  for (const [old, row] of pairs) {
    if (old !== undefined && row !== undefined && old.status === row.status && old.for === row.for && old.fulfilled.join('\n') === row.fulfilled.join('\n')) continue;
    const shown = (row ?? old)!;
    changes.push({
      from: shown.from,
      to: shown.to,
      id: shown.id,
      for: shown.for,
      ...(old !== undefined && row !== undefined && old.for !== row.for ? { forBefore: old.for } : {}),
      before: old?.status ?? null,
      after: row?.status ?? null,
      fulfilledByBefore: old?.fulfilled ?? [],
      fulfilledByAfter: row?.fulfilled ?? [],
    });
  }
  return changes.sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to) || compare(a.id ?? '', b.id ?? ''));
}
