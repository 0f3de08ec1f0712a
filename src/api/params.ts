/** Path parameters every route shares (zod): ids are UUIDs, refused as 400 naming the field otherwise. */
import { z } from 'zod';

export const uuidParam = z.uuid({ message: 'Must be a UUID.' });
export const idParams = z.strictObject({ id: uuidParam });
