/**
 * The form for one section of a draft. Each change hands the whole new section value up (the section
 * is the unit the API saves). Lists add and remove items, each with a generated id; focus follows:
 * to the new item's first field after "Add", to the list's "Add" button after "Remove". Each section's form is in
 * section-forms/.
 */
import type { Accommodation, AssessmentParticipation, Goal, Service } from '../../../src/domain/plan';
import type { AllSections, SectionKey } from '../types';
import { AccommodationsForm } from './section-forms/AccommodationsForm';
import { AgeOfMajorityForm } from './section-forms/AgeOfMajorityForm';
import { AssessmentsForm } from './section-forms/AssessmentsForm';
import { DatesForm } from './section-forms/DatesForm';
import { EsyForm } from './section-forms/EsyForm';
import { GoalsForm } from './section-forms/GoalsForm';
import { PlacementForm } from './section-forms/PlacementForm';
import { PresentLevelsForm } from './section-forms/PresentLevelsForm';
import { ProgressReportingForm } from './section-forms/ProgressReportingForm';
import { ImpairmentForm, MajorLifeActivitiesForm, ReviewDateForm } from './section-forms/Section504Forms';
import { ServicesForm } from './section-forms/ServicesForm';
import { SpecialFactorsForm } from './section-forms/SpecialFactorsForm';
import { TransitionForm } from './section-forms/TransitionForm';
import type { EditorContext } from './section-forms/shared';

export type { EditorContext } from './section-forms/shared';

interface FormProps<K extends SectionKey> {
  section: K;
  value: AllSections[K];
  onChange: (value: AllSections[K]) => void;
  ctx: EditorContext;
}

export function SectionForm<K extends SectionKey>(props: FormProps<K>) {
  // Each case narrows the section's value type by its key.
  const { section, value, onChange, ctx } = props as unknown as {
    section: SectionKey;
    value: AllSections[SectionKey];
    onChange: (v: unknown) => void;
    ctx: EditorContext;
  };
  switch (section) {
    case 'dates':
      return <DatesForm value={value as AllSections['dates']} onChange={onChange} />;
    case 'presentLevels':
      return <PresentLevelsForm value={value as AllSections['presentLevels']} onChange={onChange} />;
    case 'specialFactors':
      return <SpecialFactorsForm value={value as AllSections['specialFactors']} onChange={onChange} />;
    case 'goals':
      return <GoalsForm value={value as Goal[]} onChange={onChange} ctx={ctx} />;
    case 'services':
      return <ServicesForm value={value as Service[]} onChange={onChange} ctx={ctx} />;
    case 'accommodations':
      return <AccommodationsForm value={value as Accommodation[]} onChange={onChange} />;
    case 'assessments':
      return <AssessmentsForm value={value as AssessmentParticipation[]} onChange={onChange} />;
    case 'placement':
      return <PlacementForm value={value as AllSections['placement']} onChange={onChange} />;
    case 'esy':
      return <EsyForm value={value as AllSections['esy']} onChange={onChange} />;
    case 'transition':
      return <TransitionForm value={value as AllSections['transition']} onChange={onChange} />;
    case 'ageOfMajority':
      return <AgeOfMajorityForm value={value as AllSections['ageOfMajority']} onChange={onChange} />;
    case 'progressReporting':
      return <ProgressReportingForm value={value as AllSections['progressReporting']} onChange={onChange} />;
    case 'impairment':
      return <ImpairmentForm value={value as string} onChange={onChange} />;
    case 'majorLifeActivities':
      return <MajorLifeActivitiesForm value={value as string[]} onChange={onChange} />;
    case 'reviewDate':
      return <ReviewDateForm value={value as string | null} onChange={onChange} />;
  }
}
