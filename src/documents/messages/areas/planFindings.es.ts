/** Los mensajes en español de un área (planFindings): las mismas claves y los mismos marcadores que planFindings.en.ts. */
import type { planFindingsEn } from './planFindings.en';

const TURNS =
  '{tense, select, past {El estudiante cumplió {age} años el {turnsOn, date, long}.} other {El estudiante cumple {age} años el {turnsOn, date, long}, antes de que termine este IEP ({endBasis, select, end_date {el {planEnd, date, long}} other {hacia el {planEnd, date, long}: aún no tiene fecha de fin, así que un año desde {endBasis, select, start_date {su comienzo} meeting_date {su reunión} other {que se redacta}}}}).}}';

export const planFindingsEs: Record<keyof typeof planFindingsEn, string> = {
  'plan.finding.turns': TURNS,
  'plan.finding.dates.meeting': 'Indique la fecha de la reunión.',
  'plan.finding.dates.meeting_held':
    'La reunión que produjo este plan se realizó el {heldOn, date, long}, pero el plan indica el {meetingDate, date, long} como fecha de la reunión. Indique el día en que se realizó la reunión: la revisión anual se cuenta desde ella.',
  'plan.finding.dates.start': 'Indique la fecha prevista de comienzo de los servicios.',
  'plan.finding.dates.end': 'Indique la fecha de fin de este IEP (como máximo un año).',
  'plan.finding.dates.order':
    'La fecha de fin ({endDate, date, long}) es anterior a la de comienzo ({startDate, date, long}).',
  'plan.finding.dates.one_year':
    'Un IEP se revisa al menos una vez al año: debe terminar a más tardar el {latestEnd, date, long}.',
  'plan.finding.dates.start_after_meeting':
    'Los servicios no pueden comenzar ({startDate, date, long}) antes de la reunión que los decide ({meetingDate, date, long}).',
  'plan.finding.dates.annual_review':
    'La próxima revisión anual debe ser dentro de un año desde esta reunión: a más tardar el {latestReview, date, long}.',
  'plan.finding.dates.annual_review_missing': 'Fije la fecha de la próxima revisión anual.',
  'plan.finding.present_levels.academic': 'Describa los niveles actuales de logro académico.',
  'plan.finding.present_levels.functional': 'Describa los niveles actuales de desempeño funcional.',
  'plan.finding.present_levels.impact':
    'Indique cómo afecta la discapacidad a la participación y el progreso del niño en el plan de estudios de educación general.',
  'plan.finding.present_levels.strengths': 'El equipo debe considerar las fortalezas del niño.',
  'plan.finding.present_levels.parent_concerns':
    'El equipo debe considerar las inquietudes de los padres para mejorar la educación de su hijo.',
  'plan.finding.special_factors.considered': 'Registre si el equipo consideró este factor ({factor}) y si se necesita.',
  'plan.finding.special_factors.how': 'Indique cómo se atenderá este factor ({factor}).',
  'plan.finding.special_factors.expected':
    'El expediente del estudiante sugiere que este factor ({factor}) corresponde; confirme la decisión del equipo.',
  'plan.finding.goals.none': 'Un IEP necesita metas anuales medibles.',
  'plan.finding.goals.text': 'Escriba la meta anual.',
  'plan.finding.goals.measurable': 'Esta meta todavía no es medible: le falta {missing}. Vea la revisión a su lado.',
  'plan.finding.goals.baseline':
    'Indique un punto de partida tomado de los niveles actuales, para poder medir el progreso.',
  'plan.finding.goals.measurement': 'Indique cómo se medirá el progreso hacia esta meta.',
  'plan.finding.goals.objectives':
    'Un estudiante que hace la evaluación alternativa necesita objetivos a corto plazo o puntos de referencia para cada meta.',
  'plan.finding.progress_reporting.frequency':
    'Indique cuándo se entregarán a los padres los informes periódicos de progreso.',
  'plan.finding.services.special_education':
    'Un IEP indica la educación especial (instrucción especialmente diseñada) que recibirá el niño.',
  'plan.finding.services.frequency_location_duration': 'Complete este servicio: {missing}.',
  'plan.finding.services.dates':
    'El servicio termina ({endDate, date, long}) antes de comenzar ({startDate, date, long}).',
  'plan.finding.services.before_plan':
    'El servicio comienza el {startDate, date, long}, antes que el IEP ({planStart, date, long}).',
  'plan.finding.services.after_plan':
    'El servicio continúa hasta el {endDate, date, long}, después de que termina el IEP ({planEnd, date, long}).',
  'plan.finding.assessments.participation': 'Indique cómo hace el estudiante esta evaluación.',
  'plan.finding.assessments.alternate_reason':
    'Indique por qué el estudiante no puede hacer la evaluación regular y por qué la alternativa es apropiada.',
  'plan.finding.accommodations.testing':
    'El estudiante hace una evaluación con adaptaciones: enumere las adaptaciones para las evaluaciones.',
  'plan.finding.placement.minutes':
    'Indique los minutos en la clase regular y los minutos de la semana escolar (los de la clase regular no pueden superar los de la semana).',
  'plan.finding.placement.non_participation':
    'Explique en qué medida, si la hay, el niño no participará con niños sin discapacidad en la clase regular.',
  'plan.finding.placement.extracurricular':
    'Indique cómo participará el niño en actividades extracurriculares y no académicas con compañeros sin discapacidad.',
  'plan.finding.esy.determination': 'Registre si se necesitan servicios del año escolar extendido.',
  'plan.finding.esy.services': 'Describa los servicios del año escolar extendido.',
  'plan.finding.transition.assessments':
    '{why} Las metas postsecundarias se basan en evaluaciones de transición apropiadas para la edad: enumérelas.',
  'plan.finding.transition.education_goal':
    '{why} Escriba una meta postsecundaria medible de educación o capacitación.',
  'plan.finding.transition.employment_goal': '{why} Escriba una meta postsecundaria medible de empleo.',
  'plan.finding.transition.independent_living':
    'Escriba una meta de vida independiente, o registre que el equipo la consideró no apropiada.',
  'plan.finding.transition.services': '{why} Enumere los servicios de transición.',
  'plan.finding.transition.course_of_study': '{why} Describa el programa de estudios.',
  'plan.finding.transition.agencies':
    'Anote cualquier agencia que probablemente preste o pague servicios de transición y que haya sido invitada (con consentimiento).',
  'plan.finding.eligibility.developmental_delay_age':
    '{uses, select, no {{profile} no usa el retraso del desarrollo como categoría: reevalúe para determinar si el niño tiene otra discapacidad.} other {{why} El retraso del desarrollo se aplica solo hasta los {max} años ({profile}): reevalúe para determinar si el niño tiene otra discapacidad.}}',
  'plan.finding.age_of_majority.informed':
    '{why} Indique que se le informó de los derechos que se le transfieren a los {ageOfMajority} años.',
  'plan.finding.504.impairment': 'Nombre el impedimento físico o mental.',
  'plan.finding.504.major_life_activities':
    'Nombre las actividades principales de la vida que el impedimento limita sustancialmente.',
  'plan.finding.504.accommodations': 'Enumere las adaptaciones y los servicios que necesita el estudiante.',
  'plan.finding.504.accommodation_text': 'Describa la adaptación.',
  'plan.finding.504.responsible_staff': 'Indique quién es responsable de proporcionarla.',
  'plan.finding.504.review_date': 'Fije una fecha para revisar el plan (reevaluación periódica).',
  'plan.finding.part.service': 'el servicio',
  'plan.finding.part.minutes': 'los minutos por sesión',
  'plan.finding.part.frequency': 'la frecuencia',
  'plan.finding.part.location': 'el lugar',
  'plan.finding.part.start_date': 'la fecha de inicio',
  'plan.finding.part.end_date': 'la fecha de fin',
};
