/**
 * Goal measurability (34 CFR 300.320(a)(2)(i): "a statement of measurable annual goals").
 * A goal is measurable when it names an observable behaviour, a measurable criterion and a timeframe;
 * a condition ("given…", "when presented with…") is recommended. Deterministic and explainable: each
 * component reports the words that matched, so the editor can show why. English text.
 */

export type GoalComponent = 'condition' | 'behavior' | 'criterion' | 'timeframe';

export interface ComponentResult {
  found: boolean;
  /** The words of the goal that satisfied the component, as typed. */
  matched: string | null;
}

export interface GoalCheck {
  measurable: boolean;
  components: Record<GoalComponent, ComponentResult>;
  /** Required components that were not found (condition is recommended, not required). */
  missing: GoalComponent[];
  /** Verbs that describe an inner state rather than something anyone can observe or count. */
  vagueVerbs: string[];
  suggestions: string[];
}

export const GOAL_TEXT_MAX = 2000;

/** Verbs that cannot be observed or counted (the seed and every IEP guide warn against them). */
export const VAGUE_VERBS = [
  'understand',
  'understands',
  'understanding',
  'know',
  'knows',
  'knowing',
  'improve',
  'improves',
  'improving',
  'improved',
  'appreciate',
  'appreciates',
  'be aware',
  'become aware',
  'aware of',
  'learn',
  'learns',
  'learning',
  'realize',
  'realizes',
  'feel',
  'feels',
  'believe',
  'believes',
  'enjoy',
  'enjoys',
  'grasp',
  'grasps',
  'be familiar',
  'become familiar',
  'develop an appreciation',
  'gain',
  'gains',
  'work on',
  'works on',
  'try',
  'tries',
] as const;

/** Observable, countable behaviours (base form; -s / -ing / -ed forms are accepted). */
export const OBSERVABLE_VERBS = [
  'read',
  'write',
  'spell',
  'say',
  'state',
  'name',
  'label',
  'list',
  'identify',
  'point',
  'circle',
  'underline',
  'answer',
  'ask',
  'request',
  'respond',
  'reply',
  'retell',
  'summarize',
  'describe',
  'explain',
  'define',
  'solve',
  'compute',
  'calculate',
  'add',
  'subtract',
  'multiply',
  'divide',
  'count',
  'measure',
  'estimate',
  'round',
  'match',
  'sort',
  'classify',
  'compare',
  'sequence',
  'order',
  'graph',
  'plot',
  'draw',
  'copy',
  'trace',
  'cut',
  'produce',
  'articulate',
  'pronounce',
  'imitate',
  'sign',
  'type',
  'complete',
  'submit',
  'edit',
  'revise',
  'compose',
  'decode',
  'encode',
  'blend',
  'segment',
  'locate',
  'select',
  'choose',
  'use',
  'demonstrate',
  'perform',
  'follow',
  'initiate',
  'maintain',
  'remain',
  'stay',
  'sit',
  'walk',
  'climb',
  'jump',
  'throw',
  'catch',
  'kick',
  'raise',
  'wait',
  'take',
  'transition',
  'return',
  'greet',
  'share',
  'comment',
  'participate',
  'attend',
  'button',
  'zip',
  'tie',
  'dress',
  'wash',
  'feed',
  'prepare',
  'purchase',
  'pay',
  'navigate',
  'arrive',
  'record',
  'check',
  'organize',
  'plan',
  'apply',
  'advocate',
  'verbalize',
  'express',
  'contribute',
  'engage',
  'correct',
  'form',
  'write down',
  'tell',
  'show',
  'build',
  'assemble',
  'fill',
  'fold',
  'open',
  'close',
] as const;

const NUMBER_WORDS = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)';
const NUM = `(?:\\d+(?:\\.\\d+)?|${NUMBER_WORDS})`;

const CRITERION_PATTERNS: RegExp[] = [
  new RegExp(
    `\\b\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b)(?:\\s+(?:accuracy|of (?:the )?(?:time|opportunities|trials|intervals|items|problems|words)))?`,
    'i',
  ),
  new RegExp(
    `\\b${NUM}\\s*(?:/|out of|of)\\s*${NUM}\\b(?:\\s+(?:consecutive\\s+)?(?:trials|opportunities|attempts|sessions|probes|days|data points|occasions|observations|intervals|problems|items|questions|assignments|weeks))?`,
    'i',
  ),
  new RegExp(
    `\\b${NUM}\\s+(?:correct\\s+)?(?:words|letters|sounds|digits|problems|words correct)\\s+(?:correct\\s+)?(?:per|a|in one|in 1)\\s+minute\\b`,
    'i',
  ),
  new RegExp(
    `\\b(?:at least|no more than|no fewer than|fewer than|less than|a minimum of|a maximum of|up to)\\s+${NUM}\\b(?:\\s+\\w+){0,3}`,
    'i',
  ),
  new RegExp(
    `\\b(?:in|on|across|for)\\s+${NUM}\\s+(?:consecutive\\s+)?(?:trials|opportunities|sessions|probes|days|data points|occasions|observations|weeks)\\b`,
    'i',
  ),
  new RegExp(`\\bwithin\\s+${NUM}\\s+(?:seconds|minutes|prompts)\\b`, 'i'),
  new RegExp(
    `\\bwith\\s+(?:no more than\\s+)?${NUM}\\s+(?:or fewer\\s+)?(?:prompts?|cues?|errors?|reminders?)\\b`,
    'i',
  ),
  /\b(?:independently|without (?:adult )?(?:prompts|prompting|assistance))\b[^.]{0,40}\b\d+\b/i,
  /\brubric score of\s+\d+/i,
  /\bgrade[- ]level\s+\d+\b|\blexile\s+(?:level\s+)?(?:of\s+)?\d+/i,
];

