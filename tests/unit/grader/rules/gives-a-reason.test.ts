import { describe, expect, test } from 'vitest';
import { noteMet } from '../helpers';

describe('gives-a-reason', () => {
  test.each([
    ["Let's connect.", false],
    ['Our software cuts costs by 30%. 15 minutes for a demo?', true],
    ['I follow your posts on design systems.', false],
    ["Let's connect so I can send you the supplier list.", true],
    ['Looking forward to connecting!', false],
    ["I'd love to work with you on our next catalogue.", true],
    ["I'd love to pick your brain about growth.", true],
    ['I want to talk about your payments team.', true],
    ["As a GP I'd value following your updates.", true],
    ["I'd love to connect and follow your posts.", true],
    ['Me gustaría conectar para seguir tu trabajo.', true],
  ] as const)('returns %s -> %s', (text, want) => {
    expect(noteMet(text, 'gives-a-reason')).toBe(want);
  });
});
