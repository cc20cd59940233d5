import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir`, in every subfolder, as sorted forward-slash paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      out.push(
        path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
      );
  }
  return out.sort();
}
