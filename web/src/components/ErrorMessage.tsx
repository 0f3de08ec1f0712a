/** Moved to web/src/ui/ErrorMessage.tsx; this path is kept for the importers not yet moved. */
export { ErrorMessage } from '../ui/ErrorMessage';
