/** Moved to web/src/ui/Page.tsx; this path is kept for the importers not yet moved. */
export { useDocumentTitle, PageHeading } from '../ui/Page';
