import type { z } from 'zod';
import type { Severity } from '../findings/finding.js';
import type { SourceFile } from '../load/source.js';
import type { LocateTarget, NodePath } from '../locate/locator.js';
import type { CharterFile, OrgModel } from '../model/model.js';

/** What every rule declares about itself (ESLint's rule-module shape). */
export interface RuleMeta<Options = undefined> {
  /** kebab-case id, equal to the file name in src/rules/ and docs/rules/. */
  id: string;
  /** One line: what the rule reports, with its default options. */
  description: string;
  /** The description for other options than the defaults (`charter rules` shows it), when they change what it says. */
  describe?: (options: Options) => string;
  defaultSeverity: Severity;
  /**
   * True when the configuration can neither turn the rule off nor change its severity:
   * it always runs at `defaultSeverity` (yaml-syntax, schema).
   */
  fixedSeverity?: boolean;
  /**
   * Why a `# charter-disable` comment cannot suppress this rule's findings (shown to the
   * user when one tries); undefined for a rule whose findings may be suppressed.
   */
  unsuppressible?: string;
  /**
   * What the paths of the rule's reports are paths of. `data` (the default): the data
   * the rules see after the schema stage salvaged what it could; the engine maps them
   * to the file and drops reports under a path the schema stage dropped. `file`: the
   * document as written (yaml-syntax and schema report on what was dropped).
   */
  reportsOn?: 'data' | 'file';
  /**
   * Message templates by message id; `{{name}}` is replaced by the report's data. A
   * message states the problem in a short sentence that quotes the bad value.
   */
  messages: Record<string, string>;
  /** Help templates by message id: how to fix the problem (same data as the message). */
  help?: Record<string, string>;
  /** The rule's options: their schema (zod) and defaults. */
  options?: { schema: z.ZodType<Options>; defaults: Options };
}

/** One problem a rule found, before it is located and given a severity. */
export interface Report {
  source: SourceFile;
  /** Where in the document: the node at this path (or its nearest ancestor that exists). */
  path?: NodePath;
  /** Point at the key rather than the value. */
  target?: LocateTarget;
  /** Offsets [start, end) in the text, for problems found before there was a document. */
  range?: [number, number];
  messageId: string;
  data?: Record<string, string | number>;
  /**
   * Other places the problem is about (the other activity of an overlap): the finding
   * shows them, a suppression comment at any of them covers it, and linting only their
   * file still reports it.
   */
  related?: { source: SourceFile; path: NodePath; target?: LocateTarget }[];
}

/** What a rule's check receives besides what it checks. */
export interface RuleContext<Options> {
  options: Options;
  report(report: Report): void;
  /** `charters/csm.yaml:4`: where a node is, for messages that point to a first definition. */
  where(source: SourceFile, path: NodePath): string;
}

/** A rule that sees one charter at a time. */
export interface FileRule<Options = undefined> {
  scope: 'file';
  meta: RuleMeta<Options>;
  check(file: CharterFile, context: RuleContext<Options>, model: OrgModel): void;
}

/** A rule that sees the whole organization. */
export interface OrgRule<Options = undefined> {
  scope: 'org';
  meta: RuleMeta<Options>;
  check(model: OrgModel, context: RuleContext<Options>): void;
}

/**
 * The rule the engine reports problems with suppression comments under
 * (unused-suppression): it has no check, because only the engine knows, once the other
 * rules' findings are filtered, which comments suppressed nothing.
 */
export interface SuppressionRule {
  scope: 'suppressions';
  meta: RuleMeta<undefined>;
}

/** Any rule, whatever its options. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Rule = FileRule<any> | OrgRule<any> | SuppressionRule;

/** Identity functions that give rule modules their types. */
export function defineFileRule<Options = undefined>(rule: Omit<FileRule<Options>, 'scope'>): FileRule<Options> {
  return { scope: 'file', ...rule };
}
export function defineOrgRule<Options = undefined>(rule: Omit<OrgRule<Options>, 'scope'>): OrgRule<Options> {
  return { scope: 'org', ...rule };
}
export function defineSuppressionRule(rule: Omit<SuppressionRule, 'scope'>): SuppressionRule {
  return { scope: 'suppressions', ...rule };
}

/** Fills a message template: `{{name}}` becomes `data.name`. */
export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (data && key in data ? String(data[key]) : whole));
}
