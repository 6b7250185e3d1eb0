import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { UserError } from '../errors.js';
import { specialFileKind } from '../files/guard.js';
import { defaultSettings, type RuleSetting } from './settings.js';
import { describeFsError } from '../load/discover.js';
import { parseText, toDisplayPath } from '../load/parse.js';
import { Locator, type LocateTarget, type NodePath } from '../locate/locator.js';
import { rules as allRules } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { EXTENSION_PREFIX } from '../schema/common.js';
import { describeValue } from '../schema/describe-value.js';
import { didYouMean } from '../text/suggest.js';
import { findConfigFile } from './discover.js';
import { configSchemaFor, DEFAULT_CHARTERS_DIR, RULE_LEVELS, type ConfigFile } from './schema.js';

/** The configuration in force: from `charter.config.yaml`, or the defaults. */
export interface CharterConfig {
  /** The file read (absolute), undefined when there is none. */
  file: string | undefined;
  /** The file as users see it (relative to the working directory), undefined when there is none. */
  displayPath: string | undefined;
  /** The charters directory, absolute. */
  chartersDir: string;
  /** True when the configuration names the charters directory (rather than the default). */
  chartersFromConfig: boolean;
  /** Every rule's effective level and options. */
  settings: Map<string, RuleSetting>;
  /** `ignore:` patterns (gitignore syntax), relative to `ignoreBase`. */
  ignore: string[];
  /** The directory `ignore:` patterns are relative to: the configuration's. */
  ignoreBase: string;
}

/** A problem in the configuration, at a path of its document. */
interface ConfigProblem {
  path: NodePath;
  target: LocateTarget;
  message: string;
}

/**
 * Finds and reads the configuration: `explicitPath` (`--config`), else the nearest
 * `charter.config.yaml` from `cwd` up to the repository root, else the defaults.
 * @throws UserError (exit 2) naming file:line:column for every problem in the file.
 */
export async function loadConfig(cwd: string, explicitPath?: string, rules: readonly Rule[] = allRules): Promise<CharterConfig> {
  const file = explicitPath !== undefined ? path.resolve(cwd, explicitPath) : await findConfigFile(cwd);
  if (file === undefined) {
    return {
      file: undefined,
      displayPath: undefined,
      chartersDir: path.resolve(cwd, DEFAULT_CHARTERS_DIR),
      chartersFromConfig: false,
      settings: defaultSettings(rules),
      ignore: [],
      ignoreBase: path.resolve(cwd),
    };
  }
  const displayPath = toDisplayPath(file, cwd);
  // A pipe or a device is never opened: reading a pipe with no writer would wait forever.
  const special = await specialFileKind(file);
  if (special !== undefined) {
    throw new UserError(
      explicitPath !== undefined
        ? `--config ${explicitPath} is not a regular file (${special}); give a file`
        : `${displayPath} is not a regular file (${special}); make it a file, or remove it`,
    );
  }
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const reason = describeFsError(err, 'unreadable');
    throw new UserError(
      explicitPath !== undefined && reason === 'no such file or directory'
        ? `--config ${explicitPath}: no such file`
        : `${displayPath}: cannot read the configuration (${reason})`,
    );
  }
  const parsed = parseConfigText(text, displayPath, rules);
  return {
    file,
    displayPath,
    chartersDir: path.resolve(path.dirname(file), parsed.charters ?? DEFAULT_CHARTERS_DIR),
    chartersFromConfig: parsed.charters !== undefined,
    settings: parsed.settings,
    ignore: parsed.ignore ?? [],
    ignoreBase: path.dirname(file),
  };
}

/**
 * Checks a configuration's text and works out every rule's setting.
 * @throws UserError with one `file:line:column: message` line per problem.
 */
