import { Chalk } from 'chalk';
import { loadConfig, type CharterConfig } from '../../config/load.js';
import { wrap } from '../../text/wrap.js';
import { drawTable } from '../../text/table.js';
import { displayWidth } from '../../text/width.js';
import type { RuleLevel, Severity } from '../../findings/finding.js';
import { ruleDocsUrl } from '../../format/links.js';
import { rules as allRules } from '../../rules/index.js';
import type { RuleMeta } from '../../rules/types.js';
import { effectiveLevel, effectiveOptions } from '../../config/settings.js';
import { ExitCode } from '../exit-codes.js';
import { wantsColor, type CliIO } from '../io.js';
import { printable, printableJson } from '../../text/printable.js';

/** `charter rules`'s options as commander parses them. */
export interface RulesOptionsFromCli {
  format: 'table' | 'json';
  config?: string;
}

/** Terminal width assumed when the output is not a terminal. */
const DEFAULT_WIDTH = 100;

/** One rule as `charter rules` shows it (and the shape of `--format json`). */
export interface RuleRow {
  id: string;
  /** The level in force: the configuration's, else the default. */
  severity: RuleLevel;
  defaultSeverity: Severity;
  /** False for yaml-syntax and schema. */
  canBeTurnedOff: boolean;
  /** The options in force (the configuration's over the defaults); null for a rule without options. */
  options: Record<string, unknown> | null;
  description: string;
  docs: string;
}

/** `charter rules`: prints every rule with its effective severity and options. */
export async function runRules(options: RulesOptionsFromCli, io: CliIO): Promise<ExitCode> {
  const config = await loadConfig(io.cwd, options.config);
  const rows = ruleRows(config);
  if (options.format === 'json') {
    io.stdout.write(`${printableJson(JSON.stringify(rows, null, 2))}\n`);
  } else {
    io.stdout.write(rulesTable(rows, config, { color: wantsColor(io.stdout, io.env), width: io.stdout.columns ?? DEFAULT_WIDTH }));
  }
  return ExitCode.Ok;
}

/** Every rule, in index order, as the configuration sets it. */
export function ruleRows(config: CharterConfig): RuleRow[] {
  return allRules.map((rule) => {
    const options = effectiveOptions(rule, config.settings) as Record<string, unknown> | undefined;
    return {
      id: rule.meta.id,
      severity: effectiveLevel(rule, config.settings),
      defaultSeverity: rule.meta.defaultSeverity,
      canBeTurnedOff: rule.meta.fixedSeverity !== true,
      options: options ?? null,
      // Options that change what the rule reports change what it says it reports.
      description: describeWith(rule.meta as RuleMeta<unknown>, options),
      docs: ruleDocsUrl(rule.meta.id),
    };
  });
}

/** What the rule says it reports with these options: options that change what it reports change what it says. */
function describeWith(meta: RuleMeta<unknown>, options: unknown): string {
  if (meta.describe === undefined || JSON.stringify(options) === JSON.stringify(meta.options?.defaults)) return meta.description;
  return meta.describe(options);
}

/** The rules as a table sized to `width` columns, then where the severities come from. */
export function rulesTable(rows: readonly RuleRow[], config: CharterConfig, options: { color: boolean; width: number }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const cells = rows.map((r) => [r.id, severityText(r), optionsText(r.options), printable(r.description)]);
  const head = ['Rule', 'Severity', 'Options', 'Description'];
  const natural = head.map((h, i) => Math.max(displayWidth(h), ...cells.flatMap((c) => c[i]!.split('\n').map(displayWidth))));
  const chrome = 5 + 4 * 2;
  const room = Math.max(options.width - chrome, 70);
  const id = Math.min(natural[0]!, 28);
  const severity = natural[1]!;
  const opts = Math.min(natural[2]!, Math.max(12, Math.floor((room - id - severity) / 3)));
  const description = Math.max(20, Math.min(natural[3]!, room - id - severity - opts));
  const widths = [id, severity, opts, description];
  const text = drawTable({
    head: head.map((h) => chalk.bold(h)),
    rows: rows.map((row, r) =>
      cells[r]!.map((text, i) => {
        const lines = wrap(text, widths[i]!);
        if (i === 1) lines[0] = paint(chalk, row.severity, lines[0]!);
        return lines.join('\n');
      }),
    ),
    widths,
    // A rule under the header only: the table stays as short as the list of rules.
    rowRules: false,
  });
  const source = config.displayPath !== undefined ? `severities and options from ${printable(config.displayPath)}` : 'default severities (no charter.config.yaml here)';
  return `${text}\n${rows.length} rules; ${source}. Each rule's page: docs/rules/<rule>.md\n`;
}

function severityText(row: RuleRow): string {
  if (!row.canBeTurnedOff) return `${row.severity} (always)`;
  return row.severity === row.defaultSeverity ? row.severity : `${row.severity} (default ${row.defaultSeverity})`;
}

function optionsText(options: Record<string, unknown> | null): string {
  if (options === null) return '';
  return Object.entries(options)
    .map(([k, v]) => printable(`${k}: ${Array.isArray(v) ? v.map(String).join(', ') : String(v)}`))
    .join('\n');
}

function paint(chalk: InstanceType<typeof Chalk>, level: RuleLevel, text: string): string {
  return level === 'error' ? chalk.red(text) : level === 'warn' ? chalk.yellow(text) : chalk.gray(text);
}
