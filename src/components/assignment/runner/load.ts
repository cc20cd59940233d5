import { useEffect, useState } from 'preact/hooks';

/** A file the page loads after it opened: loading, failed, or its checked content. */
export type Loaded<T> = { status: 'idle' | 'loading' | 'failed' } | { status: 'ready'; data: T };

/**
 * The URL of a file next to the assignment page: the page's `<link data-file="...">` when it has
 * one (the SCORM packager follows those links, so the file travels in the package), else the
 * name resolved against the page.
 */
export function fileUrl(name: string): string {
  if (typeof document === 'undefined') return name;
  const link = document.querySelector<HTMLLinkElement>(`link[data-file="${name}"]`);
  return link?.href || new URL(name, location.href).href;
}

/**
 * Loads the JSON file `name` (next to the page) once `active`, and checks it with `read` (null:
 * not the expected content). `retry` loads it again after a failure.
 */
export function useJsonFile<T>(name: string, active: boolean, read: (data: unknown) => T | null) {
  const [state, setState] = useState<Loaded<T>>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!active) return;
    let current = true;
    setState({ status: 'loading' });
    fetch(fileUrl(name))
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((data) => {
        const checked = read(data);
        if (checked === null) throw new Error(`${name} is not what the page expects`);
        return checked;
      })
      .then(
        (data) => current && setState({ status: 'ready', data }),
        () => current && setState({ status: 'failed' }),
      );
    return () => {
      current = false;
    };
  }, [name, active, read, attempt]);
  return { state, retry: () => setAttempt((n) => n + 1) };
}
