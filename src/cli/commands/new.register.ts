import type { RegisterCommand } from './register.js';

// NOT IMPLEMENTED YET: `charter new` is registered by the issue that builds it.
/** `charter new`. */
export const registerNew: RegisterCommand = () => {};
