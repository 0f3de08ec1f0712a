/** Moved to web/src/ui/StaleNotice.tsx; this path is kept for the importers not yet moved. */
export { StaleNotice } from '../ui/StaleNotice';
