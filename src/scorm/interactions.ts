/**
 * Every answer, as the LMS's interactions and objectives. Pure: the records are built from plain
 * data, so the unit tests compare exact records and the bridge (./bridge-session.ts) only writes
 * them.
 *
 * - A choice (the verdict, the red flags, a follow-up decision) is a `choice` interaction whose
 *   response lists the ids chosen (`reply[,]false-classmate` in 2004, `reply,false-classmate` in
 *   1.2).
 * - Writing (a reply, an invitation note) is `long-fill-in` in SCORM 2004 (up to 4,000
 *   characters) and `fill-in` in SCORM 1.2, trimmed to the 255 characters CMIFeedback holds.
 * - Each interaction names its skill as its objective, and the skills become the SCO's
 *   objectives with their scores, so an LMS's report shows who struggles with what.
 */
import type { Skill } from '~/tasks';

/** The SCORM edition a package speaks. */
export type ScormVersion = '1.2' | '2004';

/** The skills, in the order reports list them; they are the objectives' ids. */
export const SKILLS: readonly Skill[] = ['spotting', 'deciding', 'replying'];

/** One answer the learner gave, whatever activity it came from. */
export interface AnsweredItem {
  /** Stable id: the same exercise keeps the same interaction (e.g. `verdict:betty-same-school`). */
  id: string;
  /** A short description for the LMS's report ("Lesson 3: verdict on Betty Carter's invitation"). */
  description: string;
  /** The ids chosen (a choice), or the text written. */
  response: readonly string[] | string;
  /** The model choices, when there are any. */
  correct?: readonly string[];
  /** True when the answer passed (the grader's pass mark for that exercise). */
  passed: boolean;
  /** The share of the points earned, from 0 to 1. */
  share: number;
  /** How much the answer counts in its activity (every exercise counts 1). */
  weighting: number;
  /** The skill the answer shows. */
  skill: Skill;
  /** When the answer was given (ISO 8601). */
  at: string;
}

/** One interaction as the LMS stores it, before it is split into data model elements. */
export interface InteractionRecord {
  id: string;
  type: 'choice' | 'long-fill-in' | 'fill-in';
  description: string;
  learnerResponse: string;
  correctResponse?: string;
  result: 'correct' | 'incorrect' | 'wrong';
  weighting: string;
  /** 2004: `YYYY-MM-DDThh:mm:ss.ssZ`; 1.2: the time of day `hh:mm:ss` (UTC). */
  time: string;
  objective: Skill;
}

/** One objective (a skill) with its score over every answer that trains it. */
export interface ObjectiveRecord {
  id: Skill;
  /** 0-100, two decimals at most. */
  raw: number;
  /** How many answers it covers. */
  answers: number;
  passed: boolean;
}

/** The share of a skill's points needed for its objective to count as passed. */
export const OBJECTIVE_PASS_SHARE = 0.8;

/** Longest texts: 2004's long-fill-in (CMILangString4000) and 1.2's CMIFeedback (255). */
const TEXT_LIMIT: Record<ScormVersion, number> = { '2004': 4000, '1.2': 255 };
/** 2004's description is a CMILangString250. */
const DESCRIPTION_LIMIT = 250;

