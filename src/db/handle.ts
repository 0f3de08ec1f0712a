/**
 * The actor-scoped data handle: the only way features reach the database. Each request gets one,
 * bound to the signed-in actor; its repositories filter by what the actor may see, and `run` executes a
 * use case in one transaction together with its audit entries. `systemHandle` is the separately named
 * elevation for work no person asked for (the scheduler's mail, a roster import, adding a state profile): an
 * explicit actor of its own whose reason (`why`) is written into every audit row it makes.
 */
import { AppError } from '../domain/errors';
import type { AuditAction, AuditOutcome } from '../domain/audit-events';
import type { Actor } from '../policy/actor';
import type { Database, Queryable } from './connect';
import { StudentsRepo } from './students-repo';
import { AuditRepo } from './audit-repo';
import { SchoolsRepo } from './schools-repo';
import { PlansRepo } from './plans-repo';
import { GoalBankRepo } from './goal-bank-repo';
import { CalendarRepo } from './calendar-repo';
import { CaseEventsRepo } from './case-events-repo';
import { MeetingsRepo } from './meetings-repo';
import { ConsentsRepo } from './consents-repo';
import { NotificationsRepo } from './notifications-repo';
import { FamilyRepo } from './family-repo';
import { ProgressRepo } from './progress-repo';
import { SummariesRepo } from './summaries-repo';
import { DistrictRepo } from './district-repo';
import { AccountsRepo } from './accounts-repo';

export interface RequestInfo {
  ip: string | null;
  /** Today's date for the legal clocks (the district's day; config.today()). */
  today: string;
  /** "Due soon" means due within this many days. */
  dueSoonDays?: number;
  /** The district's time zone (IANA), for meeting times (config.timeZone). */
  timeZone?: string;
}

export interface AuditEntry {
  action: AuditAction;
  outcome?: AuditOutcome;
  studentId?: string | null;
  /** Several students at once (one entry each), e.g. a list. */
  studentIds?: readonly string[];
  purpose?: string | null;
  context?: Record<string, unknown>;
}

/** What a use case sees inside its transaction. */
export interface Scope {
  readonly actor: Actor;
  readonly students: StudentsRepo;
  readonly auditLog: AuditRepo;
  readonly schools: SchoolsRepo;
  readonly plans: PlansRepo;
  readonly goalBank: GoalBankRepo;
  readonly calendars: CalendarRepo;
  readonly caseEvents: CaseEventsRepo;
  readonly meetings: MeetingsRepo;
  readonly consents: ConsentsRepo;
  readonly notifications: NotificationsRepo;
  readonly family: FamilyRepo;
  readonly progress: ProgressRepo;
  /** Summaries of performance (34 CFR 300.305(e)(3)). */
  readonly summaries: SummariesRepo;
  /** The actor's district: its settings and the state profiles it may choose. */
  readonly district: DistrictRepo;
  /** People's accounts the actor administers (invitations). */
  readonly accounts: AccountsRepo;
  /** Today's date for the legal clocks (YYYY-MM-DD). */
  readonly today: string;
  readonly dueSoonDays: number;
  /** The district's time zone (IANA), e.g. for a meeting's start instant. */
  readonly timeZone: string;
  readonly ip: string | null;
  audit(entry: AuditEntry): Promise<void>;
}

export interface DataHandle {
  readonly actor: Actor;
  readonly today: string;
  /** A use case that writes: its reads, writes and audit entries commit together or not at all. */
  run<T>(fn: (scope: Scope) => Promise<T>): Promise<T>;
  /**
   * A use case that only reads. It runs without an explicit transaction (two fewer round trips), and its
   * audit entries are written when it has finished and before anything is returned: if they cannot be
   * written, the use case fails and no data leaves the server — the same guarantee as `run` gives a read.
   * `scope` must not be used to write anything but audit entries.
   */
  read<T>(fn: (scope: Scope) => Promise<T>): Promise<T>;
}

/** Who an audit row names: a person (an Actor), the system (role 'system', no user), or nobody known (null). */
interface AuditWho {
  districtId: string | null;
  userId: string | null;
  name: string | null;
  role: string | null;
}

export async function writeAudit(
  q: Queryable,
  actor: Pick<Actor, 'userId' | 'districtId' | 'name' | 'role'> | null,
  info: Pick<RequestInfo, 'ip'>,
  e: AuditEntry,
): Promise<void> {
  await insertAudit(q, actor, info, e);
}

