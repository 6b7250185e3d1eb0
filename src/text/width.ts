/**
 * How wide text shows in a terminal, for aligning columns and wrapping: measured by
 * `string-width` (wide East Asian characters and emoji take two columns, an emoji
 * sequence joined with ZWJ or a skin tone is one emoji, combining marks and ANSI
 * colour codes take none).
 */
import stringWidth from 'string-width';

/** Columns `text` takes in a terminal (one line; colour codes do not count). */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The characters of `text` as a reader sees them (grapheme clusters): an emoji sequence or a letter with its accents is one. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** `text` padded with spaces to `width` columns (unchanged when it is that wide already). */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
