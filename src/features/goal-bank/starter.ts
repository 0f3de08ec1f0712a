/**
 * The starter goal bank, written by the OpenIEP project (no third-party text). Every goal names a condition,
 * an observable behaviour, a criterion and a timeframe; a test holds each one to `checkGoal`.
 * Teams adapt a goal to the child: the baseline and numbers here are examples, not recommendations.
 */
import { GOAL_AREAS, GRADE_BANDS, type GoalArea, type GradeBand } from '../../domain/goal-bank';

export { GOAL_AREAS, GRADE_BANDS, type GoalArea, type GradeBand };

export interface BankGoal {
  id: string;
  area: GoalArea;
  gradeBand: GradeBand;
  text: string;
  measurement: string;
}

const g = (id: string, area: GoalArea, gradeBand: GradeBand, text: string, measurement: string): BankGoal => ({
  id: `starter:${id}`,
  area,
  gradeBand,
  text,
  measurement,
});

export const STARTER_GOALS: readonly BankGoal[] = [
  g(
    'read-k2-letters',
    'reading',
    'K-2',
    'Given a set of 26 uppercase and lowercase letter cards, the student will name the letters within 60 seconds with 90% accuracy in 3 consecutive probes by the annual review.',
    'Letter-naming probes, weekly',
  ),
  g(
    'read-k2-cvc',
    'reading',
    'K-2',
    'Given 20 consonant-vowel-consonant words, the student will decode 18 of 20 words correctly in 4 of 5 trials by the end of the IEP year.',
    'Decoding probes, every two weeks',
  ),
  g(
    'read-k2-sight',
    'reading',
    'K-2',
    'Given a list of 50 grade-level high-frequency words, the student will read 45 of 50 words aloud correctly in 3 of 4 probes by the annual review.',
    'Word-list probes, monthly',
  ),
  g(
    'read-35-fluency',
    'reading',
    '3-5',
    'Given a grade-level passage, the student will read aloud 100 words correct per minute in 3 of 4 weekly probes by the annual review.',
    'Curriculum-based measurement of oral reading fluency, weekly',
  ),
  g(
    'read-35-main-idea',
    'reading',
    '3-5',
    'After reading an instructional-level informational text, the student will state the main idea and two supporting details in 4 of 5 opportunities by the end of the IEP year.',
    'Teacher-made comprehension checks, every two weeks',
  ),
  g(
    'read-68-inference',
    'reading',
    '6-8',
    'After reading a grade-level passage, the student will answer inferential questions with text evidence with 80% accuracy in 3 of 4 assessments by the annual review.',
    'Comprehension assessments with a scoring guide, monthly',
  ),
  g(
    'read-912-summary',
    'reading',
    '9-12',
    'Given a grade-level article, the student will write a summary that includes the central idea and three key details scoring 3 of 4 on the district rubric in 3 consecutive samples by the annual review.',
    'Rubric-scored work samples, monthly',
  ),
  g(
    'write-k2-sentence',
    'writing',
    'K-2',
    'Given a picture prompt, the student will write a complete sentence with a capital letter and end punctuation in 4 of 5 opportunities by the end of the IEP year.',
    'Writing samples, weekly',
  ),
  g(
    'write-35-paragraph',
    'writing',
    '3-5',
    'Given a graphic organizer, the student will write a paragraph of at least 5 sentences with a topic sentence and a conclusion in 4 of 5 samples by the annual review.',
    'Writing samples scored with a checklist, every two weeks',
  ),
  g(
    'write-68-essay',
    'writing',
    '6-8',
    'Given a writing prompt, the student will write a five-paragraph essay scoring 3 of 4 on the district writing rubric in 3 of 4 samples by the annual review.',
    'Rubric-scored essays, monthly',
  ),
  g(
    'write-912-edit',
    'writing',
    '9-12',
    'Using an editing checklist, the student will correct errors in capitalization, punctuation and spelling in their own drafts with 90% accuracy in 4 of 5 assignments by the end of the IEP year.',
    'Error analysis of drafts, every two weeks',
  ),
  g(
    'math-k2-count',
    'math',
    'K-2',
    'Given a set of up to 20 objects, the student will count them and write the matching numeral with 90% accuracy in 4 of 5 trials by the annual review.',
    'Counting probes, weekly',
  ),
  g(
    'math-k2-add',
    'math',
    'K-2',
    'Given 20 addition facts within 10, the student will solve them with 90% accuracy within 2 minutes in 3 consecutive probes by the end of the IEP year.',
    'Timed fact probes, weekly',
  ),
  g(
    'math-35-multiply',
    'math',
    '3-5',
    'Given 20 two-digit by one-digit multiplication problems, the student will solve them with 80% accuracy in 3 of 4 probes by the annual review.',
    'Computation probes, every two weeks',
  ),
  g(
    'math-35-word',
    'math',
    '3-5',
    'Given grade-level two-step word problems, the student will solve them and show the steps with 80% accuracy in 4 of 5 assessments by the end of the IEP year.',
    'Problem-solving assessments, every two weeks',
  ),
  g(
    'math-68-fractions',
    'math',
    '6-8',
    'Given 10 problems adding and subtracting fractions with unlike denominators, the student will solve 8 of 10 correctly in 3 consecutive probes by the annual review.',
    'Computation probes, every two weeks',
  ),
  g(
    'math-68-equations',
    'math',
    '6-8',
    'Given one-step and two-step linear equations, the student will solve them with 80% accuracy in 4 of 5 assessments by the end of the IEP year.',
    'Unit assessments and probes, monthly',
  ),
  g(
    'math-912-money',
    'math',
    '9-12',
    'Given a monthly budget worksheet, the student will calculate income, expenses and balance with 90% accuracy in 4 of 5 trials by the annual review.',
    'Budget tasks scored for accuracy, monthly',
  ),
  g(
    'comm-pk-request',
    'communication',
    'PK',
    'During play and snack routines, the student will request desired items using two-word phrases or a picture exchange in 8 of 10 opportunities across 3 consecutive sessions by the annual review.',
    'Speech-language therapy data and classroom observation',
  ),
  g(
    'comm-k2-artic',
    'communication',
    'K-2',
    'During structured activities, the student will produce /r/ correctly in words with 80% accuracy in 4 of 5 sessions by the annual review.',
    'Therapy session data',
  ),
  g(
    'comm-35-wh',
    'communication',
    '3-5',
    'After listening to a short story, the student will answer who, what, where and when questions in complete sentences with 80% accuracy in 4 of 5 sessions by the end of the IEP year.',
    'Therapy session data',
  ),
  g(
    'comm-68-conversation',
    'communication',
    '6-8',
    'During small-group conversations, the student will take at least 4 conversational turns on the topic in 4 of 5 observed conversations by the annual review.',
    'Observation with a tally sheet, weekly',
  ),
  g(
    'sel-k2-feelings',
    'social_emotional',
    'K-2',
    'Given a feelings chart, the student will identify and name their feeling when upset in 4 of 5 observed opportunities by the annual review.',
    'Observation log, daily',
  ),
  g(
    'sel-35-calm',
    'social_emotional',
    '3-5',
    'When frustrated during class, the student will use a calming strategy from a personal menu within 2 minutes in 4 of 5 observed incidents by the end of the IEP year.',
    'Incident log and observation, daily',
  ),
  g(
    'sel-68-help',
    'social_emotional',
    '6-8',
    'When faced with a difficult assignment, the student will ask an adult or peer for help using an appropriate phrase in 4 of 5 observed opportunities by the annual review.',
    'Teacher observation checklist, weekly',
  ),
  g(
    'beh-k2-seat',
    'behavior',
    'K-2',
    'During whole-group instruction, the student will remain in the assigned area for 15 minutes with no more than 1 prompt in 4 of 5 observations by the annual review.',
    'Interval observation, twice a week',
  ),
  g(
    'beh-35-ontask',
    'behavior',
    '3-5',
    'During independent work time, the student will stay on task in 80% of observed intervals across 5 consecutive days by the end of the IEP year.',
    'Momentary time sampling, daily',
  ),
  g(
    'beh-68-transition',
    'behavior',
    '6-8',
    'Given a visual schedule, the student will transition between classes and arrive on time in 9 of 10 transitions across 2 consecutive weeks by the annual review.',
    'Attendance and hall-pass log, daily',
  ),
  g(
    'motor-pk-scissors',
    'motor',
    'PK',
    'Given child-safe scissors and a 6-inch line, the student will cut along the line staying within half an inch in 4 of 5 trials by the annual review.',
    'Occupational therapy session data',
  ),
  g(
    'motor-k2-letters',
    'motor',
    'K-2',
    'When copying a sentence from the board, the student will form letters legibly with correct spacing in 4 of 5 samples by the end of the IEP year.',
    'Handwriting samples scored with a checklist, weekly',
  ),
  g(
    'motor-35-keyboard',
    'motor',
    '3-5',
    'Using a keyboard, the student will type 15 words per minute with 90% accuracy in 3 consecutive probes by the annual review.',
    'Typing probes, every two weeks',
  ),
  g(
    'adapt-pk-wash',
    'adaptive',
    'PK',
    'Given a picture sequence, the student will wash and dry their hands independently completing all 6 steps in 4 of 5 opportunities by the annual review.',
    'Task analysis data, daily',
  ),
  g(
    'adapt-912-meal',
    'adaptive',
    '9-12',
    'Given a recipe with pictures, the student will prepare a simple meal completing 9 of 10 steps independently in 3 consecutive sessions by the annual review.',
    'Task analysis data, weekly',
  ),
  g(
    'exec-68-planner',
    'executive_function',
    '6-8',
    'Using a planner, the student will record all assignments and due dates in 4 of 5 school days across 4 consecutive weeks by the annual review.',
    'Planner checks by the case manager, daily',
  ),
  g(
    'exec-912-longterm',
    'executive_function',
    '9-12',
    'Given a long-term assignment, the student will break it into steps with due dates and submit each step on time in 4 of 5 assignments by the end of the IEP year.',
    'Assignment tracker, weekly',
  ),
  g(
    'trans-912-selfadvocacy',
    'transition',
    '9-12',
    'During IEP meetings and class, the student will state their disability, two strengths and two accommodations they need in 3 of 3 opportunities by the annual review.',
    'Observation and self-advocacy checklist, each quarter',
  ),
  g(
    'trans-912-job',
    'transition',
    '9-12',
    'During a community work placement, the student will complete assigned job tasks with no more than 2 prompts per shift in 8 of 10 shifts by the end of the IEP year.',
    'Job coach data sheet, each shift',
  ),
  g(
    'trans-912-application',
    'transition',
    '9-12',
    'Given a sample job application, the student will complete all required fields accurately in 4 of 5 trials by the annual review.',
    'Work samples scored with a checklist, monthly',
  ),
];
