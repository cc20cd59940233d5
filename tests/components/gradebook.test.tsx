// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import Gradebook from '~/components/gradebook/Gradebook';
import { encodeAssignment } from '~/assignment/link';
import { bank } from './quiz-bank';

const fixture = (name: string) => readFileSync(`tests/fixtures/results/${name}`, 'utf8');
const asFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });

afterEach(cleanup);

/** The assignment of the fixtures (Week 3), as the instructor's link carries it. */
const week3 = JSON.parse(fixture('ann-lee.json')).assignment;

async function pinLink(link: string) {
  await act(
    () =>
      void fireEvent.input(screen.getByLabelText(/Assignment link/), { target: { value: link } }),
  );
  await act(
    () =>
      void fireEvent.click(screen.getByRole('button', { name: 'Grade against this assignment' })),
  );
}

async function importFiles(files: File[]) {
  const input = screen.getByLabelText(/Choose results files/) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(() => void fireEvent.change(input));
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Read/));
}

describe('Gradebook', () => {
  test('asks for the assignment link before files can be chosen', async () => {
    render(<Gradebook bank={bank} workers={0} />);
    const input = screen.getByLabelText(/Choose results files/) as HTMLInputElement;
    expect(input.disabled).toBe(true);
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /^Paste the assignment link first/,
    );
    await pinLink(`#a=${encodeAssignment(week3)}`);
    expect(input.disabled).toBe(false);
  });

  test('sets aside a file whose pass mark was edited, naming both pass marks', async () => {
    render(<Gradebook bank={bank} workers={0} />);
    await pinLink(`#a=${encodeAssignment(week3)}`);
    const tampered = JSON.parse(fixture('bob.json'));
    tampered.assignment.passMark = 10;
    await importFiles([
      asFile('ann-lee.json', fixture('ann-lee.json')),
      asFile('tampered.json', JSON.stringify(tampered)),
    ]);
    expect(document.querySelector('.gb-rejected')!.textContent).toMatch(
      /^tampered\.json: This file's pass mark is 10%, the assignment's is 70%\./,
    );
  });

  test('imports good files, lists the others, renders hostile names as text', async () => {
    render(<Gradebook bank={bank} workers={0} />);
    await pinLink(`#a=${encodeAssignment(week3)}`);
    await importFiles(
      [
        'ann-lee.json',
        'bob.json',
        'chloe-empty.json',
        'not-results.json',
        'other-assignment.json',
      ].map((n) => asFile(n, fixture(n))),
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Read 5 files: 3 students imported, 2 files not imported.',
    );
    const rows = [...document.querySelectorAll('.gb-table tbody > tr')].map((r) => r.textContent);
    expect(rows[0]).toMatch(/^Ann Lee\d+(\.\d)?%Passed/);
    expect(rows[2]).toMatch(/^Chloé <b>Martin<\/b>0%Not passed/);
    expect(document.querySelector('.gb-table b')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Files not imported (2)' })).toBeTruthy();
    expect(
      screen.getByRole('img', { name: /Class summary/ }).querySelector('title')!.textContent,
    ).toBe('Class summary');
    expect(screen.getByRole('table', { name: 'Class summary as a table' })).toBeTruthy();
  });

  test("a student's row opens their answers with the feedback", async () => {
    render(<Gradebook bank={bank} workers={0} />);
    await pinLink(`#a=${encodeAssignment(week3)}`);
    await importFiles([asFile('bob.json', fixture('bob.json'))]);
    const button = screen.getByRole('button', { name: /HYPERLINK/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await act(() => void fireEvent.click(button));
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const details = screen.getByRole('region', { name: /Answers of/ });
    expect(details.textContent).toMatch(/ok, "sure", accepted!/);
    expect(details.textContent).toMatch(/Does not accept yet/);
  });

  test('with the instructor link, files for another assignment are set aside', async () => {
    render(<Gradebook bank={bank} workers={0} />);
    await act(
      () =>
        void fireEvent.input(screen.getByLabelText(/Assignment link/), {
          target: { value: '#a=broken' },
        }),
    );
    await act(
      () =>
        void fireEvent.click(screen.getByRole('button', { name: 'Grade against this assignment' })),
    );
    expect(screen.getByRole('alert').textContent).toMatch(/incomplete or has been changed/);
  });
});