async function insertAudit(
  q: Queryable,
  actor: AuditWho | null,
  info: Pick<RequestInfo, 'ip'>,
  e: AuditEntry,
): Promise<void> {
  const ids = e.studentIds ?? [e.studentId ?? null];
  if (ids.length === 0) return;
  await q.query(
    `INSERT INTO audit_events (district_id, actor_user_id, actor_name, actor_role, student_id, action, outcome, purpose, context, ip)
     SELECT $1, $2, $3, $4, sid, $5, $6, $7, $8::jsonb, $9 FROM unnest($10::uuid[]) AS sid`,
    [
      actor?.districtId ?? null,
      actor?.userId ?? null,
      actor?.name ?? null,
      actor?.role ?? null,
      e.action,
      e.outcome ?? 'success',
      e.purpose ?? null,
      JSON.stringify(e.context ?? {}),
      info.ip,
      ids,
    ],
  );
}

function makeScope(q: Queryable, actor: Actor, info: RequestInfo, audit: (entry: AuditEntry) => Promise<void>): Scope {
  const students = new StudentsRepo(q, actor);
  return {
    actor,
    students,
    caseEvents: new CaseEventsRepo(q, actor),
    meetings: new MeetingsRepo(q, actor),
    consents: new ConsentsRepo(q, actor, students, info.today),
    notifications: new NotificationsRepo(q, actor),
    family: new FamilyRepo(q, actor, students),
    progress: new ProgressRepo(q, actor),
    summaries: new SummariesRepo(q, actor, students),
    district: new DistrictRepo(q, actor),
    accounts: new AccountsRepo(q, actor),
    today: info.today,
    dueSoonDays: info.dueSoonDays ?? 14,
    timeZone: info.timeZone ?? 'America/Los_Angeles',
    ip: info.ip,
    plans: new PlansRepo(q, actor, students),
    goalBank: new GoalBankRepo(q, actor),
    calendars: new CalendarRepo(q, actor),
    auditLog: new AuditRepo(q, actor),
    schools: new SchoolsRepo(q, actor),
    audit,
  };
}

export function createHandle(db: Database, actor: Actor, info: RequestInfo): DataHandle {
  const recordDenied = async (e: unknown) => {
    // A refused attempt is recorded even though the work was rolled back.
    if (e instanceof AppError && e.deniedAudit) {
      const d = e.deniedAudit;
      await db.transaction((tx) =>
        writeAudit(tx, actor, info, {
          action: d.action as AuditAction,
          outcome: 'denied',
          studentId: d.studentId,
          context: d.context ?? {},
        }),
      );
    }
  };
  return {
    actor,
    today: info.today,
    async read<T>(fn: (scope: Scope) => Promise<T>): Promise<T> {
      const pending: AuditEntry[] = [];
      let result: T;
      try {
        result = await fn(
          makeScope(db, actor, info, (entry) => {
            pending.push(entry);
            return Promise.resolve();
          }),
        );
      } catch (e) {
        await recordDenied(e);
        throw e;
      }
      const [only] = pending;
      if (pending.length === 1 && only) await writeAudit(db, actor, info, only);
      else if (pending.length > 1)
        await db.transaction(async (tx) => {
          for (const entry of pending) await writeAudit(tx, actor, info, entry);
        });
      return result;
    },
    async run<T>(fn: (scope: Scope) => Promise<T>): Promise<T> {
      try {
        return await db.transaction(async (tx) =>
          fn(makeScope(tx, actor, info, (entry) => writeAudit(tx, actor, info, entry))),
        );
      } catch (e) {
        await recordDenied(e);
        throw e;
      }
    },
  };
}

/** The role an audit row made through a system handle names (no person: actor_user_id is NULL). */
export const SYSTEM_ROLE = 'system';

/**
 * An elevated handle: the whole database, not scoped by any policy, for work that no signed-in person asked for.
 * It is an actor of its own: every audit row it makes names the system (role 'system', no user), the tool
 * (`name`), and carries `why` in its context (`context.why`), which a caller cannot override.
 */
export interface SystemHandle {
  readonly db: Database;
  /** Why this elevation exists, stated by the caller; written into every audit row this handle makes. */
  readonly why: string;
  /** The tool named as the actor of its audit rows, e.g. 'openiep import (OneRoster)'. */
  readonly name: string;
  /**
   * Writes an audit entry as the system, within `q` (the work's transaction, so the row commits with the work), in
   * `districtId` (null for work that belongs to no district).
   */
  audit(q: Queryable, districtId: string | null, entry: AuditEntry): Promise<void>;
}

/**
 * Elevation to the whole database, for work that no signed-in person asked for (the scheduler, the CLI). Callers
 * state why, in words a reader of the audit log understands; it is not scoped by any policy. A blank reason is refused.
 */
export function systemHandle(db: Database, why: string, opts: { name?: string } = {}): SystemHandle {
  const reason = why.trim();
  if (!reason) throw new Error('systemHandle: say why the work needs the whole database');
  const name = opts.name ?? 'system';
  return {
    db,
    why: reason,
    name,
    audit: (q, districtId, entry) =>
      insertAudit(
        q,
        { districtId, userId: null, name, role: SYSTEM_ROLE },
        { ip: null },
        { ...entry, context: { ...entry.context, why: reason } },
      ),
  };
}
