import type { LocateTarget, NodePath } from '../locate/locator.js';

/** A schema problem, in plain words, at a path of the file (not of the salvaged data). */
export interface SchemaIssue {
  path: NodePath;
  target: LocateTarget;
  /** A short statement of the problem, quoting the bad value. */
  message: string;
  /** How to fix it, when there is more to say than the message does. */
  help?: string;
  /**
   * What would certainly be meant, for a fix: `key`, the one valid key close to a
   * misspelt one (`mision:` -> `mission`); `id`, the kebab-case form of an id that is
   * not kebab-case (`Support` -> `support`), which differs from it only in case or
   * separators (the schema rule fixes it only when it names something that exists).
   */
  replacement?: { key: string } | { id: string };
}
