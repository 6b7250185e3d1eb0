import type { RegisterCommand } from './register.js';

// NOT IMPLEMENTED YET: `charter rules` is registered by the issue that builds it.
/** `charter rules`. */
export const registerRules: RegisterCommand = () => {};
