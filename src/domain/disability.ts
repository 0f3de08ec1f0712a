/**
 * Disability categories: the 13 of IDEA (34 CFR 300.8(c)) plus developmental delay (300.8(b), ages 3–9
 * where the state allows). `federalCode` is the IDEA Section 618 / EDFacts code: deafness is reported
 * with hearing impairment (HI).
 */
export const DISABILITY_CATEGORIES = {
  autism: { federalCode: 'AUT', citation: '34 CFR 300.8(c)(1)' },
  deaf_blindness: { federalCode: 'DB', citation: '34 CFR 300.8(c)(2)' },
  deafness: { federalCode: 'HI', citation: '34 CFR 300.8(c)(3)' },
  emotional_disturbance: { federalCode: 'EMN', citation: '34 CFR 300.8(c)(4)' },
  hearing_impairment: { federalCode: 'HI', citation: '34 CFR 300.8(c)(5)' },
  intellectual_disability: { federalCode: 'ID', citation: '34 CFR 300.8(c)(6)' },
  multiple_disabilities: { federalCode: 'MD', citation: '34 CFR 300.8(c)(7)' },
  orthopedic_impairment: { federalCode: 'OI', citation: '34 CFR 300.8(c)(8)' },
  other_health_impairment: { federalCode: 'OHI', citation: '34 CFR 300.8(c)(9)' },
  specific_learning_disability: { federalCode: 'SLD', citation: '34 CFR 300.8(c)(10)' },
  speech_language_impairment: { federalCode: 'SLI', citation: '34 CFR 300.8(c)(11)' },
  traumatic_brain_injury: { federalCode: 'TBI', citation: '34 CFR 300.8(c)(12)' },
  visual_impairment: { federalCode: 'VI', citation: '34 CFR 300.8(c)(13)' },
  developmental_delay: { federalCode: 'DD', citation: '34 CFR 300.8(b)' },
} as const;
export type DisabilityCategory = keyof typeof DISABILITY_CATEGORIES;
export const DISABILITY_CATEGORY_CODES = Object.keys(DISABILITY_CATEGORIES) as DisabilityCategory[];

/** Developmental delay may be used only within the state's age range (300.8(b), 300.111(b)). */
export function developmentalDelayAllowed(ageInYears: number, range: { min: number; max: number } | null): boolean {
  return range !== null && ageInYears >= range.min && ageInYears <= range.max;
}
