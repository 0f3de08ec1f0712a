/** The mail outbox, for administrators: what was (or would have been) mailed. */
export default function OutboxPage() {
  return null;
}
