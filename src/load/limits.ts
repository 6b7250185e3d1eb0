/**
 * Limits that keep every stage's work bounded on any input, and the check of data made
 * from a document against them (aliases can make data deeper or bigger than its text).
 * @module
 */

/** Levels of lists and mappings a file may nest: a charter needs about ten. Bounds the work of every later stage. */
export const MAX_NESTING = 100;

/** Aliases allowed: in the document, and uses when turning it into data. Bounds "billion laughs" expansions. */
export const MAX_ALIAS_COUNT = 1000;

/** Syntax problems reported per file: after a few, the parser's errors are mostly echoes of the first. */
export const MAX_SYNTAX_PROBLEMS = 20;

/**
 * Checks data made from a document before any later stage walks it: aliases can
 * make it deeper than the document, endless (a cycle) or much bigger. Iterative.
 * @returns what is wrong, or undefined when the data is safe to use.
 */
export function inspectData(data: unknown, textLength: number): 'cycle' | 'deep' | 'aliases' | undefined {
  const budget = Math.max(100_000, textLength);
  let visited = 0;
  const onPath = new Set<object>();
  const stack: { value: unknown; depth: number; leave: boolean }[] = [{ value: data, depth: 0, leave: false }];
  while (stack.length > 0) {
    const { value, depth, leave } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (leave) {
      onPath.delete(value);
      continue;
    }
    if (onPath.has(value)) return 'cycle';
    if (depth + 1 > MAX_NESTING) return 'deep';
    if (++visited > budget) return 'aliases';
    onPath.add(value);
    stack.push({ value, depth, leave: true });
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1, leave: false });
  }
  return undefined;
}
