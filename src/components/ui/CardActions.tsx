/**
 * The buttons and link of the real screen, drawn but inert: they are part of the picture, so
 * screen readers hear one sentence describing them rather than controls that do nothing.
 */
export function CardActions({ first, hasNote }: { first: string; hasNote: boolean }) {
  return (
    <>
      {hasNote && (
        <p class="ic-reply" aria-hidden="true">
          Reply to {first}
        </p>
      )}
      <p class="ic-actions" aria-hidden="true">
        <span class="ic-btn ic-ignore">Ignore</span>
        <span class="ic-btn ic-accept">Accept</span>
      </p>
      <p class="visually-hidden">
        On the real screen: Ignore and Accept buttons{hasNote && `, and a Reply to ${first} link`}.
      </p>
    </>
  );
}
