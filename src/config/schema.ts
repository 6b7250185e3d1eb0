import { z } from 'zod';
import { rules as allRules } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { DEFAULT_CHARTERS_DIR } from './defaults.js';

/** What a rule can be set to in the configuration. */
export const RULE_LEVELS = ['off', 'warn', 'error'] as const;

export { DEFAULT_CHARTERS_DIR } from './defaults.js';

/** The configuration file looked for in the working directory, in this order. */
export const CONFIG_FILE_NAMES = ['charter.config.yaml', 'charter.config.yml'] as const;

/**
 * The options a configuration may give a rule: the rule's own options schema, each
 * option optional (the rule's defaults fill in the rest).
 */
export function optionsInputSchema(rule: Rule): z.ZodType | undefined {
  const schema = rule.meta.options?.schema as z.ZodType | undefined;
  if (schema === undefined) return undefined;
  return schema instanceof z.ZodObject ? schema.partial() : schema;
}

/** One rule's entry under `rules:`: a level, `[level]`, or `[level, { options }]`. */
export function ruleEntrySchema(rule: Rule): z.ZodType {
  const level = rule.meta.fixedSeverity
    ? z.literal(rule.meta.defaultSeverity).meta({ description: `${rule.meta.id} cannot be turned off or set to warn.` })
    : z.enum(RULE_LEVELS).meta({ description: 'off, warn or error.' });
  const options = optionsInputSchema(rule);
  const forms: z.ZodType[] = [level, z.tuple([level])];
  if (options !== undefined) forms.push(z.tuple([level, options.meta({ description: `Options of ${rule.meta.id}; the rule's docs page lists them.` })]));
  return z.union(forms as [z.ZodType, z.ZodType, ...z.ZodType[]]).meta({
    title: rule.meta.id,
    description: `${rule.meta.description} Default: ${rule.meta.defaultSeverity}.`,
  });
}

/**
 * The zod schema of `charter.config.yaml` for a set of rules. The single source of
 * truth for the configuration file: the loader validates with it and `charter schema`
 * writes its JSON Schema (schemas/config.schema.json).
 */
export function configSchemaFor(rules: readonly Rule[]): z.ZodType<ConfigFile> {
  const entries = Object.fromEntries(rules.map((r) => [r.meta.id, ruleEntrySchema(r).optional()]));
  return z
    .strictObject({
      charters: z
        .string()
        .min(1)
        .meta({
          title: 'Charters directory',
          description: `Where the charters live, relative to this file. Default "${DEFAULT_CHARTERS_DIR}".`,
        })
        .optional(),
      ignore: z
        .array(z.string().min(1))
        .meta({
          title: 'Ignored files',
          description: 'Files and directories charter lint leaves out, in .gitignore syntax, relative to this file (e.g. charters/drafts/).',
        })
        .optional(),
      rules: z
        .strictObject(entries)
        .meta({
          title: 'Rules',
          description: 'Severity of each rule (off, warn or error), with options where the rule has some: [warn, { maxShare: 0.3 }].',
        })
        .optional(),
    })
    .meta({ title: 'charter configuration', description: 'charter.config.yaml: where the charters live, which files to leave out, and how each lint rule is set.' }) as unknown as z.ZodType<ConfigFile>;
}

/** A rule's entry as written in the configuration. */
export type RuleEntry = (typeof RULE_LEVELS)[number] | [(typeof RULE_LEVELS)[number]] | [(typeof RULE_LEVELS)[number], Record<string, unknown>];

/** The configuration file's data once valid. */
export interface ConfigFile {
  charters?: string;
  ignore?: string[];
  rules?: Record<string, RuleEntry | undefined>;
}

/** The schema of `charter.config.yaml` for every rule of charter. */
export const configSchema: z.ZodType<ConfigFile> = configSchemaFor(allRules);
