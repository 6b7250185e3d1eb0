import { z } from 'zod';

/** Every id in the format: kebab-case. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An id: lowercase letters and digits in words joined by single hyphens. */
export const id = (description: string) =>
  z.string().regex(ID_PATTERN).meta({ description: `${description} Kebab-case: lowercase letters, digits and single hyphens, e.g. "client-outcomes".` });

/** Text a person writes: a non-empty string. */
export const text = (description: string) => z.string().min(1).meta({ description });

/** A list of ids. */
export const idList = (description: string) => z.array(z.string().regex(ID_PATTERN)).meta({ description });

/** Prefix of keys users may add for their own extensions; never validated. */
export const EXTENSION_PREFIX = 'x-';
