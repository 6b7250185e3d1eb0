import type { RegisterCommand } from './register.js';

// NOT IMPLEMENTED YET: `charter deps` is registered by the issue that builds it.
/** `charter deps`. */
export const registerDeps: RegisterCommand = () => {};
