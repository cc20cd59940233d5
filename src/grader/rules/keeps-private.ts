/** keeps-private: no email address, phone number or street address in the reply. */
import { findAddress, findEmail, findPhone } from '../privacy';
import { absent } from '../engine';
import type { ReplyRule } from './types';

/** The reply shares no email address, phone number or street address. */
export const keepsPrivate: ReplyRule<'keeps-private'> = {
  id: 'keeps-private',
  check: ({ text, doc }) => absent(findEmail(text) ?? findPhone(text) ?? findAddress(doc)),
  feedback: {
    met: () => 'No contact details shared.',
    unmet: () => 'Leave contact details such as @ out.',
  },
};
