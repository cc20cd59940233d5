// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { QrCode } from '~/components/assignment/QrCode';
import { QR_MAX_CHARS } from '~/own-scenarios/link-size';

afterEach(cleanup);
const link = (length: number) =>
  `https://course.example/assignment/#a=${'aZ0_-'.repeat(length).slice(0, length - 37)}`;

describe('QrCode', () => {
  test('draws a QR code for a link that fits', () => {
    render(<QrCode text={link(2500)} label="QR code of the link" />);
    expect(screen.getByRole('img', { name: 'QR code of the link' })).toBeTruthy();
  });

  test('says the link is too long for a QR code past the limit, and draws none', () => {
    render(<QrCode text={link(QR_MAX_CHARS + 1)} label="QR code of the link" />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('note').textContent).toMatch(
      /too long for a QR code \(2,954 characters; a QR code holds at most 2,953\).*Share the link itself/s,
    );
  });
});
