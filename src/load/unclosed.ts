/**
 * Brackets and quotes that open a value and are never closed, found in the parser's
 * syntax tree (CST): where the parser reports them is where it gave up, not where the
 * user has to fix.
 * @module
 */
import type { CST } from 'yaml';

/** Brackets and quotes that open a value and are never closed, by the offset of the opening character. */
export interface Unclosed {
  offset: number;
  /** The opening character: `[`, `{`, `"` or `'`. */
  char: string;
}

/**
 * Finds the flow collections and quoted scalars that are never closed in the
 * parser's syntax tree (CST), iteratively. Only run for files whose errors say a
 * closing character is missing.
 */
export function findUnclosed(tokens: readonly CST.Token[]): Unclosed[] {
  const found: Unclosed[] = [];
  const stack: (CST.Token | null | undefined)[] = [...tokens];
  while (stack.length > 0) {
    const token = stack.pop();
    if (token == null) continue;
    switch (token.type) {
      case 'document':
        stack.push(token.value);
        break;
      case 'block-map':
      case 'block-seq':
        for (const item of token.items) stack.push(item.key, item.value);
        break;
      case 'flow-collection': {
        const open = token.start.source;
        const close = open === '[' ? ']' : '}';
        if (!token.end.some((t) => t.source === close)) found.push({ offset: token.offset, char: open });
        for (const item of token.items) stack.push(item.key, item.value);
        break;
      }
      case 'double-quoted-scalar': {
        const trailingBackslashes = /\\*(?="$)/.exec(token.source)?.[0].length ?? 0;
        if (token.source.length < 2 || !token.source.endsWith('"') || trailingBackslashes % 2 === 1) found.push({ offset: token.offset, char: '"' });
        break;
      }
      case 'single-quoted-scalar': {
        const trailingQuotes = /'*$/.exec(token.source.slice(1))?.[0].length ?? 0;
        if (trailingQuotes % 2 === 0) found.push({ offset: token.offset, char: "'" });
        break;
      }
      default:
        break;
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** The last unclosed `char` that opens before `offset`. */
export function openingBefore(unclosed: readonly Unclosed[], chars: string, offset: number): number | undefined {
  let best: number | undefined;
  for (const u of unclosed) if (chars.includes(u.char) && u.offset <= offset) best = u.offset;
  return best;
}
