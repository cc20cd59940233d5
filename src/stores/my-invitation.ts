/**
 * The invitation a learner describes on `/my-invitation/`, with their reply and the sender's
 * answer. It lives in memory only: nothing is written to the device unless the learner asks
 * ("Keep on this device"), and "Forget this invitation" clears both the page and the device.
 *
 * Kept under the key `snty:my-invitation` as JSON, only while the learner keeps it. Shapes:
 *
 * - **v1** (current): `{ v: 1, description, reply, answer, step }`: the description
 *   (src/schemas/invitation-description.ts), the reply as the learner edited it (`null` while
 *   they use the draft as it is), the sender's answer as pasted, and the step they were on.
 *
 * Migrations: none yet. Data that does not parse as v1 is removed, not set aside like progress
 * (src/stores/versioned-atom.ts): it describes someone's private invitation, so no copy is kept.
 */
import { persistentAtom } from '@nanostores/persistent';
import { atom } from 'nanostores';
import * as z from 'zod/mini';
import {
  emptyDescription,
  invitationDescriptionSchema,
  type InvitationDescription,
} from '../schemas/invitation-description';
import './storage-engine';

/** The storage key, written only while the learner keeps the invitation on the device. */
export const MY_INVITATION_KEY = 'snty:my-invitation';

/** Everything the page holds about the learner's invitation. */
export interface MyInvitation {
  description: InvitationDescription;
  /** The reply as the learner edited it; null while they have not changed the draft. */
  reply: string | null;
  /** The sender's answer, as pasted. */
  answer: string;
  /** Which step of the page they are on (the island's step ids). */
  step: string;
}

const storedSchema = z.object({
  v: z.literal(1),
  description: invitationDescriptionSchema,
  reply: z.nullable(z.string().check(z.maxLength(3000))),
  answer: z.string().check(z.maxLength(3000)),
  step: z.string().check(z.maxLength(40)),
});

/** A blank invitation, on its first step. */
export const blankInvitation = (): MyInvitation => ({
  description: emptyDescription(),
  reply: null,
  answer: '',
  step: '',
});

/** The invitation being described, in memory. */
export const $myInvitation = atom<MyInvitation>(blankInvitation());
/** True while the learner keeps the invitation on this device. */
export const $keepMyInvitation = atom(false);

let unreadable = false;
const $stored = persistentAtom<MyInvitation | null>(MY_INVITATION_KEY, null, {
  // Nothing stored (the key removed) whenever the learner does not keep the invitation.
  encode: (value) => (value ? JSON.stringify({ v: 1, ...value }) : undefined),
  decode(raw) {
    try {
      const parsed = storedSchema.safeParse(JSON.parse(raw));
      if (parsed.success) {
        const { description, reply, answer, step } = parsed.data;
        return { description, reply, answer, step };
      }
    } catch {
      // Not JSON: dropped below like any other unreadable value.
    }
    unreadable = true;
    return null;
  },
  listen: false,
});
// Read once, when the page loads: the island brings it back on mount (`restoreMyInvitation`).
$stored.listen(() => {});

/** Writes or removes the stored copy as the learner's choice and their work change. */
function sync(): void {
  $stored.set($keepMyInvitation.get() ? $myInvitation.get() : null);
}
$myInvitation.listen(sync);
$keepMyInvitation.listen(sync);

/**
 * Brings back an invitation kept on this device, if there is one; returns whether there was.
 * Unreadable data is removed.
 */
export function restoreMyInvitation(): boolean {
  const kept = $stored.get();
  if (unreadable) {
    unreadable = false;
    $stored.set(null);
  }
  if (!kept) return false;
  $myInvitation.set(kept);
  $keepMyInvitation.set(true);
  return true;
}

/** Changes the invitation in memory (and on the device, while kept). */
export function updateMyInvitation(change: Partial<MyInvitation>): void {
  $myInvitation.set({ ...$myInvitation.get(), ...change });
}

/**
 * A change to the description: fields, or a function of the description as it is now, for a
 * field inside a group (`(now) => ({ sender: { ...now.sender, name } })`).
 */
export type DescriptionChange =
  Partial<InvitationDescription> | ((now: InvitationDescription) => Partial<InvitationDescription>);

/**
 * Changes the description, merged into the stored one at the moment of the change: fast typing
 * fires several input events before the page renders again, and a change merged into what the
 * page last rendered would undo the ones in between ("Bett" for "Betty").
 */
export function updateDescription(change: DescriptionChange): void {
  const now = $myInvitation.get().description;
  updateMyInvitation({
    description: { ...now, ...(typeof change === 'function' ? change(now) : change) },
  });
}

/** Keeps the invitation on this device, or removes it from the device (the page keeps it). */
export function keepMyInvitation(keep: boolean): void {
  $keepMyInvitation.set(keep);
}

/** Clears the invitation from the page and from the device. */
export function forgetMyInvitation(): void {
  $keepMyInvitation.set(false);
  $myInvitation.set(blankInvitation());
}
