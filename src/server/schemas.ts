/** Shared zod schemas for the HTTP layer. */
import { z } from 'zod';

export { problemSchema } from '../api/problem';

export const uuidParam = z.uuid({ message: 'Must be a UUID.' });
export const idParams = z.strictObject({ id: uuidParam });
