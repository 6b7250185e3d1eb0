/**
 * Text wrapping for the dependency table: words are kept whole where they fit,
 * ids break after a hyphen, and only what still does not fit is cut.
 */

/** Columns a string takes in a terminal: wide East Asian characters and emoji take two, combining marks none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (/\p{M}/u.test(ch) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

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
      for (const ch of rest) {
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
