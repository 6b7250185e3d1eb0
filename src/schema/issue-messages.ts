/**
 * Schema problems in words a charter's author understands: zod's issues translated,
 * and values that are just "yes" or "no" where text belongs.
 * @module
 */
import type { z } from 'zod';
import type { NodePath } from '../locate/locator.js';
import { suggestedId } from '../text/kebab.js';
import { quote } from '../text/quote.js';
import { didYouMeanHelp } from '../text/suggest.js';
import { EXTENSION_PREFIX } from './common.js';
import { hasKey, isPlainObject, valueAt } from './data.js';
import { describeValue } from './describe-value.js';
import { oddCharacters } from './id-suggestions.js';
import type { SchemaIssue } from './issue.js';
import { isFreeText, isOptionalKey, knownKeys } from './zod-shape.js';

/** Which schema a document is checked against. */
export type Kind = 'charter' | 'org';

/**
 * Values that are just "yes", "no", "on" or "off" where free text belongs (ids are left
 * alone): YAML 1.2 (this
 * tool, and the schema's editors) reads them as text, YAML 1.1 tools as true or false,
 * and either way they are an answer to a question, not the text the format asks for
 * (`mission: yes`). Values already reported are left alone. Iterative.
 */
export function yesNoWords(data: unknown, schema: z.ZodType, kind: Kind, already: readonly SchemaIssue[]): SchemaIssue[] {
  const reported = new Set(already.map((i) => JSON.stringify(i.path)));
  const found: SchemaIssue[] = [];
  const stack: { value: unknown; path: NodePath }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (YAML11_BOOLEAN.test(value) && !reported.has(JSON.stringify(path)) && isFreeText(schema, path)) {
        found.push({
          path,
          target: 'value',
          message: `${capitalize(subjectOf(path, kind, data))} is just the word ${quote(value)}, which some YAML tools read as ${/^(yes|on)$/i.test(value) ? 'true' : 'false'}`,
          help: 'write the text in full',
        });
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    } else if (isPlainObject(value)) {
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
    }
  }
  return found.reverse();
}

/** What a list holds and what one of its items is, by the key of the list. */
const LISTS: Record<string, { list: string; item: string }> = {
  operatingMetrics: { list: 'a list of operating metrics', item: 'operating metric' },
  costMetrics: { list: 'a list of cost metrics', item: 'cost metric' },
  leading: { list: 'a list of leading metrics', item: 'leading metric' },
  activities: { list: 'a list of activities', item: 'activity' },
  risks: { list: 'a list of risks', item: 'risk' },
  dependencies: { list: 'a list of dependencies (use [] for none)', item: 'dependency' },
  mitigatedBy: { list: 'a list of activity ids', item: 'activity id' },
  monitoredBy: { list: 'a list of metric ids', item: 'metric id' },
  fulfils: { list: 'a list of dependencies this activity delivers ("<function-id>" or "<function-id>/<dependency-id>")', item: 'entry' },
  customerNeeds: { list: 'a list of customer needs', item: 'customer need' },
  departments: { list: 'a list of departments', item: 'department' },
  externalTeams: { list: 'a list of external teams', item: 'external team' },
  implicitProviders: { list: 'a list of team ids', item: 'team id' },
  leaders: { list: 'a list of leaders', item: 'leader' },
  products: { list: 'a list of products', item: 'product' },
  segments: { list: 'a list of segments', item: 'segment' },
};

