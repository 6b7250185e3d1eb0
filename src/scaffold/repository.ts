import { Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { ID_PATTERN } from '../schema/common.js';
import { toKebab } from '../text/kebab.js';

/** What `charter init` asks for; what is missing becomes a TODO placeholder. */
export interface InitAnswers {
  /** The organization's name. */
  name?: string | undefined;
  /** The executive who sponsors the organization, e.g. Chief Customer Officer. */
  sponsor?: string | undefined;
  /** The needs of the customers, in the customer's words. */
  needs: string[];
}

/** One customer need with the placeholder department (and its first function) accountable for it. */
export interface Seat {
  needId: string;
  needName: string;
  departmentId: string;
  functionId: string;
}

/** The placeholder need when none is given. */
const NEED_PLACEHOLDER = 'TODO: a need of your customers, e.g. Achieve their business outcomes';

/**
 * The needs as org.yaml will hold them, each with a department accountable for it and a
 * first function in it (so that no rule but placeholder has anything to say yet).
 */
export function seatsFor(needs: readonly string[]): Seat[] {
  const names = needs.length > 0 ? needs : [NEED_PLACEHOLDER];
  const taken = new Set<string>();
  return names.map((needName, i) => {
    const n = i + 1;
    let needId = needs.length > 0 ? kebab(needName) : '';
    if (!ID_PATTERN.test(needId) || taken.has(needId)) needId = `need-${n}`;
    taken.add(needId);
    return { needId, needName, departmentId: `department-${n}`, functionId: `function-${n}` };
  });
}

/** `org.yaml`: the organization, its customers' needs, and a department for each. */
export function orgText(answers: InitAnswers, seats: readonly Seat[], schemaPath: string): string {
  const doc = new Document({
    name: answers.name ?? "TODO: your Customer Success organization's name",
    executiveSponsor: answers.sponsor ?? 'TODO: the executive who sponsors it, e.g. Chief Customer Officer',
    customerNeeds: seats.map((s) => ({ id: s.needId, name: s.needName })),
    departments: seats.map((s) => ({
      id: s.departmentId,
      name: `TODO: the department accountable for "${s.needId}"`,
      need: s.needId,
      lead: 'TODO: the role that leads it, e.g. VP of Client Outcomes',
    })),
    externalTeams: [],
  });
  doc.commentBefore = [
    ` yaml-language-server: $schema=${schemaPath}`,
    ' The organization every charter in this directory belongs to. Replace each TODO',
    ' (and the ids department-1, ...), then run: charter lint',
  ].join('\n');
  const root = doc.contents as YAMLMap;
  const comment = (key: string, text: string): void => {
    const node = root.items.find((p) => (p.key as { value?: unknown }).value === key);
    if (node) (node.key as { commentBefore?: string }).commentBefore = ` ${text}`;
  };
  comment('customerNeeds', 'What customers need from you. Each need must have a department accountable for it.');
  comment('departments', 'Each customer-facing department answers one need; internal ones (internal: true) serve the others.');
  comment('externalTeams', 'Teams outside Customer Success that charters depend on, e.g. { id: product, name: Product }.');
  (root.get('externalTeams', true) as unknown as YAMLSeq).flow = true;
  return doc.toString({ lineWidth: 0 }).replace(/\n(# (?:What customers|Each customer-facing|Teams outside))/g, '\n\n$1');
}

/** `charter.config.yaml`: where the charters are, and room for the team's own settings. */
export function configText(chartersDir: string, schemaPath: string): string {
  return [
    `# yaml-language-server: $schema=${schemaPath}`,
    '# charter lint reads this file from here or any directory below (docs/configuration.md).',
    `charters: ${chartersDir}`,
    '# Files to leave out, in .gitignore syntax, e.g.:',
    `# ignore: [${chartersDir}/drafts/]`,
    '# Each rule: off, warn or error (charter rules lists them), e.g.:',
    '# rules:',
    '#   placeholder: error',
    '',
  ].join('\n');
}

/** A GitHub Actions workflow: annotations on the pull request, and SARIF for code scanning. */
export function workflowText(chartersDir: string): string {
  return `# Lints the charters on every pull request and push to main. Needs charter in
# package.json's devDependencies (see charter's README, "Use it in your repository").
name: charters
on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read
  security-events: write # to upload SARIF to code scanning

jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - name: Lint charters (annotations on the pull request)
        run: npx charter lint ${chartersDir}
      - name: Lint charters for code scanning
        if: always()
        run: npx charter lint ${chartersDir} --format sarif --output-file charter.sarif
      - name: Upload to code scanning
        if: always() && hashFiles('charter.sarif') != ''
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: charter.sarif
          category: charter
`;
}

/** `.pre-commit-config.yaml`: a hook that runs the charter installed in node_modules. */
export function preCommitText(chartersDir: string): string {
  const escaped = chartersDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `# pre-commit (https://pre-commit.com): run "pre-commit install" once, then every
# commit that changes a charter is linted. This hook runs the charter installed in
# node_modules (npm install first); charter's README shows the other way, by its
# repository URL.
repos:
  - repo: local
    hooks:
      - id: charter-lint
        name: charter lint
        entry: npx --no-install charter lint
        language: system
        files: ^${escaped}/.*\\.ya?ml$
        require_serial: true
`;
}

/** A need's id from its words: the first four, in kebab-case. */
function kebab(text: string): string {
  return toKebab(text).split('-').slice(0, 4).join('-');
}
