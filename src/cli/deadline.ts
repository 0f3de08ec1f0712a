import { parseArgs } from 'node:util';
import { isIsoDate } from '../domain/dates';
import { calculateDeadline, DEADLINE_RULES, type DeadlineRule } from '../domain/deadlines';
import { STATE_PROFILE_CODES, stateProfile } from '../domain/state-profiles';

/** `openiep deadline --rule R --from YYYY-MM-DD [--profile P]`: the calculator, on weekdays for school-day rules. */
export function deadlineCommand(args: string[]): Promise<number> {
  return Promise.resolve(deadline(args));
}

function deadline(args: string[]): number {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      rule: { type: 'string' },
      from: { type: 'string' },
      profile: { type: 'string' },
    },
  });
  if (values.help || !values.rule || !values.from) {
    console.log(
      `Usage: openiep deadline --rule RULE --from YYYY-MM-DD [--profile ${STATE_PROFILE_CODES.join('|')}]\n\nRules: ${DEADLINE_RULES.join(', ')}.\nSchool days are counted as weekdays here; the API uses a school's calendar (schoolId).`,
    );
    return values.help ? 0 : 2;
  }
  if (!(DEADLINE_RULES as readonly string[]).includes(values.rule)) {
    console.error(`deadline: unknown rule "${values.rule}"; one of ${DEADLINE_RULES.join(', ')}`);
    return 2;
  }
  if (!isIsoDate(values.from)) {
    console.error('deadline: --from must be a date as YYYY-MM-DD');
    return 2;
  }
  if (values.profile && !(STATE_PROFILE_CODES as readonly string[]).includes(values.profile)) {
    console.error(`deadline: unknown profile "${values.profile}"; one of ${STATE_PROFILE_CODES.join(', ')}`);
    return 2;
  }
  const d = calculateDeadline({
    rule: values.rule as DeadlineRule,
    from: values.from,
    profile: stateProfile(values.profile ?? 'federal'),
  });
  console.log(JSON.stringify(d, null, 2));
  return 0;
}
