import type { SourceFile } from '../load/source.js';
import type { NodePath } from '../locate/locator.js';
import type { Activity, Charter, Dependency } from '../schema/charter.js';
import type { Department, ExternalTeam, Org, RegisterRisk, CustomerNeed, Leader, Product } from '../schema/org.js';
import type { SchemaIssue } from '../schema/validate.js';

/** What the schema stage made of a file, whatever its kind. */
interface CheckedBase {
  source: SourceFile;
  schemaIssues: SchemaIssue[];
  /** Paths of the file dropped because they were invalid; rules stay silent there. Rules ask {@link isDropped} instead. */
  dropped: readonly NodePath[];
  /** Maps paths into the checked data back to paths of the file (absent when they are the same). */
  toSourcePath?: (path: NodePath) => NodePath;
  /**
   * Whether the schema stage dropped the node at `path` (a path into the checked data)
   * or one that holds it: a report there is left to the schema rule.
   */
  isDropped(path: NodePath): boolean;
  /** Whether the schema stage dropped the node at `path` (a path into the checked data) or anything inside it. */
  hasDroppedUnder(path: NodePath): boolean;
  /**
   * Whether the file has a top-level key the schema stage rejected that is most likely
   * `key` misspelt (`mision:`): `key` is there, just wrong, and the schema finding says so.
   */
  misspells(key: string): boolean;
  /**
   * The value of a top-level key as written in the file, read from its YAML document
   * (even one with syntax errors); undefined when absent or not a plain value.
   */
  writtenValue(key: string): unknown;
  /** The text ids of the items of the top-level list `key` as written, items the schema dropped included (nested activities too). */
  writtenIds(key: 'activities' | 'operatingMetrics' | 'risks' | 'leaders' | 'departments' | 'products'): ReadonlySet<string>;
  /**
   * The string values of the file (`x-` keys included, keys and comments not, what the
   * schema dropped left out) that `matches` accepts, each with the key that holds it and
   * its offsets; the document is walked only when the data holds such a string.
   */
  textValues(matches: (text: string) => boolean): TextValue[];
}

/** A string value of a file, where it is written. */
export interface TextValue {
  value: string;
  /** The nearest key above it (undefined at the top of the document). */
  key: string | undefined;
  /** Under an `x-` key: the user's own keys, whose meaning we do not know. */
  extension: boolean;
  /** Offsets [start, end) of the value's source text. */
  range: [number, number];
}

/** A file the rules cannot use: not read, not YAML, or nothing left after the schema stage. */
export interface UnusableFile extends CheckedBase {
  kind: 'unusable';
}

/** A function charter usable by the rules (valid, or salvaged). */
export interface CharterFile extends CheckedBase {
  kind: 'charter';
  charter: Charter;
}

/** org.yaml, usable by the rules. */
export interface OrgFile extends CheckedBase {
  kind: 'org';
  org: Org;
}

/** A file after the schema stage, tagged by what became of it. */
export type CheckedFile = UnusableFile | CharterFile | OrgFile;

/**
 * A function whose charter file exists but cannot be used by the rules (a YAML syntax
 * error, or nothing left after the schema stage): known by its file name, so that
 * references to it are not reported as wrong while the file is being fixed.
 */
export interface UnreadableFunction {
  /** The file name without extension (or the `id` it writes, when that is readable and the file name is taken). */
  id: string;
  file: UnusableFile;
  /** The department it names, when that can be read from what was salvaged. */
  department: string | undefined;
  /** Whether the file may say `id` (a register risk's, a product's): its text holds it as a word, or could not be read at all. */
  mightName(id: string): boolean;
}

/** One function of the org: one charter file. */
export interface FunctionNode {
  id: string;
  file: CharterFile;
  charter: Charter;
  /**
   * The department it counts in: its `department`, or, when org.yaml has no such
   * department but one close to it, that one (department-unknown reports the typo, and
   * nothing else reports its consequences); '' for none.
   */
  department: string;
}

/** An item of a list in a file, with where it is. */
export interface Located<T> {
  value: T;
  path: NodePath;
  source: SourceFile;
}

/** An activity of a function, nested ones included. */
export interface ActivityRef {
  function: FunctionNode;
  activity: Activity;
  path: NodePath;
}

/** One `fulfils` entry of an activity: a claim to deliver another function's dependency. */
export interface FulfilsRef {
  /** The function whose activity makes the claim. */
  provider: FunctionNode;
  activity: ActivityRef;
  /** Path of the entry itself: [..., 'fulfils', i]. */
  path: NodePath;
  entry: string;
  /** The function whose dependencies are delivered. */
  functionId: string;
  /** Set for `<function-id>/<dependency-id>` entries. */
  dependencyId: string | undefined;
  /** The dependency edges this entry acknowledges (filled when the model is built). */
  acknowledges: DependencyEdge[];
}

/** What a dependency's `team` names. */
export type TeamRef =
  | { kind: 'function'; id: string; function: FunctionNode }
  | { kind: 'department'; id: string; functions: FunctionNode[] }
  | { kind: 'external'; id: string; team: ExternalTeam };

/** Where a dependency stands: the `deps` statuses. */
export type DependencyStatus = 'acknowledged' | 'unacknowledged' | 'external' | 'unknown';

/** A dependency of one function on a team, resolved. */
export interface DependencyEdge {
  from: FunctionNode;
  dependency: Dependency;
  /** ['dependencies', i] in the depending function's charter. */
  path: NodePath;
  /** Undefined when `team` names nothing known. */
  target: TeamRef | undefined;
  /** The fulfils entries that acknowledge it. */
  fulfilledBy: FulfilsRef[];
  status: DependencyStatus;
}

/**
 * The whole organization as the org-scope rules and `deps` see it: every index
 * built once, so that rules run in time linear in the size of the org.
 */
export interface OrgModel {
  /** Every file read, usable or not. */
  files: CheckedFile[];
  /** org.yaml when there is one and it is usable. */
  org: OrgFile | undefined;
  /** Usable function charters, in file order. */
  charters: CharterFile[];
  functions: FunctionNode[];
  /** First definition of each function id. */
  functionById: Map<string, FunctionNode>;
  /** Functions whose charter cannot be read, by the ids they are known by (not those of readable functions). */
  unreadableFunctionById: Map<string, UnreadableFunction>;
  /** org.yaml when there is one that cannot be used: the checks that need it wait for it. */
  unreadableOrg: UnusableFile | undefined;
  /** Departments of org.yaml (first definition), or with no org.yaml the ones charters name. */
  departmentById: Map<string, Located<Department> | undefined>;
  functionsByDepartment: Map<string, FunctionNode[]>;
  externalTeamById: Map<string, Located<ExternalTeam>>;
  needById: Map<string, Located<CustomerNeed>>;
  registerRiskById: Map<string, Located<RegisterRisk>>;
  /** Leaders of org.yaml (first definition of each id), in file order. */
  leaderById: Map<string, Located<Leader>>;
  /** Products of org.yaml (first definition of each id), in file order. */
  productById: Map<string, Located<Product>>;
  /** The functions that claim each product id in `products` (known product or not), in file order. */
  drisByProduct: Map<string, FunctionNode[]>;
  /** Departments of org.yaml whose `parent` is the key, in file order (only the first definition of each department). */
  departmentChildren: Map<string, string[]>;
  activities: ActivityRef[];
  fulfils: FulfilsRef[];
  dependencies: DependencyEdge[];
  /** Resolves a team id: a function first, then a department, then an external team. */
  resolveTeam(id: string): TeamRef | undefined;
}
