/**
 * Who may do what with a plan (IEP or 504). Built on the student policy: nobody sees a plan of a student
 * they may not see. Editing is only ever of a draft; versions that left draft are immutable.
 */
import type { PlanStatus, PlanType } from '../domain/plan';
import type { Role } from '../domain/roles';
import type { Actor, StudentFacts } from './actor';
import { studentAbilities } from './student';

export const IEP_SECTIONS = [
  'dates',
  'presentLevels',
  'specialFactors',
  'goals',
  'services',
  'accommodations',
  'assessments',
  'placement',
  'esy',
  'transition',
  'ageOfMajority',
  'progressReporting',
] as const;
export const PLAN_504_SECTIONS = [
  'dates',
  'impairment',
  'majorLifeActivities',
  'accommodations',
  'reviewDate',
] as const;
export type PlanSection = (typeof IEP_SECTIONS)[number] | (typeof PLAN_504_SECTIONS)[number];

export interface PlanFacts {
  type: PlanType;
  status: PlanStatus;
  sharedWithFamily: boolean;
  /** A withdrawn plan: what it was when withdrawn (a draft the family never saw stays hidden from them). */
  withdrawnFrom?: 'draft' | 'proposed' | null;
}

export interface PlanAbilities {
  view: boolean;
  /** The sections the actor may read. */
  viewSections: readonly PlanSection[];
  /** The sections the actor may change (a draft only). Providers: goals and services of their discipline. */
  editSections: readonly PlanSection[];
  /** Make it the plan in effect (from a draft or a proposal). */
  finalize: boolean;
  /** Propose a draft to the family: it becomes immutable and visible to them. */
  propose: boolean;
  amend: boolean;
  /** End the plan in effect (exit, transfer, consent revoked). */
  end: boolean;
  share: boolean;
  print: boolean;
  /** Withdraw a draft or a proposal nobody will finalize (kept, never in effect), so another can be started. */
  withdraw: boolean;
  /** The goals and services the actor changes are only those of their own discipline (a provider's); else any. */
  ownDisciplineOnly: boolean;
}

const NONE: PlanAbilities = {
  view: false,
  viewSections: [],
  editSections: [],
  finalize: false,
  propose: false,
  amend: false,
  end: false,
  share: false,
  print: false,
  withdraw: false,
  ownDisciplineOnly: false,
};

type Level = 'manage' | 'contribute' | 'read_classroom' | 'family';
const LEVEL = {
  district_admin: 'manage',
  principal: 'manage',
  case_manager: 'manage',
  provider: 'contribute',
  teacher: 'read_classroom',
  guardian: 'family',
  student: 'family',
} as const satisfies Record<Role, Level>;

export function sectionsOf(type: PlanType): readonly PlanSection[] {
  return type === 'iep' ? IEP_SECTIONS : PLAN_504_SECTIONS;
}

export function planAbilities(actor: Actor, student: StudentFacts, plan: PlanFacts): PlanAbilities {
  if (!studentAbilities(actor, student).view) return NONE;
  const all = sectionsOf(plan.type);
  const draft = plan.status === 'draft';
  switch (LEVEL[actor.role]) {
    case 'manage':
      return {
        view: true,
        viewSections: all,
        editSections: draft ? all : [],
        finalize: draft || plan.status === 'proposed',
        propose: draft,
        amend: plan.status === 'active',
        end: plan.status === 'active',
        share: draft,
        print: true,
        withdraw: draft || plan.status === 'proposed',
        ownDisciplineOnly: false,
      };
    case 'contribute':
      return {
        view: true,
        viewSections: all,
        editSections: draft ? all.filter((s) => s === 'goals' || s === 'services') : [],
        finalize: false,
        propose: false,
        amend: false,
        end: false,
        share: false,
        print: true,
        withdraw: false,
        ownDisciplineOnly: true,
      };
    case 'read_classroom': {
      // A general education teacher implements the plan in effect: its goals and accommodations (300.323(d)).
      if (plan.status !== 'active') return NONE;
      return { ...NONE, view: true, viewSections: all.filter((s) => s === 'goals' || s === 'accommodations') };
    }
    case 'family': {
      const unsharedDraft =
        (draft || (plan.status === 'withdrawn' && plan.withdrawnFrom === 'draft')) && !plan.sharedWithFamily;
      if (unsharedDraft) return NONE;
      return { ...NONE, view: true, viewSections: all, print: true };
    }
  }
}
