/**
 * Consent requests and answers, and prior written notices (issue 4, part 6) — read and written within the actor's
 * scope: every query is bound to the actor's district. One consent is reached through `get`, which resolves its
 * student through the students repository and applies src/policy/consent.ts here (NOT_FOUND, audited, for anything
 * the actor may not view); `answer` and `revoke` take only what `get` handed out and check the ability and the
 * transition again. Prior written notices are the other half of this resource of the Scope (a notice may name its
 * consent): their rows and SQL are notices-repo.ts, which this class extends.
 */
import crypto from 'node:crypto';
import type { ConsentDecision, ConsentMethod, ConsentStatus, ConsentType } from '../domain/consent';
import { answerTransition, revokeTransition } from '../domain/consent';
import { ageOn } from '../domain/dates';
import { AppError } from '../domain/errors';
import { actorProfile, type Actor } from '../policy/actor';
import {
  consentAbilities,
  studentConsentAbilities,
  type ConsentAbilities,
  type ConsentFacts,
  type StudentConsentAbilities,
} from '../policy/consent';
import type { Queryable } from './connect';
import { isoOf, isoOrNull } from './values';
import { heldBy, type ScopedStudent, type StudentsRepo } from './students-repo';
import { NoticesRepo } from './notices-repo';
import { isGuardian, isSameActor, isStudentAccount } from '../policy/predicates';

export interface ConsentRow {
  id: string;
  studentId: string;
  type: ConsentType;
  description: string;
  recordsToRelease: string | null;
  releaseTo: string | null;
  language: string;
  requestedOn: string;
  requestedByName: string;
  status: ConsentStatus;
  answeredAt: string | null;
  answeredOn: string | null;
  answerMethod: ConsentMethod | null;
  answeredByUserId: string | null;
  signerName: string | null;
  signerConfirmed: boolean | null;
  answerIp: string | null;
  paperSignedOn: string | null;
  recordedByName: string | null;
  revokedAt: string | null;
  revokedOn: string | null;
  revocationMethod: ConsentMethod | null;
  revocationSignerName: string | null;
  revocationRecordedByName: string | null;
  revocationNote: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const date = (col: string, as: string) => `to_char(${col}, 'YYYY-MM-DD') AS "${as}"`;
const CONSENT_SELECT = `SELECT c.id::text AS "id", c.student_id::text AS "studentId", c.type, c.description,
  c.records_to_release AS "recordsToRelease", c.release_to AS "releaseTo", c.language, ${date('c.requested_on', 'requestedOn')},
  c.requested_by_name AS "requestedByName", c.status, c.answered_at AS "answeredAt", ${date('c.answered_on', 'answeredOn')},
  c.answer_method AS "answerMethod", c.answered_by_user_id::text AS "answeredByUserId", c.signer_name AS "signerName",
  c.signer_confirmed AS "signerConfirmed", c.answer_ip AS "answerIp", ${date('c.paper_signed_on', 'paperSignedOn')},
  c.recorded_by_name AS "recordedByName", c.revoked_at AS "revokedAt", ${date('c.revoked_on', 'revokedOn')},
  c.revocation_method AS "revocationMethod", c.revocation_signer_name AS "revocationSignerName",
  c.revocation_recorded_by_name AS "revocationRecordedByName", c.revocation_note AS "revocationNote",
  c.version, c.created_at AS "createdAt", c.updated_at AS "updatedAt"
  FROM consents c`;

function toConsent(r: Record<string, unknown>): ConsentRow {
  return {
    ...(r as unknown as ConsentRow),
    answeredAt: isoOrNull(r.answeredAt),
    revokedAt: isoOrNull(r.revokedAt),
    createdAt: isoOf(r.createdAt),
    updatedAt: isoOf(r.updatedAt),
  };
}

export interface NewConsent {
  studentId: string;
  type: ConsentType;
  description: string;
  recordsToRelease: string | null;
  releaseTo: string | null;
  language: string;
  requestedOn: string;
}

export type ConsentAnswer =
  | { method: 'portal'; decision: ConsentDecision; on: string; typedName: string; ip: string | null }
  | { method: 'paper'; decision: ConsentDecision; signedOn: string; signerName: string };

export type Revocation =
  | { method: 'portal'; on: string; typedName: string; ip: string | null; note: string | null }
  | { method: 'paper'; signedOn: string; signerName: string; note: string | null };

/** A consent the actor may view, with its student and what the policy says they may do: only `get` makes one. */
export interface ViewedConsent {
  student: ScopedStudent;
  facts: ConsentFacts;
  abilities: StudentConsentAbilities;
  consent: ConsentRow;
  consentAbilities: ConsentAbilities;
}

/** Every ViewedConsent `get` handed out, with the actor it was resolved for (an object built by hand is refused). */
const viewed = new WeakMap<ViewedConsent, Actor>();

const consentNotFound = (id: string, studentId: string | null) =>
  new AppError('NOT_FOUND', 'No consent with this id.', [], {
    action: 'consent.read_denied',
    studentId,
    context: { consentId: id },
  });

export class ConsentsRepo extends NoticesRepo {
  constructor(
    q: Queryable,
    actor: Actor,
    private readonly students: StudentsRepo,
    /** Today's date (YYYY-MM-DD), for the student's portal age. */
    private readonly today: string,
  ) {
    super(q, actor);
  }

