/**
 * The procedural safeguards notice (34 CFR 300.504(c)) in plain language, written by the OpenIEP project in English
 * and Spanish. It explains each right the regulation lists, with the clocks that go with it, and names the rule in
 * small print. It is an explanation for families, not legal advice; the notice the state publishes is the official one.
 */
import type { Locale } from '../messages';

export interface SafeguardsSection {
  /** Stable key (tests and the table of contents). */
  key: string;
  heading: string;
  paragraphs: string[];
  list?: string[];
  /** The rule, printed in small type after the section. */
  cite: string;
}

export interface SafeguardsText {
  title: string;
  subject: string;
  subtitle: string;
  intro: string[];
  sections: SafeguardsSection[];
  closing: string;
  frameLeft: string;
  printed: (date: string) => string;
  page: (page: number, pages: number) => string;
  citeLabel: string;
}

const en: SafeguardsText = {
  title: 'Your rights in special education',
  subject: 'Procedural safeguards notice (34 CFR 300.504), in plain language',
  subtitle: 'Procedural safeguards notice — a plain-language guide for parents',
  intro: [
    'The law that covers special education is called IDEA (the Individuals with Disabilities Education Act). It gives you, the parent, rights that protect you and your child. These rights are called "procedural safeguards".',
    'The school must give you this notice once each school year. You also get it the first time your child is referred or you ask for an evaluation, the first time in a school year you file a state complaint or a due process complaint, when the school decides on a disciplinary change of placement, and any time you ask for it.',
    "This guide explains each right in everyday words. If something is not clear, ask your child's case manager. You can also get free help from your state's Parent Training and Information Center.",
  ],
  sections: [
    {
      key: 'participation',
      heading: 'Taking part in meetings',
      paragraphs: [
        "You are a member of your child's IEP team. The school must invite you early enough so you can come, and set a time and place that work for both of you. If you cannot come in person, you can join by phone or video.",
        'You can bring people who know your child, like a relative, a friend or an advocate. If you need an interpreter, the school must provide one for free.',
      ],
      cite: '34 CFR 300.322; 300.501(b)',
    },
    {
      key: 'prior-written-notice',
      heading: 'Prior written notice',
      paragraphs: [
        "Before the school starts or changes your child's evaluation, eligibility, services or placement — or refuses to do something you asked for — it must tell you in writing. This is called prior written notice.",
        'The notice must say what the school wants to do (or will not do) and why, what other choices it looked at, what information it used, where to get help, and that you have these rights. It must be in your language, unless that is clearly not possible.',
      ],
      cite: '34 CFR 300.503',
    },
    {
      key: 'consent',
      heading: 'Parental consent',
      paragraphs: [
        "The school must ask for your written permission (consent) before your child's first evaluation, before special education services start for the first time, and before most reevaluations.",
        'Giving consent is your choice. You can say no. You can also take back (revoke) your consent for services later, in writing. If you do, the school must send you prior written notice before it stops the services. Taking back consent does not undo what already happened.',
      ],
      cite: '34 CFR 300.300; 300.9',
    },
    {
      key: 'iee',
      heading: 'Independent educational evaluation',
      paragraphs: [
        'If you do not agree with an evaluation the school did, you can ask for an independent educational evaluation (IEE). This is an evaluation by a qualified person who does not work for the school.',
        'You can ask for it at public expense, which means the school pays. The school must then either pay for it, or ask for a due process hearing to show its own evaluation was right — without unnecessary delay. You get one IEE at public expense each time the school evaluates and you disagree. The team must consider any evaluation you share.',
      ],
      cite: '34 CFR 300.502',
    },
    {
      key: 'records',
      heading: "Your child's records",
      paragraphs: [
        "You can look at and review all of your child's education records. The school must let you see them without unnecessary delay, before any IEP meeting or hearing, and no later than 45 days after you ask.",
        "You can ask for copies if you cannot come to see the records, and for someone to explain them. If you think something in the records is wrong or misleading, you can ask the school to change it, and you can ask for a hearing if it says no. The school must keep your child's records private and keep a list of who looks at them.",
      ],
      cite: '34 CFR 300.501(a); 300.613–300.621',
    },
    {
      key: 'disagree',
      heading: 'When you disagree: ways to work it out',
      paragraphs: [
        'Most disagreements are settled by talking with the team. You can ask for an IEP meeting at any time. Some states also offer a facilitated IEP meeting, where a neutral person helps the team talk. If that does not work, the law gives you three formal choices. You can use more than one.',
      ],
      list: [
        'Mediation: a trained, neutral mediator helps you and the school reach an agreement. It is voluntary for both sides, free to you, and private. If you agree, the agreement is written down and signed, and a court can enforce it.',
        'State complaint: you (or any person or group) can write to the state education agency that the school broke a special education rule in the last year. The state must investigate and send a written decision within 60 days, unless there are exceptional circumstances or you both agree to try mediation first.',
        'Due process complaint: you ask for a hearing before an impartial hearing officer, usually within two years of the problem. The school must hold a resolution meeting with you within 15 days. If the problem is not solved in 30 days, the hearing goes ahead, and the hearing officer must make a decision within 45 days after that 30-day period.',
      ],
      cite: '34 CFR 300.506 (mediation); 300.151–300.153 (state complaints); 300.507–300.515 (due process)',
    },
    {
      key: 'due-process',
      heading: 'Due process hearings',
      paragraphs: [
        'At a hearing, you can bring a lawyer and people who know about children with disabilities. You can present evidence, ask witnesses questions, and ask that witnesses come. Each side must share its evaluations and recommendations at least 5 business days before the hearing.',
        'You can get a written or electronic record of the hearing and of the decision, for free. Unless someone appeals, the decision is final.',
      ],
      cite: '34 CFR 300.511–300.514',
    },
    {
      key: 'stay-put',
      heading: "Your child's placement while you disagree",
      paragraphs: [
        'While a due process complaint or an appeal is going on, your child usually stays in the current school placement ("stay put"), unless you and the school agree to something else. If your child is applying to school for the first time, your child goes to public school with your consent until it is settled.',
        'There are exceptions for some discipline cases (see below).',
      ],
      cite: '34 CFR 300.518; 300.533',
    },
    {
      key: 'private-placement',
      heading: 'If you place your child in a private school',
      paragraphs: [
        'If the school offered your child a free appropriate public education and you choose a private school, the school does not have to pay for it.',
        'If you think the school did not offer an appropriate education, a hearing officer or court may order the school to pay you back. You must tell the school you disagree and that you plan to enroll your child privately — at the last IEP meeting before you do, or in writing at least 10 business days before. If you do not, repayment may be reduced or denied.',
      ],
      cite: '34 CFR 300.148',
    },
    {
      key: 'discipline',
      heading: 'Discipline',
      paragraphs: [
        'A school can remove a child with a disability for up to 10 school days in a row for breaking a rule, like any other child. Removals of more than 10 school days in a row, or a pattern of removals adding up to more than 10 days in a school year, are a change of placement.',
        'Within 10 school days of deciding on a change of placement, the school, you and members of the IEP team must meet to decide whether the behavior was caused by the disability, or by the school not following the IEP. This is called a manifestation determination. If it was, your child usually goes back to the placement, and the team looks at a behavior plan.',
        'For weapons, illegal drugs or serious bodily injury, the school can place your child in another setting for up to 45 school days, even if the behavior was caused by the disability. Your child must keep getting services during any removal longer than 10 days. You can ask for an expedited (fast) hearing: it must take place within 20 school days, with a decision within 10 school days after.',
      ],
      cite: '34 CFR 300.530–300.537',
    },
    {
      key: 'civil-action',
      heading: 'Going to court',
      paragraphs: [
        'If you or the school do not agree with a hearing decision, either side can file a civil action in state or federal court. You have 90 days from the hearing decision to do this, unless your state sets a different time limit.',
      ],
      cite: '34 CFR 300.516',
    },
    {
      key: 'attorneys-fees',
      heading: "Attorneys' fees",
      paragraphs: [
        'If you win at a hearing or in court, the court may order the school to pay reasonable fees for your lawyer. Fees can be reduced in some cases, for example if you turned down a written settlement offer that was as good as the final result. Fees are not paid for IEP meetings, unless a hearing or court ordered the meeting.',
      ],
      cite: '34 CFR 300.517',
    },
    {
      key: 'help',
      heading: 'Where to get help',
      paragraphs: [
        "Start with your child's case manager or the school's special education office. Every state has a Parent Training and Information Center that helps families for free, and a state education agency that handles complaints. You can also talk with a parent advocate or a lawyer.",
      ],
      cite: '34 CFR 300.504(c); IDEA section 671',
    },
  ],
  closing:
    "This is a plain-language explanation written for families by the OpenIEP project. It is not legal advice. Your state's official procedural safeguards notice gives the full text of your rights.",
  frameLeft: 'Procedural safeguards notice (34 CFR 300.504)',
  printed: (date) => `Printed ${date}`,
  page: (page, pages) => `Page ${page} of ${pages}`,
  citeLabel: 'The rule',
};

