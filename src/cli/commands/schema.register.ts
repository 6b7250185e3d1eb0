import type { RegisterCommand } from './register.js';

// NOT IMPLEMENTED YET: `charter schema` is registered by the issue that builds it.
/** `charter schema`. */
export const registerSchema: RegisterCommand = () => {};
