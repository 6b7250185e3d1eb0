import type { Document, LineCounter } from 'yaml';

/** What a file is in the org: the organization (`org.yaml`) or one function charter. */
export type SourceKind = 'org' | 'charter';

/** A problem found while reading or parsing a file, before any rule runs. */
export interface SourceProblem {
  /** What is wrong, in a short statement. */
  message: string;
  /** How to fix it, when there is more to say than the statement. */
  help?: string;
  /** Offsets [start, end) in the file's text; absent when the whole file is concerned. */
  range?: [number, number];
}

/** A comment of a file: its text (from `#`) and the offset of its `#`. */
export interface SourceComment {
  offset: number;
  source: string;
}

/**
 * One file as read and parsed: its text, its YAML document with positions, and
 * what went wrong on the way. Every later stage points back into it.
 */
export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Relative to the working directory, forward slashes: what users see. */
  displayPath: string;
  kind: SourceKind;
  /** The text with any byte-order mark removed (offsets refer to it). */
  text: string;
  lineCounter: LineCounter;
  /** The parsed document, absent when the file could not be read or parsed at all. */
  doc?: Document.Parsed;
  /** The document as plain data (`x-` extension keys still in), undefined when unusable. */
  data: unknown;
  /**
   * The comments of the file, in order, kept only when its text holds "charter-" (it may
   * hold a suppression comment): read from the syntax tree, so that a `#` inside a value
   * never counts.
   */
  comments?: SourceComment[];
  /** Reading and YAML syntax problems: reported by the `yaml-syntax` rule. */
  syntaxProblems: SourceProblem[];
  /** sha256 (hex) of the bytes read from disk, when the file was read. */
  bytesHash?: string;
}
