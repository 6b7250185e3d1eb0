/**
 * Lines of a file's text, for pointing syntax problems at the line to fix.
 * @module
 */
import type { LineCounter } from 'yaml';

/** One line of the text: its number, where it starts and ends, and its indentation. */
export interface Line {
  number: number;
  start: number;
  end: number;
  text: string;
  indent: number;
}

export function lineAt(text: string, offset: number, lineCounter: LineCounter): Line {
  const number = Math.max(1, lineCounter.linePos(Math.min(offset, text.length)).line);
  const start = Math.min(lineCounter.lineStarts[number - 1] ?? 0, text.length);
  const next = lineCounter.lineStarts[number];
  const end = next === undefined ? text.length : Math.max(start, next - 1);
  const content = text.slice(start, end).replace(/\r$/, '');
  return { number, start, end, text: content, indent: content.length - content.trimStart().length };
}

/** The next line after `line` that holds more than spaces or a comment. */
export function nextContentLine(text: string, line: Line, lineCounter: LineCounter): Line | undefined {
  let start = line.end + 1;
  while (start < text.length) {
    const next = lineAt(text, start, lineCounter);
    const content = next.text.trim();
    if (content !== '' && !content.startsWith('#')) return next;
    start = next.end + 1;
  }
  return undefined;
}

/** The key of a `key: value` line, or undefined. */
export function keyOf(line: Line): string | undefined {
  const m = /^\s*(?:-\s+)?([^\s:#][^:#]*?):(?:\s|$)/.exec(line.text);
  return m?.[1];
}

export function lineRange(line: Line): [number, number] {
  const start = line.start + line.indent;
  return [start, Math.max(line.end, start + 1)];
}
