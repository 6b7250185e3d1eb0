/** An outcome as people say it: `new-business` reads "new business". */
export function outcomeWords(outcome: string): string {
  return outcome.replace(/-/g, ' ');
}