/** Identifiers: printable ASCII without spaces in both editions (`CMIIdentifier`, URI-like). */
export function interactionId(id: string): string {
  const clean = id.replace(/[^\w\-.:()+=@;$!*'%/#]/g, '_');
  return (clean || 'answer').slice(0, 250);
}

/**
 * One line of text within `limit` characters: line breaks become spaces (SCORM's string types
 * are single-line in several LMSs), and a leading `{` is escaped with an empty language tag so
 * the LMS does not read it as one.
 */
export function fitText(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cut = flat.length > limit ? flat.slice(0, limit - 1).trimEnd() + '…' : flat;
  return cut.startsWith('{') ? `{lang=en}${cut}`.slice(0, limit) : cut;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The answer's time in the edition's format; an unreadable time counts as the epoch. */
function formatTime(iso: string, version: ScormVersion): string {
  const parsed = new Date(iso);
  const d = Number.isNaN(parsed.getTime()) ? new Date(0) : parsed;
  const clock = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  if (version == '1.2') return clock;
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return `${date}T${clock}.${pad(Math.floor(d.getUTCMilliseconds() / 10))}Z`;
}

/** Unique ids, in the order given (2004 refuses a choice listed twice). */
const unique = (ids: readonly string[]) => [...new Set(ids.map(interactionId))];

/** The interaction that reports one answer in `version`. */
export function interactionRecord(item: AnsweredItem, version: ScormVersion): InteractionRecord {
  const separator = version == '2004' ? '[,]' : ',';
  const isChoice = typeof item.response != 'string';
  const learnerResponse = isChoice
    ? unique(item.response as readonly string[]).join(separator)
    : fitText(item.response as string, TEXT_LIMIT[version]);
  const record: InteractionRecord = {
    id: interactionId(item.id),
    type: isChoice ? 'choice' : version == '2004' ? 'long-fill-in' : 'fill-in',
    description: fitText(item.description, DESCRIPTION_LIMIT),
    learnerResponse,
    result: item.passed ? 'correct' : version == '2004' ? 'incorrect' : 'wrong',
    weighting: String(item.weighting),
    time: formatTime(item.at, version),
    objective: item.skill,
  };
  if (isChoice && item.correct?.length)
    record.correctResponse = unique(item.correct).join(separator);
  return record;
}

/**
 * The data model writes for one interaction at `index`, in the order LMSs require (id first,
 * then type before the response). 1.2 has no description; its time element is `time`.
 */
export function interactionElements(
  record: InteractionRecord,
  index: number,
  version: ScormVersion,
): [element: string, value: string][] {
  const at = `cmi.interactions.${index}`;
  const out: [string, string][] = [
    [`${at}.id`, record.id],
    [`${at}.type`, record.type],
    [`${at}.objectives.0.id`, record.objective],
  ];
  if (version == '2004') {
    out.push([`${at}.timestamp`, record.time]);
    if (record.description) out.push([`${at}.description`, record.description]);
  } else out.push([`${at}.time`, record.time]);
  if (record.correctResponse !== undefined)
    out.push([`${at}.correct_responses.0.pattern`, record.correctResponse]);
  out.push(
    [`${at}.weighting`, record.weighting],
    [
      version == '2004' ? `${at}.learner_response` : `${at}.student_response`,
      record.learnerResponse,
    ],
    [`${at}.result`, record.result],
  );
  return out;
}

/** Rounds a share to the 0-100 score LMSs show, two decimals at most. */
export const toPercent = (share: number) =>
  Math.round(Math.min(Math.max(Number.isFinite(share) ? share : 0, 0), 1) * 10000) / 100;

/**
 * One objective per skill, always all three in {@link SKILLS} order (so each keeps its index
 * from the first report on): the mean share of its answers in percent, or no score yet.
 */
export function objectiveRecords(items: readonly AnsweredItem[]): ObjectiveRecord[] {
  return SKILLS.map((id) => {
    const mine = items.filter((item) => item.skill === id);
    const share = mine.length ? mine.reduce((sum, item) => sum + item.share, 0) / mine.length : 0;
    return {
      id,
      raw: toPercent(share),
      answers: mine.length,
      passed: share >= OBJECTIVE_PASS_SHARE,
    };
  });
}

/** The data model writes for one objective at `index`. */
export function objectiveElements(
  record: ObjectiveRecord,
  index: number,
  version: ScormVersion,
): [element: string, value: string][] {
  const at = `cmi.objectives.${index}`;
  if (!record.answers)
    return [
      [`${at}.id`, record.id],
      version == '2004'
        ? [`${at}.completion_status`, 'not attempted']
        : [`${at}.status`, 'not attempted'],
    ];
  const out: [string, string][] = [
    [`${at}.id`, record.id],
    [`${at}.score.min`, '0'],
    [`${at}.score.max`, '100'],
    [`${at}.score.raw`, String(record.raw)],
  ];
  if (version == '2004') {
    out.push(
      [`${at}.score.scaled`, String(Math.round(record.raw * 100) / 10000)],
      [`${at}.success_status`, record.passed ? 'passed' : 'failed'],
      [`${at}.completion_status`, 'completed'],
    );
  } else out.push([`${at}.status`, record.passed ? 'passed' : 'failed']);
  return out;
}
