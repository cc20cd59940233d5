import { encode } from 'uqr';
import { QR_MAX_CHARS, qrLevelFor } from '~/own-scenarios/link-size';

/**
 * A QR code as SVG elements built by Preact from uqr's module matrix: no innerHTML (the CSP and
 * our rule against injected markup), one path for every dark module. Dark on white whatever the
 * theme, with a quiet zone, because phone cameras expect that.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  // Level M survives a smudged projector; a longer link (own scenarios inside) falls back to L.
  const ecc = qrLevelFor(text);
  if (!ecc) {
    return (
      <p class="builder-note" role="note">
        This link is too long for a QR code ({text.length.toLocaleString('en')} characters; a QR
        code holds at most {QR_MAX_CHARS.toLocaleString('en')}), because of the own scenarios it
        carries. Share the link itself (copy it into your LMS or an email), or choose fewer own
        scenarios.
      </p>
    );
  }
  const { data, size } = encode(text, { ecc, border: 4 });
  let d = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg
      class="qr-code"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
