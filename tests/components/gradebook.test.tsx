// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { emptySession } from '~/gradebook/session';
import { $gradebookSession } from '~/stores/gradebook';
import Gradebook from '~/components/gradebook/Gradebook';
import { encodeAssignment } from '~/assignment/link';
import { bank } from './quiz-bank';

const fixture = (name: string) => readFileSync(`tests/fixtures/results/${name}`, 'utf8');
const asFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });

afterEach(cleanup);
// Each test starts with no session kept in the browser.
beforeEach(async () => {
  // Saves still reading files when the last test ended land first.
  await new Promise((resolve) => setTimeout(resolve, 20));
  $gradebookSession.set(emptySession());
});

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

  test('imports a Moodle-style zip (a folder per student) and passes over other files', async () => {
    render(<Gradebook bank={bank} workers={0} />);
    await pinLink(`#a=${encodeAssignment(week3)}`);
    const ann = JSON.parse(fixture('ann-lee.json'));
    ann.student.id = 's1234567';
    const zip = zipSync({
      'Ann Lee_101_assignsubmission_file_/results-ann-lee.json': strToU8(JSON.stringify(ann)),
      'Bob_102_assignsubmission_file_/results-bob.json': strToU8(fixture('bob.json')),
      'Bob_102_onlinetext_/onlinetext.html': strToU8('<p>hi</p>'),
    });
    await importFiles([new File([zip], 'Week 3-download.zip', { type: 'application/zip' })]);
    expect(screen.getByRole('status').textContent).toBe(
      'Read 2 files: 2 students imported, 0 files not imported. 1 other file was passed over.',
    );
    const rows = [...document.querySelectorAll('.gb-table tbody > tr')].map((r) => r.textContent);
    expect(rows[0]).toMatch(/^Ann Lees1234567100%Passed/);
  });

  test('says so when nothing chosen is a results file', async () => {
    render(<Gradebook bank={bank} workers={0} />);
    await pinLink(`#a=${encodeAssignment(week3)}`);
    const input = screen.getByLabelText(/Choose results files/) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [asFile('notes.txt', 'hello')] });
    await act(() => void fireEvent.change(input));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(
        /^No results file found in what you chose: .* Found only 1 other file \(notes\.txt\)\.$/,
      ),
    );
  });

  test('a comment being typed survives the page re-rendering before it is saved', async () => {
    render(<Gradebook bank={bank} workers={0} />);
    await pinLink(`#a=${encodeAssignment(week3)}`);
    await importFiles([asFile('chloe-empty.json', fixture('chloe-empty.json'))]);
    await act(() => void fireEvent.click(screen.getByRole('button', { name: /Chloé/ })));
    const comment = screen.getByLabelText('Comment for the student on Q1') as HTMLTextAreaElement;
    // Typed, not yet left (no change event): then a score on another question is saved.
    await act(() => void fireEvent.input(comment, { target: { value: 'Right idea; see' } }));
    await act(
      () =>
        void fireEvent.change(screen.getByLabelText(/Your score for Q2 in %/), {
          target: { value: '50' },
        }),
    );
    await waitFor(() =>
      expect(document.querySelector('.gb-table tbody > tr')!.textContent).toMatch(/50\*/),
    );
    expect(comment.value).toBe('Right idea; see');
  });

  test('an override and its comment change the total, and survive a reload', async () => {
    render(<Gradebook bank={bank} workers={0} />);
    await pinLink(`#a=${encodeAssignment(week3)}`);
    await importFiles([asFile('chloe-empty.json', fixture('chloe-empty.json'))]);
    await act(() => void fireEvent.click(screen.getByRole('button', { name: /Chloé/ })));
    await act(
      () =>
        void fireEvent.change(screen.getByLabelText(/Your score for Q1 in %/), {
          target: { value: '100' },
        }),
    );
    await act(
      () =>
        void fireEvent.change(screen.getByLabelText('Comment for the student on Q1'), {
          target: { value: 'Right idea; see me.' },
        }),
    );
    await waitFor(() =>
      expect(document.querySelector('.gb-table tbody > tr')!.textContent).toMatch(
        /^Chloé <b>Martin<\/b>\d+(\.\d)?%Not passed100\*/,
      ),
    );
    const total = document.querySelector('.gb-table tbody td')!.textContent;
    expect(total).not.toBe('0%');

    // A reload: the page is rendered afresh from what the browser kept.
    cleanup();
    render(<Gradebook bank={bank} workers={0} />);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Read 1 file (kept in this browser from your last visit): 1 students imported, 0 files not imported.',
      ),
    );
    expect((screen.getByLabelText(/Assignment link/) as HTMLInputElement).value).toMatch(/^#a=/);
    expect(document.querySelector('.gb-table tbody td')!.textContent).toBe(total);
    await act(() => void fireEvent.click(screen.getByRole('button', { name: /Chloé/ })));
    expect(
      (screen.getByLabelText('Comment for the student on Q1') as HTMLTextAreaElement).value,
    ).toBe('Right idea; see me.');

    // On a shared computer the instructor forgets the session: nothing is left in the browser.
    vi.stubGlobal('confirm', () => true);
    await act(
      () => void fireEvent.click(screen.getByRole('button', { name: 'Forget this session' })),
    );
    await waitFor(() => expect($gradebookSession.get()).toEqual(emptySession()));
    expect(document.querySelector('.gb-table')).toBeNull();
    vi.unstubAllGlobals();
  });
});
