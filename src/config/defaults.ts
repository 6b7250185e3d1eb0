/**
 * Defaults of the configuration, in a module of their own that loads nothing, so that
 * the command line can show them in its help without loading the rules.
 */

/** The charters directory when neither the command line nor the configuration names one. */
export const DEFAULT_CHARTERS_DIR = 'charters';
