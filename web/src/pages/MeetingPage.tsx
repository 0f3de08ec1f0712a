/** One meeting: purpose, time, place, team and the required-member check, notice, contact attempts, attendance, minutes. */
export default function MeetingPage() {
  return null;
}
