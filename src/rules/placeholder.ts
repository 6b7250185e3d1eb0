import { isMap, isScalar, isSeq } from 'yaml';
import { z } from 'zod';
import type { NodePath } from '../locate/locator.js';
import type { CharterFile, CheckedFile, OrgFile } from '../model/model.js';
import { EXTENSION_PREFIX } from '../schema/common.js';
import { wordPattern } from '../text/words.js';
import { defineOrgRule } from './types.js';

/** Options of `placeholder`. */
export interface PlaceholderOptions {
  /** Words that mark a value as not written yet; matched whole and case-sensitively. */
  words: string[];
}

/** What to write instead of a placeholder, by the key that holds it. */
const ADVICE: Readonly<Record<string, string>> = {
  mission: 'write the one sentence that says which need of the customer this function answers',
  name: 'write the real name',
  owner: 'name the role accountable for this function',
  description: 'write the description, or remove the key',
  outcome: 'name the financial outcome it predicts: renewal, expansion, new-business, or your organization\'s own word',
  target: 'write the target, or remove the key',
  costExemption: 'say why this function has no cost metric',
  for: 'say what this function expects of that team',
  definition: 'say what customer success means in your organization',
  executiveSponsor: 'name the executive who sponsors the organization',
  lead: 'name who leads the department',
};
const DEFAULT_ADVICE = 'replace it with the real text';

/** Paths the schema stage dropped, as a tree: the walk skips what the schema rule already reports. */
interface DroppedTree {
  dropped: boolean;
  children: Map<string | number, DroppedTree>;
}

/** One node still to visit: the YAML node, the key it sits under, and where it is in the dropped tree. */
interface Frame {
  node: unknown;
  key: string | undefined;
  /** Under an `x-` key: the user's own keys, whose meaning we do not know. */
  extension: boolean;
  tree: DroppedTree | undefined;
}

/**
 * Reports values that still hold a placeholder such as TODO, TBD or FIXME (as
 * `charter new` leaves them), in every usable charter and in org.yaml, `x-` keys
 * included. Only values are checked, not keys or comments.
 */
export default defineOrgRule<PlaceholderOptions>({
  meta: {
    id: 'placeholder',
    description: 'A value still holds TODO, TBD or FIXME.',
    defaultSeverity: 'warn',
    messages: {
      placeholder: '"{{key}}" still holds the placeholder "{{word}}"; {{advice}}',
    },
    options: {
      schema: z.strictObject({
        words: z
          .array(z.string().trim().min(1))
          .min(1)
          .meta({ description: 'Words that mark a value as not written yet; matched as whole words, case-sensitively.' }),
      }),
      defaults: { words: ['TODO', 'TBD', 'FIXME'] },
    },
  },
  check(model, context) {
    const pattern = wordPattern(context.options.words, 'g');
    for (const file of model.files) {
      // The data holds every string value of the document: only a file with a match needs its document walked.
      if (!isUsable(file) || !holdsMatch(file.source.data, pattern) || file.source.doc === undefined) continue;
      const { text } = file.source;
      // An explicit stack: documents may nest deeper than the call stack allows.
      const stack: Frame[] = [{ node: file.source.doc.contents, key: undefined, extension: false, tree: droppedTree(file.dropped) }];
      while (stack.length > 0) {
        const { node, key, extension, tree } = stack.pop()!;
        if (tree?.dropped === true) continue;
        if (isMap(node)) {
          for (let i = node.items.length - 1; i >= 0; i--) {
            const pair = node.items[i]!;
            const k = isScalar(pair.key) ? pair.key.value : undefined;
            const name = k === undefined || k === null ? undefined : String(k);
            stack.push({
              node: pair.value,
              key: name ?? key,
              extension: extension || (name?.startsWith(EXTENSION_PREFIX) ?? false),
              tree: name === undefined ? undefined : tree?.children.get(name),
            });
          }
        } else if (isSeq(node)) {
          for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], key, extension, tree: tree?.children.get(i) });
        } else if (isScalar(node) && typeof node.value === 'string' && node.range != null) {
          const word = firstMatch(pattern, node.value);
          if (word === undefined) continue;
          const [start, end] = node.range;
          context.report({
            source: file.source,
            range: wordRange(text, start, end, word, pattern) ?? [start, end],
            messageId: 'placeholder',
            data: { key: key ?? 'value', word, advice: (!extension && key !== undefined && ADVICE[key]) || DEFAULT_ADVICE },
          });
        }
      }
    }
  },
});

/** Whether any string in `data` (at any depth) matches `pattern`. */
function holdsMatch(data: unknown, pattern: RegExp): boolean {
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (firstMatch(pattern, value) !== undefined) return true;
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (typeof value === 'object' && value !== null) {
      for (const item of Object.values(value)) stack.push(item);
    }
  }
  return false;
}

function isUsable(file: CheckedFile): file is CharterFile | OrgFile {
  const kind = (file as Partial<CharterFile | OrgFile>).kind;
  return kind === 'charter' || kind === 'org';
}

function firstMatch(pattern: RegExp, value: string): string | undefined {
  pattern.lastIndex = 0;
  return pattern.exec(value)?.[0];
}

/**
 * Where `word` is in the scalar's source text, so that the finding points at the word
 * itself; undefined when the source spells it differently (escapes in a quoted string).
 */
function wordRange(text: string, start: number, end: number, word: string, pattern: RegExp): [number, number] | undefined {
  const raw = text.slice(start, end);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(raw); m !== null; m = pattern.exec(raw)) {
    if (m[0] === word) return [start + m.index, start + m.index + word.length];
  }
  return undefined;
}

/** The dropped paths as a tree keyed by path segments. */
function droppedTree(dropped: readonly NodePath[]): DroppedTree | undefined {
  if (dropped.length === 0) return undefined;
  const root: DroppedTree = { dropped: false, children: new Map() };
  for (const path of dropped) {
    let node = root;
    for (const segment of path) {
      let child = node.children.get(segment);
      if (child === undefined) node.children.set(segment, (child = { dropped: false, children: new Map() }));
      node = child;
    }
    node.dropped = true;
  }
  return root;
}