export function parseConfigText(
  text: string,
  displayPath: string,
  rules: readonly Rule[] = allRules,
): { charters: string | undefined; ignore: string[] | undefined; settings: Map<string, RuleSetting> } {
  const source = parseText({ path: displayPath, kind: 'charter' }, displayPath, text);
  const locator = new Locator(source.doc, source.lineCounter, source.text);
  const fail = (problems: { line: number; column: number; message: string }[]): never => {
    const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
    throw new UserError(sorted.map((p) => `${displayPath}:${p.line}:${p.column}: ${p.message}`));
  };
  if (source.syntaxProblems.length > 0) {
    fail(
      source.syntaxProblems.map((p) => {
        const at = p.range !== undefined ? locator.fromOffsets(p.range[0], p.range[1]) : { line: 1, column: 1 };
        const help = p.help !== undefined ? `; ${p.help}` : '';
        return { line: at.line, column: at.column, message: `${p.message}${help} (the configuration must be well-formed YAML)` };
      }),
    );
  }
  const data = stripExtensions(source.data ?? {});
  const schema = configSchemaFor(rules);
  const result = schema.safeParse(data);
  if (!result.success) {
    const problems = describeIssues(result.error.issues, data, rules);
    fail(problems.map((p) => ({ ...locator.locate(p.path, p.target), message: p.message })));
  }
  const config = (result as { data: ConfigFile }).data;

  const settings = defaultSettings(rules);
  const problems: ConfigProblem[] = [];
  for (const rule of rules) {
    const entry = config.rules?.[rule.meta.id];
    if (entry === undefined) continue;
    const [level, given] = typeof entry === 'string' ? [entry, undefined] : [entry[0], entry[1]];
    let options: unknown = rule.meta.options?.defaults;
    if (given !== undefined && rule.meta.options !== undefined) {
      const merged = rule.meta.options.schema.safeParse({ ...(rule.meta.options.defaults as object), ...given });
      if (merged.success) options = merged.data;
      else problems.push(...describeOptionIssues(rule, merged.error.issues, given, ['rules', rule.meta.id, 1]));
    }
    settings.set(rule.meta.id, { level, options });
  }
  if (problems.length > 0) fail(problems.map((p) => ({ ...locator.locate(p.path, p.target), message: p.message })));
  return { charters: config.charters, ignore: config.ignore, settings };
}

// ---------------------------------------------------------------------------
// Messages

const SETTINGS = ['charters', 'ignore', 'rules'];

function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown, rules: readonly Rule[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const ruleIds = rules.map((r) => r.meta.id);
  const described = new Set<string>();
  for (const issue of issues) {
    const p = issue.path as (string | number)[];
    const [first, second] = p;
    if (first === undefined) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const hint = ruleIds.includes(key) ? '; rules go under "rules:"' : didYouMean(key, SETTINGS) || '; the settings are "charters", "ignore" and "rules"';
          problems.push({ path: [key], target: 'key', message: `"${key}" is not a setting of charter's configuration${hint}` });
        }
      } else {
        problems.push({ path: [], target: 'value', message: `the configuration should be a mapping of settings (charters: and rules:), got ${describeValue(data)}` });
      }
    } else if (first === 'charters') {
      const value = valueAt(data, ['charters']);
      problems.push({
        path: ['charters'],
        target: 'value',
        message:
          typeof value === 'string'
            ? '"charters" is empty; write the charters directory, such as charters'
            : `"charters" should be the path of the charters directory, such as charters, got ${describeValue(value)}`,
      });
    } else if (first === 'ignore') {
      if (!described.has('ignore')) {
        described.add('ignore');
        problems.push({
          path: second === undefined ? ['ignore'] : ['ignore', second],
          target: 'value',
          message: `"ignore" should be a list of file patterns in .gitignore syntax, such as [charters/drafts/], got ${describeValue(valueAt(data, second === undefined ? ['ignore'] : ['ignore', second]))}`,
        });
      }
    } else if (first === 'rules' && second === undefined) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          problems.push({
            path: ['rules', key],
            target: 'key',
            message: `"${key}" is not a rule${didYouMean(key, ruleIds) || '; run "charter rules" to list them'}`,
          });
        }
      } else {
        problems.push({
          path: ['rules'],
          target: 'value',
          message: `"rules" should be a mapping of rule ids to off, warn or error, got ${describeValue(valueAt(data, ['rules']))}`,
        });
      }
    } else if (first === 'rules' && typeof second === 'string' && !described.has(second)) {
      described.add(second);
      const rule = rules.find((r) => r.meta.id === second);
      if (rule !== undefined) problems.push(...describeRuleEntry(rule, valueAt(data, ['rules', second])));
    }
  }
  return problems;
}

/** Severities people write out of habit (ESLint's numbers, "warning"), and what charter calls them. */
const LEVEL_ALIASES: Record<string, string> = { '0': 'off', '1': 'warn', '2': 'error', warning: 'warn', none: 'off', false: 'off', err: 'error' };