export function describeIssue(issue: z.core.$ZodIssue, schema: z.ZodType, kind: Kind, data: unknown): SchemaIssue[] {
  const p = issue.path as (string | number)[];
  const received = valueAt(data, p);
  const subject = subjectOf(p, kind, data);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(schema, p);
      const owner = ownerOf(p, kind, data);
      return issue.keys.map((key) => ({
        path: [...p, key],
        target: 'key' as const,
        message: `${quote(key)} is not a key of ${owner}`,
        help:
          (key === 'on' && known.includes('team') ? 'did you mean "team"? (some YAML tools read "on" as true)' : undefined) ??
          didYouMeanHelp(key, known) ??
          `the keys are ${known.map((k) => `"${k}"`).join(', ')}, and your own keys may start with "${EXTENSION_PREFIX}"`,
      }));
    }
    case 'invalid_type': {
      if (received === undefined) {
        const parentPath = p.slice(0, -1);
        const missing = String(p[p.length - 1]);
        // `on:` written for `team:` is reported once, as a misspelt key with its suggestion.
        if (missing === 'team' && hasKey(valueAt(data, parentPath), 'on')) return [];
        const owner = ownerOf(parentPath, kind, data);
        return [{ path: parentPath, target: 'key', message: `${owner === 'org.yaml' ? owner : capitalize(owner)} needs "${missing}"`, help: `add "${missing}:" and its value` }];
      }
      // A department's need written as a list: one need a department, however many share it.
      if (p[0] === 'departments' && p[p.length - 1] === 'need' && p.length === 3 && Array.isArray(received)) {
        return [
          {
            path: p,
            target: 'value',
            message: `${capitalize(ownerOf(p.slice(0, -1), kind, data))} names ${received.length === 1 ? 'its need as a list' : `${received.length} needs`}; a department has one`,
            help: 'name the one need it is accountable for ("need: <id>"); a need may have several departments, so give each other need a department of its own, or name it in another department',
          },
        ];
      }
      const expected = expectedText(issue.expected, p);
      const hint =
        issue.expected === 'string' && (typeof received === 'number' || typeof received === 'boolean')
          ? `put it in quotes if you mean the text "${String(received)}"`
          : issue.expected === 'boolean' && typeof received === 'string' && YAML11_BOOLEAN.test(received)
            ? `write true or false (YAML reads ${quote(received)} as text)`
            : undefined;
      return [{ path: p, target: 'value', message: `${subject} should be ${expected}, got ${describeValue(received)}`, ...(hint !== undefined ? { help: hint } : {}) }];
    }
    case 'invalid_format': {
      if (typeof received === 'string' && issue.format === 'regex') {
        const kebab = suggestedId(received);
        const example = kebab !== undefined ? `, such as ${quote(kebab)}` : '';
        const why = oddCharacters(received);
        return [
          p.includes('fulfils')
            ? {
                path: p,
                target: 'value',
                message: `${quote(received)} is not a valid fulfils entry${why}`,
                help: `write "<function-id>" or "<function-id>/<dependency-id>" in kebab-case${example}`,
              }
            : {
                path: p,
                target: 'value',
                message: `${quote(received)} is not a valid id${why}`,
                help: `use lowercase letters, digits and single hyphens (kebab-case)${example}`,
              },
        ];
      }
      return [{ path: p, target: 'value', message: `${subject}: ${issue.message}` }];
    }
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'int') {
        return [{ path: p, target: 'value', message: `${subject} should be ${String(issue.minimum)} or more, got ${describeValue(received)}` }];
      }
      return [
        {
          path: p,
          target: 'value',
          message: `${subject} is empty`,
          help: `write a value${isOptionalKey(schema, p) ? ' or remove the key' : ' (it is required)'}`,
        },
      ];
    case 'invalid_value': {
      const near = typeof received === 'string' ? didYouMeanHelp(received, issue.values.map(String)) : undefined;
      return [
        {
          path: p,
          target: 'value',
          message: `${subject} should be one of ${listValues(issue.values)}, got ${describeValue(received)}`,
          ...(near !== undefined ? { help: near } : {}),
        },
      ];
    }
    case 'custom': {
      // The schema's own messages are written as "<problem>; <fix>".
      const cut = issue.message.indexOf('; ');
      return [
        cut === -1
          ? { path: p, target: 'key', message: issue.message }
          : { path: p, target: 'key', message: issue.message.slice(0, cut), help: issue.message.slice(cut + 2) },
      ];
    }
    default:
      return [{ path: p, target: 'value', message: `${subject}: ${issue.message}` }];
  }
}

/** `"name" of operating metric 3`, `"operatingMetrics"`, `entry 2 of "fulfils"`, `"for" of the dependency on "support"`. */
function subjectOf(p: readonly (string | number)[], kind: Kind, data: unknown): string {
  const last = p[p.length - 1];
  if (last === undefined) return kind === 'org' ? 'org.yaml' : 'the charter';
  if (typeof last === 'number') {
    const listKey = p[p.length - 2];
    const named = itemName(p, data);
    if (named !== undefined) return named;
    const item = typeof listKey === 'string' ? (LISTS[listKey]?.item ?? 'entry') : 'entry';
    return `${item} ${last + 1} of "${String(listKey)}"`;
  }
  const parent = p.slice(0, -1);
  return parent.length === 0 ? `"${last}"` : `"${last}" of ${ownerOf(parent, kind, data)}`;
}

/** The thing that owns keys at path `p`: `a charter`, `operating metric 3`, `department "strategic-cs"`. */
function ownerOf(p: readonly (string | number)[], kind: Kind, data: unknown): string {
  if (p.length === 0) return kind === 'org' ? 'org.yaml' : 'a charter';
  const last = p[p.length - 1];
  const listKey = p[p.length - 2];
  if (typeof last === 'number' && typeof listKey === 'string') return itemName(p, data) ?? `${LISTS[listKey]?.item ?? 'entry'} ${last + 1}`;
  return `"${String(last)}"`;
}

/**
 * A list item by what it says rather than by its position, when it can: `department
 * "strategic-cs"` by its id, `the dependency on "support"` by its team. Undefined for an
 * item with neither (then its position names it).
 */
function itemName(p: readonly (string | number)[], data: unknown): string | undefined {
  const listKey = p[p.length - 2];
  if (typeof listKey !== 'string') return undefined;
  const item = valueAt(data, p);
  if (!isPlainObject(item)) return undefined;
  const kind = LISTS[listKey]?.item ?? 'entry';
  if (typeof item['id'] === 'string' && item['id'] !== '') return `${kind} ${quote(item['id'])}`;
  if (listKey === 'dependencies' && typeof item['team'] === 'string' && item['team'] !== '') return `the dependency on ${quote(item['team'])}`;
  return undefined;
}

function expectedText(expected: string, p: readonly (string | number)[]): string {
  const last = p[p.length - 1];
  switch (expected) {
    case 'array':
      return typeof last === 'string' && LISTS[last] ? LISTS[last].list : 'a list';
    case 'object': {
      const listKey = p[p.length - 2];
      if (typeof last === 'number' && typeof listKey === 'string' && LISTS[listKey]) {
        const item = LISTS[listKey].item;
        return `${/^[aeiou]/.test(item) ? 'an' : 'a'} ${item} (a mapping of keys such as id: and name:)`;
      }
      return 'a mapping of keys (name: value lines)';
    }
    case 'string':
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    default:
      return expected;
  }
}

/** `"a" or "b"`, `"a", "b" or "c"`: every allowed value. */
function listValues(values: readonly unknown[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** Words that YAML 1.1 tools read as true or false, and YAML 1.2 (this tool) as text (y and n too, but those are left alone). */
const YAML11_BOOLEAN = /^(yes|no|on|off)$/i;

function capitalize(s: string): string {
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}