  /** The facts of src/policy/consent.ts about the actor and this student (a query for a guardian only). */
  async factsFor(student: ScopedStudent): Promise<ConsentFacts> {
    const a = this.actor;
    return {
      holdsEducationalRights: isGuardian(a) ? await this.holdsEducationalRights(student.row.id) : false,
      studentOfPortalAge:
        isStudentAccount(a) &&
        a.studentId === student.row.id &&
        ageOn(student.row.dateOfBirth, this.today) >= actorProfile(a).studentPortalAge,
    };
  }

  /** Whether the signed-in guardian holds educational rights for the student (only they may sign). */
  async holdsEducationalRights(studentId: string): Promise<boolean> {
    if (!isGuardian(this.actor) || !this.actor.guardianId) return false;
    const rows = await this.q.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM student_guardians WHERE student_id = $1::uuid AND guardian_id = $2::uuid AND district_id = $3::uuid AND educational_rights`,
      [studentId, this.actor.guardianId, this.actor.districtId],
    );
    return (rows[0]?.n ?? 0) > 0;
  }

  async listForStudent(studentId: string): Promise<ConsentRow[]> {
    const rows = await this.q.query(
      `${CONSENT_SELECT} WHERE c.student_id = $1::uuid AND c.district_id = $2::uuid ORDER BY c.requested_on DESC, c.created_at DESC, c.id`,
      [studentId, this.actor.districtId],
    );
    return rows.map(toConsent);
  }

  /** One consent of the actor's district, whoever's it is (for this repository's own use). */
  private async row(id: string, opts: { forUpdate?: boolean } = {}): Promise<ConsentRow | null> {
    const rows = await this.q.query(
      `${CONSENT_SELECT} WHERE c.id = $1::uuid AND c.district_id = $2::uuid${opts.forUpdate ? ' FOR UPDATE' : ''}`,
      [id, this.actor.districtId],
    );
    return rows[0] ? toConsent(rows[0]) : null;
  }

  private async written(id: string): Promise<ConsentRow> {
    const row = await this.row(id);
    if (!row) throw new Error(`consents: consent ${id} was written but cannot be read back`);
    return row;
  }

  /**
   * One consent the actor may view, with its student (resolved through the students repository) and abilities. A
   * consent of another district, of a student the actor may not see, or one they may not view: NOT_FOUND (audited).
   */
  async get(id: string, opts: { forUpdate?: boolean } = {}): Promise<ViewedConsent> {
    const consent = await this.row(id, opts);
    if (!consent) throw consentNotFound(id, null);
    const student = await this.students.get(consent.studentId);
    const facts = await this.factsFor(student);
    const abilities = consentAbilities(this.actor, student.row, consent, facts);
    if (!abilities.view) throw consentNotFound(id, consent.studentId);
    const v: ViewedConsent = {
      student,
      facts,
      abilities: studentConsentAbilities(this.actor, student.row, facts),
      consent,
      consentAbilities: Object.freeze(abilities),
    };
    viewed.set(v, this.actor);
    return v;
  }

  /** Whether `consentId` is a consent of `student` (a student the students repository resolved for the actor). */
  async isOfStudent(consentId: string, student: ScopedStudent): Promise<boolean> {
    const studentId = heldBy(this.actor, student);
    if (!studentId) return false;
    const row = await this.row(consentId);
    return row?.studentId === studentId;
  }

  async create(c: NewConsent): Promise<ConsentRow> {
    const id = crypto.randomUUID();
    await this.q.query(
      `INSERT INTO consents (id, district_id, student_id, type, description, records_to_release, release_to, language, requested_on, requested_by, requested_by_name)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5, $6, $7, $8, $9::date, $10::uuid, $11)`,
      [
        id,
        this.actor.districtId,
        c.studentId,
        c.type,
        c.description,
        c.recordsToRelease,
        c.releaseTo,
        c.language,
        c.requestedOn,
        this.actor.userId,
        this.actor.name,
      ],
    );
    return this.written(id);
  }

  /**
   * Records the answer of an open request `get` handed this actor: FORBIDDEN unless they may answer it this way (a
   * parent with educational rights in the portal; staff from the paper form), INVALID_STATE if it is not open
   * (or was answered meanwhile).
   */
  async answer(v: ViewedConsent, a: ConsentAnswer): Promise<ConsentRow> {
    this.handedOut(v);
    const allowed = a.method === 'portal' ? v.consentAbilities.answer : v.consentAbilities.recordPaperAnswer;
    if (!allowed) {
      if (!answerTransition(v.consent.status, a.decision).ok)
        throw new AppError('INVALID_STATE', 'This consent request has already been answered.');
      throw new AppError('FORBIDDEN', 'You may not answer this consent request this way.');
    }
    if (!answerTransition(v.consent.status, a.decision).ok)
      throw new AppError('INVALID_STATE', 'This consent request has already been answered.');
    const id = v.consent.id;
    const common = [id, this.actor.districtId, a.decision];
    const rows =
      a.method === 'portal'
        ? await this.q.query<{ id: string }>(
            `UPDATE consents SET status = $3, answered_at = now(), answered_on = $4::date, answer_method = 'portal', answered_by_user_id = $5::uuid,
                    signer_name = $6, signer_confirmed = true, answer_ip = $7, version = version + 1, updated_at = now()
              WHERE id = $1::uuid AND district_id = $2::uuid AND status = 'requested' RETURNING id::text AS id`,
            [...common, a.on, this.actor.userId, a.typedName, a.ip],
          )
        : await this.q.query<{ id: string }>(
            `UPDATE consents SET status = $3, answered_at = now(), answered_on = $4::date, answer_method = 'paper', paper_signed_on = $4::date,
                    signer_name = $5, recorded_by = $6::uuid, recorded_by_name = $7, version = version + 1, updated_at = now()
              WHERE id = $1::uuid AND district_id = $2::uuid AND status = 'requested' RETURNING id::text AS id`,
            [...common, a.signedOn, a.signerName, this.actor.userId, this.actor.name],
          );
    if (!rows[0]) throw new AppError('INVALID_STATE', 'This consent request has already been answered.');
    return this.written(id);
  }

  /** Refuses (NOT_FOUND) a ViewedConsent that `get` did not hand this actor. */
  private handedOut(v: ViewedConsent): void {
    const by = viewed.get(v);
    if (!by || !isSameActor(by, this.actor)) throw consentNotFound(v.consent.id, null);
  }

  /**
   * Records the written revocation of a given consent `get` handed this actor: FORBIDDEN unless they may revoke it
   * this way (a parent with educational rights in the portal; staff from the paper form), INVALID_STATE if it is not
   * given (or was revoked meanwhile).
   */
  async revoke(v: ViewedConsent, r: Revocation): Promise<ConsentRow> {
    this.handedOut(v);
    if (!revokeTransition(v.consent.status).ok)
      throw new AppError('INVALID_STATE', 'Only a given consent can be revoked.');
    const staff = v.abilities.request;
    if (!v.consentAbilities.revoke || (r.method === 'portal') === staff)
      throw new AppError('FORBIDDEN', 'You may not revoke this consent this way.');
    const id = v.consent.id;
    const rows =
      r.method === 'portal'
        ? await this.q.query<{ id: string }>(
            `UPDATE consents SET status = 'revoked', revoked_at = now(), revoked_on = $3::date, revocation_method = 'portal', revocation_in_writing = true,
                    revoked_by_user_id = $4::uuid, revocation_signer_name = $5, revocation_ip = $6, revocation_note = $7, version = version + 1, updated_at = now()
              WHERE id = $1::uuid AND district_id = $2::uuid AND status = 'given' RETURNING id::text AS id`,
            [id, this.actor.districtId, r.on, this.actor.userId, r.typedName, r.ip, r.note],
          )
        : await this.q.query<{ id: string }>(
            `UPDATE consents SET status = 'revoked', revoked_at = now(), revoked_on = $3::date, revocation_method = 'paper', revocation_in_writing = true,
                    revocation_signer_name = $4, revocation_recorded_by_name = $5, revocation_note = $6, version = version + 1, updated_at = now()
              WHERE id = $1::uuid AND district_id = $2::uuid AND status = 'given' RETURNING id::text AS id`,
            [id, this.actor.districtId, r.signedOn, r.signerName, this.actor.name, r.note],
          );
    if (!rows[0]) throw new AppError('INVALID_STATE', 'Only a given consent can be revoked.');
    return this.written(id);
  }
}
