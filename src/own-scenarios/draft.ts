/**
 * The scenario editor's form, as the fields hold it (text as typed, lists one per line), and its
 * conversion to and from a scenario. Pure: the island renders a draft and the checks read it.
 */
import { ANSWER_KEY_POLICY, policyPartials } from '../schemas/answer-key';
import type {
  FollowUpDecision,
  RedFlag,
  Route,
  Scenario,
  ScenarioInput,
  Situation,
  Verdict,
} from '../schemas/scenario';

/** One partial credit as the form holds it. */
export interface DraftPartial {
  verdict: Verdict;
  credit: number;
  reason: string;
}

/** One mark as the form holds it. */
export interface DraftMark {
  flag: RedFlag;
  on: 'note' | 'route' | 'profile';
  text: string;
  explain: string;
}

/** Every field of the editor. */
export interface Draft {
  title: string;
  id: string;
  /** True once the instructor typed an id: the title no longer rewrites it. */
  idEdited: boolean;
  level: '1' | '2' | '3';
  industry: string;
  you: { name: string; schools: string; employers: string; groups: string; knows: string };
  sender: {
    name: string;
    headline: string;
    mutualConnections: string;
    location: string;
    profile: string;
  };
  invitation: { via: Route; claim: string; note: string };
  situation: Situation | '';
  answer: {
    verdict: Verdict;
    partial: DraftPartial[];
    flags: RedFlag[];
    why: string;
    reply: string;
    marks: DraftMark[];
  };
  hasFollowUp: boolean;
  followUp: { message: string; decision: FollowUpDecision; why: string };
  consequences: { accept: string; reply: string; ignore: string };
}

/** A blank form. */
export function emptyDraft(): Draft {
  return {
    title: '',
    id: '',
    idEdited: false,
    level: '2',
    industry: '',
    you: { name: '', schools: '', employers: '', groups: '', knows: '' },
    sender: { name: '', headline: '', mutualConnections: '0', location: '', profile: '' },
    invitation: { via: 'colleague', claim: '', note: '' },
    situation: '',
    answer: { verdict: 'reply', partial: [], flags: [], why: '', reply: '', marks: [] },
    hasFollowUp: false,
    followUp: { message: '', decision: 'accept-with-caution', why: '' },
    consequences: { accept: '', reply: '', ignore: '' },
  };
}

/** A kebab-case id from a title ("Betty, same school?" → "betty-same-school"), at most 60 characters. */
export function idFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The draft with a new title, and the id derived from it unless the instructor typed one. */
export function withTitle(draft: Draft, title: string): Draft {
  return { ...draft, title, id: draft.idEdited ? draft.id : idFromTitle(title) };
}

/**
 * The draft with a situation chosen: the policy's best verdict and its partial credit with the
 * policy's reasons (the instructor may reword them).
 */
export function withSituation(draft: Draft, situation: Situation | ''): Draft {
  if (!situation) return { ...draft, situation };
  const verdict = ANSWER_KEY_POLICY[situation].best;
  return {
    ...draft,
    situation,
    answer: { ...draft.answer, verdict, partial: policyPartials(situation) },
    hasFollowUp: verdict === 'reply' && draft.hasFollowUp,
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const optional = (text: string) => (text.trim() ? text.trim() : undefined);

/** The scenario the draft describes, for the schema to check (own scenarios sit in the practice pool). */
export function draftToInput(d: Draft): ScenarioInput {
  const consequences = {
    accept: optional(d.consequences.accept),
    reply: optional(d.consequences.reply),
    ignore: optional(d.consequences.ignore),
  };
  const hasConsequence = Object.values(consequences).some(Boolean);
  return {
    id: d.id.trim(),
    title: d.title.trim(),
    level: Number(d.level) as 1 | 2 | 3,
    ...(d.industry.trim() ? { industry: d.industry.trim() } : {}),
    pool: 'practice',
    ...(d.situation ? { situation: d.situation } : {}),
    you: {
      name: d.you.name,
      schools: lines(d.you.schools),
      employers: lines(d.you.employers),
      groups: lines(d.you.groups),
      knows: lines(d.you.knows),
    },
    sender: {
      name: d.sender.name,
      headline: d.sender.headline,
      mutualConnections:
        d.sender.mutualConnections.trim() === '' ? 0 : Number(d.sender.mutualConnections),
      ...(d.sender.location.trim() ? { location: d.sender.location } : {}),
      profile: lines(d.sender.profile),
    },
    invitation: { ...d.invitation },
    answer: {
      verdict: d.answer.verdict,
      partial: d.answer.partial.map((p) => ({ ...p })),
      flags: [...d.answer.flags],
      why: d.answer.why,
      ...(d.answer.verdict === 'reply' && d.answer.reply.trim() ? { reply: d.answer.reply } : {}),
      marks: d.answer.marks.map((m) => ({
        flag: m.flag,
        on: m.on,
        ...(m.on === 'note' ? { text: m.text } : {}),
        explain: m.explain,
      })),
    },
    ...(d.hasFollowUp ? { followUp: { ...d.followUp } } : {}),
    ...(hasConsequence ? { consequences } : {}),
  };
}

/** The form filled with a scenario, to edit it. */
export function scenarioToDraft(s: Scenario): Draft {
  const blank = emptyDraft();
  return {
    title: s.title,
    id: s.id,
    idEdited: true,
    level: String(s.level) as Draft['level'],
    industry: s.industry ?? '',
    you: {
      name: s.you.name,
      schools: s.you.schools.join('\n'),
      employers: s.you.employers.join('\n'),
      groups: s.you.groups.join('\n'),
      knows: s.you.knows.join('\n'),
    },
    sender: {
      name: s.sender.name,
      headline: s.sender.headline,
      mutualConnections: String(s.sender.mutualConnections),
      location: s.sender.location ?? '',
      profile: s.sender.profile.join('\n'),
    },
    invitation: { ...s.invitation },
    situation: s.situation ?? '',
    answer: {
      verdict: s.answer.verdict,
      partial: s.answer.partial.map((p) => ({ ...p })),
      flags: [...s.answer.flags],
      why: s.answer.why,
      reply: s.answer.reply ?? '',
      marks: s.answer.marks.map((m) => ({
        flag: m.flag,
        on: m.on,
        text: m.text ?? '',
        explain: m.explain,
      })),
    },
    hasFollowUp: !!s.followUp,
    followUp: s.followUp ? { ...s.followUp } : blank.followUp,
    consequences: {
      accept: s.consequences?.accept ?? '',
      reply: s.consequences?.reply ?? '',
      ignore: s.consequences?.ignore ?? '',
    },
  };
}
