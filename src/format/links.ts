/**
 * Where charter's documentation lives on the web: the one place this address is
 * written (SARIF's informationUri and each rule's helpUri are built from it).
 */
export const PROJECT_URL = 'https://github.com/charter-cli/charter';

/** The web page of the documentation file `docs/<page>` (e.g. `rules/placeholder.md`). */
export function docsUrl(page: string): string {
  return `${PROJECT_URL}/blob/main/docs/${page}`;
}

/** The web page of a rule: its docs/rules/<id>.md. */
export function ruleDocsUrl(ruleId: string): string {
  return docsUrl(`rules/${ruleId}.md`);
}
