import type { LocateTarget, NodePath } from '../locate/locator.js';

/** A schema problem, in plain words, at a path of the file (not of the salvaged data). */
export interface SchemaIssue {
  path: NodePath;
  target: LocateTarget;
  message: string;
}
