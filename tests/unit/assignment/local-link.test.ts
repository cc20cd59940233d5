import { describe, expect, it } from 'vitest';
import { pointsAtThisComputer } from '~/components/assignment/builder/localLink';

describe('pointsAtThisComputer', () => {
  it('flags addresses only this computer can open', () => {
    for (const link of [
      'http://localhost:4321/assignment/#a=1',
      'http://LOCALHOST/assignment/',
      'http://127.0.0.1:4321/assignment/#a=1',
      'http://127.1.2.3/assignment/',
      'http://[::1]:4321/assignment/',
      'http://0.0.0.0:4321/assignment/',
      'http://course.localhost/assignment/',
    ]) {
      expect(pointsAtThisComputer(link), link).toBe(true);
    }
  });

  it('leaves addresses students can reach alone', () => {
    for (const link of [
      'https://course.example.org/assignment/#a=1',
      'http://192.168.1.20:4321/assignment/',
      'http://10.0.0.5/course/assignment/',
      'https://localhost-courses.example/assignment/',
      'not a link',
    ]) {
      expect(pointsAtThisComputer(link), link).toBe(false);
    }
  });
});
