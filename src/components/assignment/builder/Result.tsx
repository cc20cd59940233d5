import { useState } from 'preact/hooks';
import { QrCode } from '../QrCode';
import { pointsAtThisComputer } from './localLink';
import { sitePath } from '../../ui/sitePath';

/** The link made: copy it, open it, present it, its QR code. */
export function Result({ link, title }: { link: string; title: string }) {
  const [copied, setCopied] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('Link copied.');
    } catch {
      setCopied('Copying is not allowed here: select the link and copy it yourself.');
    }
  };
  return (
    <section
      id="builder-result"
      class="builder-result"
      tabIndex={-1}
      aria-labelledby="builder-result-title"
    >
      <h2 id="builder-result-title">Your assignment link</h2>
      <label class="ex-label" for="builder-link">
        Link for students
      </label>
      <input
        id="builder-link"
        class="asg-input builder-link"
        type="text"
        readOnly
        value={link}
        onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
      />
      {pointsAtThisComputer(link) && (
        <p id="builder-local-warning" class="builder-errors" role="note">
          <strong>This link only opens on this computer.</strong> It starts with{' '}
          {new URL(link).host}, the address you opened the builder on, so your students' phones and
          laptops cannot reach it. Open the builder from the course's published address (or, for a
          room on one network, from the LAN address <code>HOST=0.0.0.0 npm start</code> prints) and
          make the link again.
        </p>
      )}
      <p class="qz-actions">
        <button type="button" class="ex-button secondary" onClick={copy}>
          Copy the link
        </button>{' '}
        <a href={link} target="_blank" rel="noopener">
          Open it as a student
        </a>{' '}
        <a href={sitePath(`/instructor/present/${link.slice(link.indexOf('#'))}`)}>
          Present it in workshop mode
        </a>
      </p>
      <p role="status">{copied}</p>
      <QrCode text={link} label={`QR code of the link to "${title.trim()}"`} />
      <p class="builder-note">
        The assignment lives entirely in this link: nothing is stored on a server. Keep the link to
        grade the results files in the <a href={sitePath('/instructor/gradebook/')}>gradebook</a>:
        it grades against this assignment and sets aside any file that differs.
      </p>
    </section>
  );
}
