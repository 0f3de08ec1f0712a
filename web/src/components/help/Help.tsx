/** Moved to web/src/ui/Help.tsx; this path is kept for the importers not yet moved. */
export { HELP_TOPICS, Help, HelpRow, type HelpTopic } from '../../ui/Help';
