/**
 * The summary of performance (34 CFR 300.305(e)(3)): for a child whose eligibility ends because they graduate with a
 * regular diploma or exceed the age of eligibility for FAPE, the district provides "a summary of the child's academic
 * achievement and functional performance, which shall include recommendations on how to assist the child in meeting
 * the child's postsecondary goals". Pure.
 */
export const SUMMARY_OF_PERFORMANCE_CITATION = '34 CFR 300.305(e)(3)';

export const SOP_FIELDS = [
  'academicAchievement',
  'functionalPerformance',
  'postsecondaryGoals',
  'recommendations',
  'studentPerspective',
] as const;
export type SopField = (typeof SOP_FIELDS)[number];
/** What the regulation requires before the summary is provided; the student's own view is welcome, not required. */
export const SOP_REQUIRED: readonly SopField[] = [
  'academicAchievement',
  'functionalPerformance',
  'postsecondaryGoals',
  'recommendations',
];
export const SOP_FIELD_MAX = 20_000;

export type SopContent = Record<SopField, string>;

/** Each required part that is blank, as a field problem (the summary cannot be provided until none remain). */
export function sopProblems(
  content: Partial<Record<SopField, string | null | undefined>>,
): { path: SopField; message: string }[] {
  const what: Record<SopField, string> = {
    academicAchievement: "a summary of the student's academic achievement",
    functionalPerformance: "a summary of the student's functional performance",
    postsecondaryGoals: "the student's postsecondary goals",
    recommendations: 'recommendations on how to assist the student in meeting the postsecondary goals',
    studentPerspective: '',
  };
  return SOP_REQUIRED.filter((f) => !(content[f] ?? '').trim()).map((f) => ({
    path: f,
    message: `Write ${what[f]} (${SUMMARY_OF_PERFORMANCE_CITATION}).`,
  }));
}

/** The postsecondary goals of an IEP's transition section (300.320(b)(1)), as one text to start the summary from. */
export function postsecondaryGoalsFrom(
  transition: { educationTrainingGoal?: string; employmentGoal?: string; independentLivingGoal?: string } | undefined,
): string {
  if (!transition) return '';
  return [transition.educationTrainingGoal, transition.employmentGoal, transition.independentLivingGoal]
    .map((s) => (s ?? '').trim())
    .filter(Boolean)
    .join('\n');
}
