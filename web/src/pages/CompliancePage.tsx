/** The district compliance dashboard: deadlines by rule, status and school, SPP indicators 11, 12 and 13. */
export default function CompliancePage() {
  return null;
}
