/**
 * The five questions of "Describe it", as controlled components: the island owns the description
 * (the store keeps it) and each question changes only its own fields. Labels are visible, hints
 * are tied to their fields, and choices are native radios and checkboxes in fieldsets.
 */
import { CLAIMING_ROUTES } from '~/schemas/constants';
import {
  PROFILE_SIGNS,
  type InvitationDescription,
  type ProfileSign,
} from '~/schemas/invitation-description';
import type { Route } from '~/schemas/scenario';
import type { DescriptionChange } from '~/stores/my-invitation';
import { firstName, PROFILE_SIGN_TEXT } from '~/invitation';
import { ChoiceGroup, toggle } from '../ui/ChoiceGroup';
import { CLAIM_LABELS, OWN_PLACE_LABELS, ROUTE_CHOICES, factQuestion } from './words';

/** What every question receives. */
export interface QuestionProps {
  description: InvitationDescription;
  onChange: (change: DescriptionChange) => void;
  /** The id of the message that says what is missing, when there is one. */
  errorId?: string;
}

/** The sender's first name for the questions, or "them" before it is known. */
export const senderWord = (d: InvitationDescription) =>
  d.sender.name.trim() ? firstName(d.sender.name) : 'them';

function TextField(props: {
  id: string;
  label: string;
  value: string;
  max: number;
  hint?: string;
  required?: boolean;
  errorId?: string;
  onInput: (value: string) => void;
}) {
  const described = [props.hint && `${props.id}-hint`, props.errorId].filter(Boolean).join(' ');
  return (
    <p class="mi-field">
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <span id={`${props.id}-hint`} class="mi-hint">
          {props.hint}
        </span>
      )}
      <input
        id={props.id}
        type="text"
        value={props.value}
        maxLength={props.max}
        required={props.required}
        aria-invalid={props.errorId ? true : undefined}
        aria-describedby={described || undefined}
        autocomplete="off"
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </p>
  );
}

/** Question 1: who sent it. */
export function SenderQuestion({ description: d, onChange, errorId }: QuestionProps) {
  const sender = (change: Partial<InvitationDescription['sender']>) =>
    onChange((now) => ({ sender: { ...now.sender, ...change } }));
  return (
    <>
      <TextField
        id="mi-sender-name"
        label="Their name, as the invitation shows it"
        value={d.sender.name}
        max={80}
        required
        errorId={errorId}
        onInput={(name) => sender({ name })}
      />
      <TextField
        id="mi-sender-headline"
        label="Their headline (optional)"
        hint="The line under their name, such as “CPA at Carter & Co.”"
        value={d.sender.headline}
        max={220}
        onInput={(headline) => sender({ headline })}
      />
      <p class="mi-field">
        <label for="mi-sender-mutual">Mutual connections (optional)</label>
        <input
          id="mi-sender-mutual"
          type="number"
          inputMode="numeric"
          min={0}
          max={30000}
          value={d.sender.mutualConnections || ''}
          onInput={(e) => {
            const n = Number((e.currentTarget as HTMLInputElement).value);
            sender({
              mutualConnections: Number.isInteger(n) ? Math.min(Math.max(n, 0), 30000) : 0,
            });
          }}
        />
      </p>
    </>
  );
}

/** Question 2: the route, and the place it names. */
export function RouteQuestion({ description: d, onChange }: QuestionProps) {
  const label = d.via && CLAIM_LABELS[d.via];
  return (
    <>
      <ChoiceGroup
        legend="The route"
        name="mi-route"
        type="radio"
        options={ROUTE_CHOICES}
        selected={d.via ? [d.via] : []}
        onToggle={(via: Route) =>
          onChange({ via, claimHolds: undefined, knowThem: undefined, benefit: undefined })
        }
      />
      {label && (
        <TextField
          id="mi-claim"
          label={label}
          value={d.claim}
          max={120}
          onInput={(claim) => onChange({ claim })}
        />
      )}
    </>
  );
}

/** Question 3: the note, pasted. */
export function NoteQuestion({ description: d, onChange }: QuestionProps) {
  return (
    <p class="mi-field">
      <label for="mi-note">Their note</label>
      <span id="mi-note-hint" class="mi-hint">
        Paste it as it is. Leave this empty if there was no note.
      </span>
      <textarea
        id="mi-note"
        class="ex-textarea"
        rows={5}
        maxLength={300}
        aria-describedby="mi-note-hint mi-note-count"
        value={d.note}
        onInput={(e) => onChange({ note: (e.currentTarget as HTMLTextAreaElement).value })}
      />
      <span id="mi-note-count" class="ex-count">
        {d.note.length} of 300 characters
      </span>
    </p>
  );
}

/** Question 4: your own facts, asked for the route's claim. */
export function FactsQuestion({ description: d, onChange }: QuestionProps) {
  const via = d.via ?? 'none';
  const who = senderWord(d);
  const q = factQuestion(via, who, d.claim.trim());
  const claiming = CLAIMING_ROUTES.includes(via);
  const placeLabel = OWN_PLACE_LABELS[via];
  return (
    <>
      {q.field === 'claimHolds' ? (
        <ChoiceGroup
          legend={q.question}
          name="mi-claim-holds"
          type="radio"
          options={q.choices as Record<string, string>}
          selected={d.claimHolds ? [d.claimHolds] : []}
          onToggle={(value) => onChange({ claimHolds: value as typeof d.claimHolds })}
        />
      ) : (
        <ChoiceGroup
          legend={q.question}
          name="mi-know-them"
          type="radio"
          options={q.choices}
          selected={d.knowThem ? [d.knowThem] : []}
          onToggle={(knowThem) => onChange({ knowThem })}
        />
      )}
      {claiming && d.claimHolds && d.claimHolds !== 'yes' && (
        <div class="mi-optional">
          <p class="mi-hint">
            For the reply the page drafts for you. Leave them empty if you prefer.
          </p>
          <TextField
            id="mi-you-name"
            label="Your first name (optional)"
            hint="For a kind way out: “Maybe you clicked on the wrong Owen?”"
            value={d.you.name}
            max={80}
            onInput={(name) => onChange((now) => ({ you: { ...now.you, name } }))}
          />
          {placeLabel && d.claimHolds === 'no' && (
            <TextField
              id="mi-you-place"
              label={placeLabel}
              hint="For the correction: “I studied at NC State, not Duke.”"
              value={d.you.place}
              max={120}
              onInput={(place) => onChange((now) => ({ you: { ...now.you, place } }))}
            />
          )}
        </div>
      )}
    </>
  );
}

/** Question 5: anything odd on the profile. */
export function ProfileQuestion({ description: d, onChange }: QuestionProps) {
  const options = Object.fromEntries(
    PROFILE_SIGNS.map((sign) => [sign, PROFILE_SIGN_TEXT[sign]]),
  ) as Record<ProfileSign, string>;
  return (
    <>
      <ChoiceGroup
        legend="Tick what you see (nothing, if nothing looks odd)"
        name="mi-sign"
        type="checkbox"
        options={options}
        selected={d.profileSigns}
        onToggle={(sign) => onChange((now) => ({ profileSigns: toggle(now.profileSigns, sign) }))}
      />
      <TextField
        id="mi-profile-other"
        label="Anything else you noticed (optional)"
        hint="Shown on the card; it does not count as a warning sign by itself."
        value={d.profileOther}
        max={200}
        onInput={(profileOther) => onChange({ profileOther })}
      />
    </>
  );
}
