/** Shared zod schemas for the HTTP layer, declared in src/api (the contract the web shares) and re-exported here. */
export { problemSchema } from '../api/problem';
export { idParams, uuidParam } from '../api/params';
