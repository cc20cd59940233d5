import { MAX_RESULTS_BYTES } from '~/schemas/submission';

/**
 * A file's text; a file over the size limit is not read at all but stands in as an oversized
 * text, which validation then rejects with the size reason.
 */
export async function readFileText(file: File): Promise<string> {
  if (file.size > MAX_RESULTS_BYTES) return ' '.repeat(MAX_RESULTS_BYTES + 1);
  try {
    return await file.text();
  } catch {
    return '';
  }
}
