import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Location, Severity } from '../findings/finding.js';
import { PROJECT_URL, ruleDocsUrl } from './links.js';
import { pathFromRoot } from './paths.js';
import type { Formatter, Report, RuleDescriptor } from './types.js';
import { printableJson } from '../text/printable.js';

/** The SARIF version written, and the schema that describes it. */
const SARIF_VERSION = '2.1.0';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The base of relative artifact URIs: the repository root (GitHub code scanning resolves it to the checkout). */
export const SRCROOT = '%SRCROOT%';

/**
 * `--format sarif`: a SARIF 2.1.0 log with one run, as GitHub code scanning accepts it.
 * `tool.driver.rules` lists every rule (in index order, so `ruleIndex` points into it),
 * each with its docs page; each finding is a result located relative to the repository root.
 */
export const sarif: Formatter = (report) => {
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: 'charter',
            version: report.version,
            semanticVersion: report.version,
            informationUri: PROJECT_URL,
            rules: report.rules.map(ruleDescriptor),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f) => result(f, ruleIndex.get(f.rule), report)),
      },
    ],
  };
  return `${printableJson(JSON.stringify(log, null, 2))}\n`;
};

function ruleDescriptor(rule: RuleDescriptor): Record<string, unknown> {
  const helpUri = ruleDocsUrl(rule.id);
  const level = rule.level === 'off' ? rule.defaultSeverity : rule.level;
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: {
      text: `${rule.description} Default severity: ${word(rule.defaultSeverity)}; set it in charter.config.yaml (rules: ${rule.id}: off, warn or error).`,
    },
    helpUri,
    help: {
      text: `What ${rule.id} reports, why it matters, examples and options: ${helpUri}`,
      markdown: `What **${rule.id}** reports, why it matters, examples and options: [docs/rules/${rule.id}.md](${helpUri})`,
    },
    defaultConfiguration: { level: sarifLevel(level), enabled: rule.level !== 'off' },
  };
}

function result(f: Finding, ruleIndex: number | undefined, report: Report): Record<string, unknown> {
  return {
    ruleId: f.rule,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: sarifLevel(f.severity),
    message: f.help === undefined ? { text: f.message } : { text: `${f.message}. Help: ${f.help}`, markdown: `${markdownText(f.message)}\n\n**Help:** ${markdownText(f.help)}` },
    locations: [physicalLocation(f, report)],
    ...(f.related !== undefined ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, ...physicalLocation(r, report) })) } : {}),
  };
}

/** Text quoted from charters, safe in SARIF markdown: markdown's special characters escaped. */
function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>]/g, (ch) => `\\${ch}`);
}

/** A SARIF physical location: the file relative to the repository root (or a file URI outside it), and the region. */
function physicalLocation(at: Location, report: Report): Record<string, unknown> {
  const fromRoot = pathFromRoot(at.file, report);
  const artifactLocation =
    fromRoot !== undefined
      ? { uri: fromRoot.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT }
      : { uri: pathToFileURL(path.resolve(report.cwd, at.file)).href };
  return {
    physicalLocation: {
      artifactLocation,
      region: { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn },
    },
  };
}

function sarifLevel(severity: Severity): 'error' | 'warning' {
  return severity === 'error' ? 'error' : 'warning';
}

function word(severity: Severity): string {
  return severity === 'error' ? 'error' : 'warning';
}
