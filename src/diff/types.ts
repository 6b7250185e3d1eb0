import type { Finding } from '../findings/finding.js';
import type { DependencyStatus } from '../model/model.js';

/** How the working tree is named as a side of a comparison. */
export const WORKING_TREE = 'working tree';

/** One step of a change's path: a key of an object, or an item of a list told apart by its id (or name). */
export type PathStep = { key: string } | { list: string; item: string; by: 'id' | 'name' };

/** One difference in a charter or in org.yaml. */
export interface Change {
  /** Where, as steps; `pathText` gives the JSON `path`. */
  at: PathStep[];
  kind: 'added' | 'removed' | 'changed';
  /** The value before (undefined when added). */
  before: unknown;
  /** The value after (undefined when removed). */
  after: unknown;
  /** True for one entry of a list of plain values (a `fulfils` entry, say), rather than a whole value. */
  entry?: boolean;
}

/** A function or department that has a new id but (nearly) the same content. */
export interface Rename {
  from: string;
  to: string;
  /** Its name at the head. */
  name: string;
  /** Share of the content that is the same, 0 to 1 (see docs/diff.md). */
  similarity: number;
}

/** A function that moved to another department. */
export interface Move {
  id: string;
  from: string;
  to: string;
}

/** The changes of one function (or department) that exists on both sides. */
export interface ChangedItem {
  /** Its id at the head (the new id when renamed). */
  id: string;
  name: string;
  changes: Change[];
}

/** A function or department as lists of added and removed ones show it. */
export interface Named {
  id: string;
  name: string;
  /** A function's department ('' when none); absent for departments. */
  department?: string;
}

/** What became of the functions or the departments. */
export interface ItemsDiff {
  added: Named[];
  removed: Named[];
  renamed: Rename[];
  changed: ChangedItem[];
}

/** A dependency that appeared, disappeared, or whose status changed. */
export interface DependencyChange {
  /** The depending function (its head id). */
  from: string;
  /** The team depended on (its head id). */
  to: string;
  /** The dependency's id, or null when it has none. */
  id: string | null;
  for: string;
  /** What the dependency asked for before, when the text changed. */
  forBefore?: string;
  /** Its status as `charter deps` gives it, or null when absent on that side. */
  before: DependencyStatus | null;
  after: DependencyStatus | null;
  /** The activities that fulfil it on each side, as `<function>/<activity>`. */
  fulfilledByBefore: string[];
  fulfilledByAfter: string[];
}

/** The findings that appeared and disappeared between the two lint runs. */
export interface FindingsDiff {
  introduced: Finding[];
  fixed: Finding[];
}

/** The whole comparison of two lint runs of an organization. */
export interface OrgDiff {
  /** What the base and the head were (a revision, "working tree", a directory). */
  base: string;
  head: string;
  functions: ItemsDiff & { moved: Move[] };
  departments: ItemsDiff;
  /** Changes in org.yaml outside the departments: customer needs, external teams, register risks, names. */
  org: Change[];
  /** Customer needs that no department is accountable for any more, and those that have one again. */
  needs: { unserved: string[]; served: string[] };
  dependencies: DependencyChange[];
  findings: FindingsDiff;
}

/** The JSON `path` of a change: keys and item ids joined by dots, items told apart by name in brackets. */
export function pathText(at: readonly PathStep[]): string {
  let text = '';
  for (const step of at) {
    if ('key' in step) text += text === '' ? step.key : `.${step.key}`;
    else text += `${text === '' ? step.list : `.${step.list}`}${step.by === 'id' ? `.${step.item}` : `[${step.item}]`}`;
  }
  return text;
}