/** Why a rule's entry is not valid. */
export function describeRuleEntry(rule: Rule, raw: unknown): ConfigProblem[] {
  const id = rule.meta.id;
  const base: NodePath = ['rules', id];
  const shape = rule.meta.options
    ? `off, warn or error, or [warn, { ${Object.keys(rule.meta.options.defaults as object).join(', ')}: ... }]`
    : 'off, warn or error';
  if (Array.isArray(raw) && (raw.length === 0 || raw.length > 2)) {
    return [{ path: base, target: 'value', message: `rule "${id}" should be ${shape}` }];
  }
  const [level, levelPath] = Array.isArray(raw) ? [raw[0] as unknown, [...base, 0]] : [raw, base];
  const problems: ConfigProblem[] = [];
  if (typeof level !== 'string' || !(RULE_LEVELS as readonly string[]).includes(level)) {
    const alias = LEVEL_ALIASES[String(level)];
    const hint = alias !== undefined ? `; did you mean "${alias}"?` : typeof level === 'string' ? didYouMean(level, RULE_LEVELS) : '';
    const what = typeof level === 'string' ? `"${level}"` : describeValue(level);
    problems.push({
      path: levelPath,
      target: 'value',
      message: `${what} is not a severity for rule "${id}"; use ${rule.meta.fixedSeverity ? rule.meta.defaultSeverity : shape}${hint}`,
    });
  } else if (rule.meta.fixedSeverity && level !== rule.meta.defaultSeverity) {
    problems.push({
      path: levelPath,
      target: 'value',
      message: `rule "${id}" cannot be turned off or set to warn: the other rules cannot check a file it rejects; remove "${id}" from the configuration`,
    });
  }
  if (Array.isArray(raw) && raw.length === 2) {
    const given = raw[1] as unknown;
    if (rule.meta.options === undefined) {
      problems.push({ path: [...base, 1], target: 'value', message: `rule "${id}" has no options; write just the severity (${id}: ${typeof level === 'string' ? level : 'warn'})` });
    } else if (typeof given !== 'object' || given === null || Array.isArray(given)) {
      problems.push({ path: [...base, 1], target: 'value', message: `the options of rule "${id}" should be a mapping such as { ${firstOptionExample(rule)} }, got ${describeValue(given)}` });
    } else {
      const merged = rule.meta.options.schema.safeParse({ ...(rule.meta.options.defaults as object), ...given });
      if (!merged.success) problems.push(...describeOptionIssues(rule, merged.error.issues, given, [...base, 1]));
    }
  }
  if (problems.length === 0) problems.push({ path: base, target: 'value', message: `rule "${id}" should be ${shape}` });
  return problems;
}

function describeOptionIssues(rule: Rule, issues: readonly z.core.$ZodIssue[], given: unknown, base: NodePath): ConfigProblem[] {
  const id = rule.meta.id;
  const optionNames = Object.keys((rule.meta.options?.defaults as object | undefined) ?? {});
  return issues.flatMap((issue): ConfigProblem[] => {
    const p = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...base, ...p, key],
        target: 'key' as const,
        message: `"${key}" is not an option of rule "${id}"${didYouMean(key, optionNames) || `; its options are ${optionNames.map((o) => `"${o}"`).join(', ')}`}`,
      }));
    }
    const received = valueAt(given, p);
    const name = p.length === 0 ? 'the options' : `option "${p.filter((s) => typeof s === 'string').join('.')}"${p.some((s) => typeof s === 'number') ? ` (item ${Number(p.findLast((s) => typeof s === 'number')) + 1})` : ''}`;
    return [{ path: [...base, ...p], target: 'value', message: `${name} of rule "${id}" ${describeOptionProblem(issue, received)}` }];
  });
}

function describeOptionProblem(issue: z.core.$ZodIssue, received: unknown): string {
  const got = `, got ${describeValue(received)}`;
  switch (issue.code) {
    case 'invalid_type': {
      const expected: Record<string, string> = { number: 'a number', string: 'text', array: 'a list', boolean: 'true or false', object: 'a mapping' };
      return `should be ${expected[issue.expected] ?? issue.expected}${got}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `should list at least ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? 'item' : 'items'}`;
      if (issue.origin === 'string') return 'should not be empty';
      return `should be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}${got}`;
    case 'too_big':
      if (issue.origin === 'array') return `should list at most ${String(issue.maximum)} items`;
      return `should be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}${got}`;
    case 'invalid_value':
      return `should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${got}`;
    default:
      return `is not valid (${issue.message})${got}`;
  }
}

function firstOptionExample(rule: Rule): string {
  const [name, value] = Object.entries((rule.meta.options?.defaults as Record<string, unknown> | undefined) ?? {})[0] ?? ['option', '...'];
  return `${name}: ${JSON.stringify(value)}`;
}

function valueAt(data: unknown, p: NodePath): unknown {
  let v = data;
  for (const seg of p) {
    if (Array.isArray(v) && typeof seg === 'number') v = v[seg];
    else if (typeof v === 'object' && v !== null && !Array.isArray(v)) v = Object.hasOwn(v, String(seg)) ? (v as Record<string, unknown>)[String(seg)] : undefined;
    else return undefined;
  }
  return v;
}

/**
 * A copy without the user's own `x-` keys, which are never checked (as in charters).
 * Mappings are copied into null-prototype objects: a key named `__proto__` stays a key
 * (reported as unknown), never the object's prototype.
 */
function stripExtensions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripExtensions);
  if (typeof value === 'object' && value !== null) {
    const out = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) if (!k.startsWith(EXTENSION_PREFIX)) out[k] = stripExtensions(v);
    return out;
  }
  return value;
}
