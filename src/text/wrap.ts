/**
 * Text wrapping for tables and reports in a terminal: words are kept whole where they fit,
 * ids break after a hyphen, and only what still does not fit is cut (between
 * characters as a reader sees them: an emoji sequence is never split).
 */
import { displayWidth, graphemes } from './width.js';

/** Wraps `text` to lines of at most `width` columns; existing line breaks are kept. */
export function wrap(text: string, width: number): string[] {
  const max = Math.max(1, width);
  return text.split(/\r?\n/).flatMap((paragraph) => wrapParagraph(paragraph, max));
}

function wrapParagraph(paragraph: string, width: number): string[] {
  const words = paragraph.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    for (const [i, piece] of pieces(word, width).entries()) {
      // The pieces of one word join without a space.
      const candidate = line === '' ? piece : `${line}${i > 0 ? '' : ' '}${piece}`;
      if (displayWidth(candidate) <= width) {
        line = candidate;
      } else {
        if (line !== '') lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** A word too long for a line, cut after its hyphens and slashes, then hard where it must be. */
function pieces(word: string, width: number): string[] {
  if (displayWidth(word) <= width) return [word];
  const out: string[] = [];
  for (const part of word.split(/(?<=[-/])/)) {
    let rest = part;
    while (displayWidth(rest) > width) {
      let cut = '';
      for (const ch of graphemes(rest)) {
        // At least one character a line, even one wider than the column.
        if (cut !== '' && displayWidth(cut + ch) > width) break;
        cut += ch;
      }
      out.push(cut);
      rest = rest.slice(cut.length);
    }
    if (rest !== '') out.push(rest);
  }
  return out;
}