const MONTHS = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const TIMEFRAME_PATTERNS: RegExp[] = [
  new RegExp(
    `\\bby\\s+(?:the\\s+end\\s+of\\s+)?(?:${MONTHS}\\s*(?:\\d{1,2},?\\s*)?\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`,
    'i',
  ),
  /\bby\s+the\s+(?:end\s+of\s+the\s+)?(?:iep|annual review|next annual review|school year|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|semester|trimester|grading period|marking period)|end of (?:the )?(?:iep|school year|year|semester))(?:\s+(?:period|year))?\b/i,
  /\bby\s+the\s+end\s+of\s+(?:the\s+)?(?:iep(?:\s+(?:period|year|term))?|school year|year|semester|trimester|quarter|grading period)\b/i,
  new RegExp(
    `\\b(?:within|in)\\s+${NUM}\\s+(?:weeks|months|school weeks|instructional weeks|days|school days|instructional days)\\b`,
    'i',
  ),
  /\b(?:within|in)\s+(?:one|1|a)\s+(?:year|calendar year|school year)\b/i,
  /\bby\s+(?:the\s+)?(?:annual|iep)\s+review\b/i,
];

const CONDITION_PATTERNS: RegExp[] = [
  /\bgiven\s+[^,.;]{3,120}/i,
  /\bwhen\s+(?:presented|given|asked|provided|shown|prompted)\s+[^,.;]{2,120}/i,
  /\busing\s+[^,.;]{3,80}/i,
  /\bwith\s+(?:the\s+use\s+of|access\s+to|the\s+support\s+of|visual\s+supports?|a\s+visual\s+schedule|a\s+graphic\s+organizer|a\s+calculator|a\s+checklist|assistive\s+technology|verbal\s+prompts?|picture\s+cues?|a\s+peer|adult\s+support|a\s+word\s+bank)[^,.;]{0,80}/i,
  /\b(?:during|in)\s+(?:structured|unstructured|small[- ]group|whole[- ]group|general education|class|classroom|the classroom|the cafeteria|recess|lunch|transitions?|independent work|math class|reading class|speech therapy|therapy sessions?|community settings?)[^,.;]{0,80}/i,
  /\bafter\s+(?:reading|listening|hearing|being\s+shown|a\s+model)[^,.;]{2,80}/i,
];

function firstMatch(text: string, patterns: RegExp[]): string | null {
  let best: { index: number; text: string } | null = null;
  for (const p of patterns) {
    const m = p.exec(text);
    if (m && (best === null || m.index < best.index)) best = { index: m.index, text: m[0].trim() };
  }
  return best ? best.text : null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const VAGUE_RE = new RegExp(
  `\\b(?:${[...VAGUE_VERBS]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})\\b`,
  'gi',
);
const OBSERVABLE_RE = new RegExp(
  `\\b(?:will|to|can)\\s+(?:(?:correctly|accurately|independently|orally|verbally|fluently|consistently|appropriately|also)\\s+)?(${OBSERVABLE_VERBS.map(escape).join('|')})(?:s|es|ing|ed|d)?\\b`,
  'i',
);
const OBSERVABLE_ANY_RE = new RegExp(`\\b(${OBSERVABLE_VERBS.map(escape).join('|')})(?:s|es)?\\b`, 'i');

/** Checks a goal's text. `text` must be non-empty and at most GOAL_TEXT_MAX characters (the API answers 400 otherwise). */
export function checkGoal(text: string): GoalCheck {
  const t = text.replace(/\s+/g, ' ').trim();
  const vagueVerbs = [...new Set([...t.matchAll(VAGUE_RE)].map((m) => m[0].toLowerCase()))];
  const behaviorMatch = OBSERVABLE_RE.exec(t) ?? OBSERVABLE_ANY_RE.exec(t);
  const behavior = behaviorMatch ? behaviorMatch[0].trim() : null;
  const criterion = firstMatch(t, CRITERION_PATTERNS);
  const timeframe = firstMatch(t, TIMEFRAME_PATTERNS);
  const condition = firstMatch(t, CONDITION_PATTERNS);

  const components: Record<GoalComponent, ComponentResult> = {
    condition: { found: condition !== null, matched: condition },
    behavior: { found: behavior !== null, matched: behavior },
    criterion: { found: criterion !== null, matched: criterion },
    timeframe: { found: timeframe !== null, matched: timeframe },
  };
  const missing = (['behavior', 'criterion', 'timeframe'] as const).filter((c) => !components[c].found);
  const suggestions: string[] = [];
  if (vagueVerbs.length) {
    suggestions.push(
      `Replace "${vagueVerbs.join('", "')}" with something anyone can see or count (for example read, write, solve, identify, ask for help).`,
    );
  }
  if (!components.behavior.found)
    suggestions.push(
      'Name an observable behaviour: what the student will do ("will read", "will solve", "will request a break").',
    );
  if (!components.criterion.found)
    suggestions.push(
      'Add a criterion: how well or how often ("with 80% accuracy", "in 4 of 5 trials", "90 words correct per minute").',
    );
  if (!components.timeframe.found)
    suggestions.push(
      'Add a timeframe: by when ("by the annual review", "by June 2027", "within 36 instructional weeks").',
    );
  if (!components.condition.found)
    suggestions.push(
      'Consider a condition: in what situation or with what support ("given a grade-level passage", "during small-group instruction").',
    );
  return { measurable: missing.length === 0, components, missing, vagueVerbs, suggestions };
}
