/** The inbox: notifications for the signed-in person. */
export default function InboxPage() {
  return null;
}
