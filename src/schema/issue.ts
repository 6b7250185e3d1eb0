import type { LocateTarget, NodePath } from '../locate/locator.js';

/** A schema problem, in plain words, at a path of the file (not of the salvaged data). */
export interface SchemaIssue {
  path: NodePath;
  target: LocateTarget;
  /** A short statement of the problem, quoting the bad value. */
  message: string;
  /** How to fix it, when there is more to say than the message does. */
  help?: string;
}
