/**
 * Regrading dropped files on every core: the files are split into contiguous shares, each share
 * is read and graded by a module worker, and the outcomes come back in file order. Where workers
 * are missing or fail (an old browser, a test environment), the share is graded on the main
 * thread instead, with the same pure functions.
 */
import {
  assembleGradebook,
  buildGradebook,
  type FileOutcome,
  type Gradebook,
  type ResultsInput,
} from '~/gradebook/gradebook';
import type { Assignment } from '~/schemas/assignment';
import type { Scenario } from '~/schemas/scenario';
import type { ImportedFile } from './pick';
import { gradeShare, readFileText } from './read';

/** Files per worker below which starting a worker costs more than it saves. */
const MIN_SHARE = 40;

/** Workers started ahead of the first import, so a drop does not wait for their start-up. */
let warm: Worker[] = [];
let requests = 0;

const startWorker = () =>
  new Worker(new URL('./grade.worker.ts', import.meta.url), { type: 'module' });

/**
 * Starts `count` grading workers now (they load the grader and the schemas while the instructor
 * is still choosing files). Harmless where workers are missing.
 */
export function warmUpWorkers(count = defaultWorkerCount()): void {
  if (typeof Worker !== 'function') return;
  while (warm.length < count) warm.push(startWorker());
}

/** One worker per core, up to four: beyond that the page's own thread is the bottleneck. */
export const defaultWorkerCount = () => Math.min(4, globalThis.navigator?.hardwareConcurrency || 2);

function inWorker(
  worker: Worker,
  files: ImportedFile[],
  bank: Scenario[],
  assignment: Assignment,
): Promise<FileOutcome[]> {
  const id = ++requests;
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    const onMessage = (e: MessageEvent<{ id: number; outcomes: FileOutcome[] }>) => {
      if (e.data.id !== id) return;
      done();
      resolve(e.data.outcomes);
    };
    const onError = (e: ErrorEvent) => {
      done();
      // A broken worker is not reused: the next import starts a fresh one.
      warm = warm.filter((w) => w !== worker);
      worker.terminate();
      reject(e);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage({ id, files, bank, assignment });
  });
}

/**
 * Regrades `files` against `linkAssignment`. Without one (the page asks for the link first), the
 * files are graded only if they all carry the same assignment (see `buildGradebook`). `workers`
 * caps the worker count (0 grades on the main thread).
 */
export async function gradeFiles(
  files: ImportedFile[],
  bank: Scenario[],
  bankMap: Map<string, Scenario>,
  linkAssignment: Assignment | null,
  workers = defaultWorkerCount(),
): Promise<Gradebook> {
  if (!linkAssignment) {
    const inputs: ResultsInput[] = await Promise.all(
      files.map(async (f) => ({ name: f.name, text: await readFileText(f.blob) })),
    );
    return buildGradebook(inputs, bankMap);
  }
  const chosen = linkAssignment;
  const count =
    typeof Worker === 'function' ? Math.min(workers, Math.floor(files.length / MIN_SHARE)) : 0;
  let outcomes: FileOutcome[];
  if (count < 2) outcomes = await gradeShare(files, chosen, bankMap);
  else {
    const size = Math.ceil(files.length / count);
    const shares = Array.from({ length: count }, (_, k) => files.slice(k * size, (k + 1) * size));
    warmUpWorkers(count);
    const graded = await Promise.all(
      shares.map((share, k) =>
        inWorker(warm[k]!, share, bank, chosen).catch(() => gradeShare(share, chosen, bankMap)),
      ),
    );
    outcomes = graded.flat();
  }
  return assembleGradebook(outcomes, chosen, linkAssignment ? 'link' : 'files', bankMap);
}