const es: SafeguardsText = {
  title: 'Sus derechos en la educación especial',
  subject: 'Aviso de garantías procesales (34 CFR 300.504), en lenguaje sencillo',
  subtitle: 'Aviso de garantías procesales: una guía en lenguaje sencillo para padres',
  intro: [
    'La ley que regula la educación especial se llama IDEA (Ley de Educación para Personas con Discapacidades). Le da a usted, como madre, padre o tutor, derechos que los protegen a usted y a su hijo. Estos derechos se llaman "garantías procesales".',
    'La escuela debe darle este aviso una vez cada año escolar. También lo recibe la primera vez que su hijo es remitido o usted pide una evaluación, la primera vez en un año escolar que presenta una queja estatal o una queja de debido proceso, cuando la escuela decide un cambio de ubicación por disciplina, y siempre que usted lo pida.',
    'Esta guía explica cada derecho con palabras de todos los días. Si algo no está claro, pregúntele al coordinador del caso de su hijo. También puede recibir ayuda gratis del Centro de Capacitación e Información para Padres de su estado.',
  ],
  sections: [
    {
      key: 'participation',
      heading: 'Participar en las reuniones',
      paragraphs: [
        'Usted es miembro del equipo del IEP de su hijo. La escuela debe invitarlo con suficiente tiempo para que pueda asistir, y acordar con usted una fecha, hora y lugar. Si no puede ir en persona, puede participar por teléfono o por video.',
        'Puede traer a personas que conocen a su hijo, como un familiar, un amigo o un defensor. Si necesita un intérprete, la escuela debe darle uno gratis.',
      ],
      cite: '34 CFR 300.322; 300.501(b)',
    },
    {
      key: 'prior-written-notice',
      heading: 'Aviso previo por escrito',
      paragraphs: [
        'Antes de que la escuela empiece o cambie la evaluación, la elegibilidad, los servicios o la ubicación de su hijo —o se niegue a hacer algo que usted pidió—, debe avisarle por escrito. Esto se llama aviso previo por escrito.',
        'El aviso debe decir qué quiere hacer la escuela (o qué no hará) y por qué, qué otras opciones consideró, qué información usó, dónde conseguir ayuda y que usted tiene estos derechos. Debe estar en su idioma, a menos que claramente no sea posible.',
      ],
      cite: '34 CFR 300.503',
    },
    {
      key: 'consent',
      heading: 'Consentimiento de los padres',
      paragraphs: [
        'La escuela debe pedir su permiso por escrito (consentimiento) antes de la primera evaluación de su hijo, antes de empezar por primera vez los servicios de educación especial y antes de la mayoría de las reevaluaciones.',
        'Dar su consentimiento es su decisión. Puede decir que no. También puede retirar (revocar) más adelante su consentimiento para los servicios, por escrito. Si lo hace, la escuela debe enviarle un aviso previo por escrito antes de suspender los servicios. Retirar el consentimiento no deshace lo que ya pasó.',
      ],
      cite: '34 CFR 300.300; 300.9',
    },
    {
      key: 'iee',
      heading: 'Evaluación educativa independiente',
      paragraphs: [
        'Si no está de acuerdo con una evaluación que hizo la escuela, puede pedir una evaluación educativa independiente (IEE, por sus siglas en inglés). Es una evaluación hecha por una persona calificada que no trabaja para la escuela.',
        'Puede pedirla con fondos públicos, es decir, que la pague la escuela. La escuela debe entonces pagarla, o pedir una audiencia de debido proceso para demostrar que su propia evaluación es correcta, sin demoras innecesarias. Tiene derecho a una IEE pagada cada vez que la escuela evalúa y usted no está de acuerdo. El equipo debe tomar en cuenta cualquier evaluación que usted comparta.',
      ],
      cite: '34 CFR 300.502',
    },
    {
      key: 'records',
      heading: 'Los expedientes de su hijo',
      paragraphs: [
        'Usted puede ver y revisar todos los expedientes educativos de su hijo. La escuela debe dejarle verlos sin demoras innecesarias, antes de cualquier reunión del IEP o audiencia, y a más tardar 45 días después de que usted lo pida.',
        'Puede pedir copias si no puede ir a ver los expedientes, y pedir que alguien se los explique. Si cree que algo en los expedientes está mal o se presta a confusión, puede pedir a la escuela que lo corrija, y pedir una audiencia si se niega. La escuela debe mantener privados los expedientes de su hijo y llevar una lista de quién los consulta.',
      ],
      cite: '34 CFR 300.501(a); 300.613–300.621',
    },
    {
      key: 'disagree',
      heading: 'Si no está de acuerdo: maneras de resolverlo',
      paragraphs: [
        'La mayoría de los desacuerdos se resuelven hablando con el equipo. Puede pedir una reunión del IEP en cualquier momento. Algunos estados también ofrecen una reunión del IEP facilitada, en la que una persona neutral ayuda al equipo a dialogar. Si eso no funciona, la ley le da tres opciones formales. Puede usar más de una.',
      ],
      list: [
        'Mediación: un mediador capacitado y neutral les ayuda a usted y a la escuela a llegar a un acuerdo. Es voluntaria para ambas partes, gratis para usted y confidencial. Si llegan a un acuerdo, se pone por escrito y se firma, y un tribunal puede hacerlo cumplir.',
        'Queja estatal: usted (o cualquier persona u organización) puede escribir a la agencia estatal de educación que la escuela no cumplió una regla de educación especial en el último año. El estado debe investigar y enviar una decisión por escrito en un plazo de 60 días, salvo circunstancias excepcionales o si ambos acuerdan intentar primero la mediación.',
        'Queja de debido proceso: usted pide una audiencia ante un oficial de audiencias imparcial, por lo general dentro de los dos años siguientes al problema. La escuela debe tener con usted una reunión de resolución en un plazo de 15 días. Si el problema no se resuelve en 30 días, se hace la audiencia, y el oficial de audiencias debe tomar una decisión en un plazo de 45 días después de ese período de 30 días.',
      ],
      cite: '34 CFR 300.506 (mediación); 300.151–300.153 (quejas estatales); 300.507–300.515 (debido proceso)',
    },
    {
      key: 'due-process',
      heading: 'Audiencias de debido proceso',
      paragraphs: [
        'En una audiencia, puede ir con un abogado y con personas que saben sobre niños con discapacidades. Puede presentar pruebas, hacer preguntas a los testigos y pedir que vengan testigos. Cada parte debe compartir sus evaluaciones y recomendaciones al menos 5 días hábiles antes de la audiencia.',
        'Puede recibir gratis una copia escrita o electrónica de la audiencia y de la decisión. Si nadie apela, la decisión es definitiva.',
      ],
      cite: '34 CFR 300.511–300.514',
    },
    {
      key: 'stay-put',
      heading: 'Dónde estudia su hijo mientras hay un desacuerdo',
      paragraphs: [
        'Mientras hay una queja de debido proceso o una apelación, por lo general su hijo se queda en la ubicación escolar actual ("permanecer en su lugar"), a menos que usted y la escuela acuerden otra cosa. Si su hijo solicita entrar a la escuela por primera vez, asiste a la escuela pública, con su consentimiento, hasta que se resuelva.',
        'Hay excepciones en algunos casos de disciplina (vea más abajo).',
      ],
      cite: '34 CFR 300.518; 300.533',
    },
    {
      key: 'private-placement',
      heading: 'Si inscribe a su hijo en una escuela privada',
      paragraphs: [
        'Si la escuela le ofreció a su hijo una educación pública gratuita y apropiada y usted elige una escuela privada, la escuela no tiene que pagarla.',
        'Si cree que la escuela no ofreció una educación apropiada, un oficial de audiencias o un tribunal puede ordenar que la escuela le devuelva el dinero. Debe avisar a la escuela que no está de acuerdo y que piensa inscribir a su hijo en una escuela privada: en la última reunión del IEP antes de hacerlo, o por escrito al menos 10 días hábiles antes. Si no lo hace, el reembolso se puede reducir o negar.',
      ],
      cite: '34 CFR 300.148',
    },
    {
      key: 'discipline',
      heading: 'Disciplina',
      paragraphs: [
        'La escuela puede retirar a un niño con discapacidad de su clase hasta 10 días escolares seguidos por no cumplir una regla, como a cualquier otro niño. Retirarlo más de 10 días escolares seguidos, o varias veces de manera que sumen más de 10 días en un año escolar, es un cambio de ubicación.',
        'En un plazo de 10 días escolares después de decidir un cambio de ubicación, la escuela, usted y miembros del equipo del IEP deben reunirse para decidir si la conducta fue causada por la discapacidad, o porque la escuela no cumplió el IEP. Esto se llama determinación de manifestación. Si fue así, por lo general su hijo regresa a su ubicación, y el equipo revisa un plan de conducta.',
        'En casos de armas, drogas ilegales o lesiones corporales graves, la escuela puede poner a su hijo en otro entorno hasta 45 días escolares, aunque la conducta haya sido causada por la discapacidad. Su hijo debe seguir recibiendo servicios durante cualquier retiro de más de 10 días. Puede pedir una audiencia acelerada: debe hacerse en un plazo de 20 días escolares, con una decisión en un plazo de 10 días escolares después.',
      ],
      cite: '34 CFR 300.530–300.537',
    },
    {
      key: 'civil-action',
      heading: 'Acudir a los tribunales',
      paragraphs: [
        'Si usted o la escuela no están de acuerdo con la decisión de una audiencia, cualquiera de los dos puede presentar una demanda civil ante un tribunal estatal o federal. Tiene 90 días desde la decisión de la audiencia para hacerlo, a menos que su estado fije otro plazo.',
      ],
      cite: '34 CFR 300.516',
    },
    {
      key: 'attorneys-fees',
      heading: 'Honorarios de abogados',
      paragraphs: [
        'Si usted gana en una audiencia o en un tribunal, el tribunal puede ordenar que la escuela pague honorarios razonables de su abogado. Los honorarios se pueden reducir en algunos casos, por ejemplo si usted rechazó una oferta de acuerdo por escrito que era tan buena como el resultado final. No se pagan honorarios por reuniones del IEP, salvo que una audiencia o un tribunal haya ordenado la reunión.',
      ],
      cite: '34 CFR 300.517',
    },
    {
      key: 'help',
      heading: 'Dónde conseguir ayuda',
      paragraphs: [
        'Empiece por el coordinador del caso de su hijo o la oficina de educación especial de la escuela. Cada estado tiene un Centro de Capacitación e Información para Padres que ayuda gratis a las familias, y una agencia estatal de educación que atiende las quejas. También puede hablar con un defensor de padres o con un abogado.',
      ],
      cite: '34 CFR 300.504(c); IDEA, sección 671',
    },
  ],
  closing:
    'Esta es una explicación en lenguaje sencillo escrita para las familias por el proyecto OpenIEP. No es asesoría legal. El aviso oficial de garantías procesales de su estado contiene el texto completo de sus derechos.',
  frameLeft: 'Aviso de garantías procesales (34 CFR 300.504)',
  printed: (date) => `Impreso el ${date}`,
  page: (page, pages) => `Página ${page} de ${pages}`,
  citeLabel: 'La norma',
};

export const SAFEGUARDS_TEXT = { en, es } as const satisfies Record<Locale, SafeguardsText>;
