/**
 * The schema stage: checks a document's data against the charter or org schema, and
 * salvages what it can from a partly invalid one.
 * @module
 */
import path from 'node:path';
import type { z } from 'zod';
import type { LocateTarget, NodePath } from '../locate/locator.js';
import { charterSchema, type Charter } from './charter.js';
import { ID_PATTERN } from './common.js';
import { isPlainObject, stripExtensions } from './data.js';
import { describeValue } from './describe-value.js';
import type { SchemaIssue } from './issue.js';
import { describeIssue, yesNoWords, type Kind } from './issue-messages.js';
import { orgSchema, type Org } from './org.js';
import { dropPaths, removePaths, throughRounds, type Removal } from './salvage.js';

export type { SchemaIssue } from './issue.js';


/** The outcome of checking one document against its schema. */
export interface Validated<T> {
  /**
   * The document's data, usable by the rules: valid, or salvaged from a partly invalid
   * document by dropping what is invalid. Undefined when nothing usable remains.
   */
  value: T | undefined;
  issues: SchemaIssue[];
  /** Paths dropped while salvaging, as paths of the file: rules stay silent there (the schema finding says it all). */
  dropped: NodePath[];
  /**
   * Turns a path into `value` back into the path of the same node in the file. Salvaging
   * removes invalid list items, which shifts the indexes of the items after them; absent
   * when nothing was removed (paths are the same).
   */
  toSourcePath?: (path: NodePath) => NodePath;
}

/**
 * Stands in for a missing or invalid department while salvaging: a valid id, so that the
 * rest of the charter passes the schema; replaced by '' (no department) once it has.
 */
const DEPARTMENT_STAND_IN = 'x-no-department';

/** Validates a function charter's data. `fileStem` stands in for a missing or invalid id. */
export function validateCharter(data: unknown, fileStem: string): Validated<Charter> {
  const result = validateSafely(charterSchema, 'charter', data, (value, droppedKeys) => {
    if (droppedKeys.has('id')) value['id'] = ID_PATTERN.test(fileStem) ? fileStem : 'unknown';
    if (droppedKeys.has('name')) value['name'] = value['id'];
    if (droppedKeys.has('department')) value['department'] = DEPARTMENT_STAND_IN;
  });
  // Rules and the model read '' as "no department"; the schema finding says why.
  if (result.value !== undefined && isDroppedKey(result.dropped, 'department')) result.value.department = '';
  return result;
}

/** Validates the organization's data (org.yaml). */
export function validateOrg(data: unknown): Validated<Org> {
  const result = validateSafely(orgSchema, 'org', data, (value, droppedKeys) => {
    if (droppedKeys.has('name')) value['name'] = 'org.yaml';
  });
  if (result.value !== undefined && isDroppedKey(result.dropped, 'name')) result.value.name = '';
  return result;
}

function isDroppedKey(dropped: readonly NodePath[], key: string): boolean {
  return dropped.some((p) => p.length === 1 && p[0] === key);
}

/** The file name without directory and extension: a charter's expected id. */
export function fileStem(filePath: string): string {
  return path.basename(filePath).replace(/\.ya?ml$/i, '');
}

const MAX_SALVAGE_ROUNDS = 6;

/**
 * {@link validate}, with a last line of defence: zod and the salvage recurse into the
 * data, which the parse stage keeps within 100 levels; should the stack still run
 * out, the file is reported, not the run stopped.
 */
function validateSafely<T>(
  schema: z.ZodType<T>,
  kind: Kind,
  data: unknown,
  fillRequired: (root: Record<string, unknown>, droppedRootKeys: Set<string>) => void,
): Validated<T> {
  try {
    return validate(schema, kind, data, fillRequired);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    const message = `${kind === 'org' ? 'org.yaml' : 'this file'} nests lists and mappings too deeply to check; a charter needs about ten levels`;
    return { value: undefined, issues: [{ path: [], target: 'value', message }], dropped: [] };
  }
}

function validate<T>(
  schema: z.ZodType<T>,
  kind: Kind,
  data: unknown,
  fillRequired: (root: Record<string, unknown>, droppedRootKeys: Set<string>) => void,
): Validated<T> {
  if (data === null || data === undefined) {
    const message =
      kind === 'org'
        ? 'org.yaml is empty; it needs at least a name (see the file format in docs/)'
        : 'this file is empty; a charter needs at least id, name and department (run "charter new <id>" to start one)';
    return { value: undefined, issues: [{ path: [], target: 'value', message }], dropped: [] };
  }
  if (!isPlainObject(data)) {
    const what = kind === 'org' ? 'org.yaml' : 'a charter file';
    return {
      value: undefined,
      issues: [{ path: [], target: 'value', message: `${what} should be a mapping of keys (name: value lines), got ${describeValue(data)}` }],
      dropped: [],
    };
  }
  let current = stripExtensions(data) as Record<string, unknown>;
  const first = schema.safeParse(current);
  if (first.success) return { value: first.data, issues: yesNoWords(current, schema, kind, []), dropped: [] };

  const issues = first.error.issues.flatMap((issue) => describeIssue(issue, schema, kind, current));
  for (const issue of yesNoWords(current, schema, kind, issues)) issues.push(issue); // not push(...): there may be 250,000
  // Salvage: drop what is invalid and check again, so that the rules can still see the rest.
  const dropped: NodePath[] = [];
  const droppedRootKeys = new Set<string>();
  const rounds: Removal[][] = [];
  let result: ReturnType<typeof schema.safeParse> = first;
  for (let round = 0; round < MAX_SALVAGE_ROUNDS && !result.success; round++) {
    const paths = result.error.issues.flatMap((issue) => dropPaths(issue, current));
    if (paths.length === 0) break;
    current = structuredClone(current);
    for (const p of paths) {
      if (p.length === 1 && typeof p[0] === 'string') droppedRootKeys.add(p[0]);
      dropped.push(throughRounds(p, rounds));
    }
    rounds.push(removePaths(current, paths));
    fillRequired(current, droppedRootKeys);
    result = schema.safeParse(current);
    // Cross-field checks (zod runs them only on otherwise valid data) surface now;
    // other issues of later rounds are consequences of our own cuts.
    if (!result.success) {
      for (const issue of result.error.issues) {
        if (issue.code !== 'custom') continue;
        for (const found of describeIssue(issue, schema, kind, current)) issues.push({ ...found, path: throughRounds(found.path, rounds) });
      }
    }
  }
  const value = result.success ? result.data : undefined;
  if (!rounds.some((r) => r.length > 0)) return { value, issues, dropped };
  return { value, issues, dropped, toSourcePath: (p) => throughRounds(p, rounds) };
}
