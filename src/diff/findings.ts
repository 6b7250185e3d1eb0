import type { Finding } from '../findings/finding.js';
import type { FindingsDiff } from './types.js';

/** How the files of each side are named when findings are matched (renamed files mapped to their new name). */
export interface FileKeys {
  baseFile: (file: string) => string;
  headFile: (file: string) => string;
}

const SAME_NAME: FileKeys = { baseFile: (f) => f, headFile: (f) => f };

/**
 * What a finding is, for matching across two runs: its file, its rule and its message,
 * never its line (lines move as soon as anything above changes). A file named inside the
 * message ("charters/csm.yaml:21") is named as `fileKey` names it, and without its line,
 * for the same reason.
 */
export function findingKey(finding: Finding, fileKey: (file: string) => string = (f) => f): string {
  const message = finding.message.replace(/([^\s"'(),]+\.ya?ml)(?::\d+(?::\d+)?)?/g, (_, file: string) => fileKey(file));
  return `${fileKey(finding.file)}\u0000${finding.rule}\u0000${message}`;
}

/**
 * The findings of the head that the base did not have (introduced) and those of the
 * base the head no longer has (fixed). Findings are matched by `findingKey`, counting:
 * two identical findings in the head against one in the base make one introduced.
 */
export function diffFindings(base: readonly Finding[], head: readonly Finding[], files: FileKeys = SAME_NAME): FindingsDiff {
  const baseKeys = base.map((f) => findingKey(f, files.baseFile));
  const headKeys = head.map((f) => findingKey(f, files.headFile));
  return {
    introduced: unmatched(head, headKeys, baseKeys),
    fixed: unmatched(base, baseKeys, headKeys),
  };
}

/** The findings whose key is not matched by one of `others` (each of `others` matches once). */
export function unmatched(findings: readonly Finding[], keys: readonly string[], others: readonly string[]): Finding[] {
  const left = new Map<string, number>();
  for (const k of others) left.set(k, (left.get(k) ?? 0) + 1);
  const out: Finding[] = [];
  findings.forEach((f, i) => {
    const k = keys[i]!;
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else out.push(f);
  });
  return out;
}
