/** Moved to web/src/ui/StatusBadge.tsx; this path is kept for the importers not yet moved. */
export { StatusBadge } from '../ui/StatusBadge';
