/**
 * Architecture rule 6 (ARCHITECTURE.md, "the web app gets the answers, not the rules"): the web app decides nothing
 * from the signed-in person's role. What a person may do comes from the server as abilities (GET /api/v1/me, and each
 * record's `abilities`). Showing the role's name is display, not a decision: `roleLabel(intl, user.role)` is allowed.
 *
 * Pure, so it is tested on its own (scripts/web-role-rule.test.ts). Returns one message per decision found.
 */

/** The user-role codes that are not also meeting-participant codes ('student' is both, so it is not listed). */
const ROLE_CODES = ['district_admin', 'principal', 'case_manager', 'teacher', 'provider', 'guardian'];

const RULES: { re: RegExp; why: string }[] = [
  // user.role, session.user.role, me.role, state.user.role … — anywhere but as the argument of roleLabel(…).
  { re: /\b(?:user|me|account|viewer|currentUser)\??\.role\b/g, why: "reads the signed-in person's role" },
  // const { role } = user / useUser()
  {
    re: /\{[^{}]*\brole\b[^{}]*\}\s*=\s*(?:useUser\(\)|[\w.]*\buser\b)/g,
    why: "destructures the signed-in person's role",
  },
  // role tables from the server's domain: ROLES, STAFF_ROLES, isStaffRole(…), a Set or list of roles tested with .has/.includes
  { re: /\b(?:ROLES|STAFF_ROLES|isStaffRole)\b/g, why: 'uses the server’s role list' },
  { re: /\b[A-Z_]*ROLES?\.(?:has|includes)\(\s*(?:user|me)\b/g, why: "tests the person's role against a list" },
  // a user-role code written out in code: compared, switched on, or put in a list (single quotes or a template, as
  // the code is written; a JSX attribute's double quotes, such as className="card guardian", are markup)
  { re: new RegExp(`(['\`])(?:${ROLE_CODES.join('|')})\\1`, 'g'), why: 'names a role code' },
];

/** Text that is display, not decision, removed before matching: the role's label, and comments. */
function withoutAllowed(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`])\/\/[^\n]*/g, (m, p: string) => p + ' '.repeat(m.length - p.length))
    .replace(/\broleLabel\(\s*\w+\s*,\s*[\w.?]+\.role\s*\)/g, (m) => ' '.repeat(m.length));
}

export function roleDecisions(source: string): string[] {
  const text = withoutAllowed(source);
  const found: string[] = [];
  for (const { re, why } of RULES) {
    for (const m of text.matchAll(re)) {
      const line = text.slice(0, m.index).split('\n').length;
      found.push(`line ${line}: ${why} (\`${m[0].trim()}\`); decide from the abilities the server sends`);
    }
  }
  return found;
}
