/**
 * True when `link` points at this computer only (localhost, 127.x.x.x, ::1, 0.0.0.0), so it
 * cannot open on a student's phone or laptop. A link that does not parse counts as not local.
 */
export function pointsAtThisComputer(link: string): boolean {
  let host: string;
  try {
    host = new URL(link).hostname.toLowerCase();
  } catch {
    return false;
  }
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === '0.0.0.0' ||
    host === '[::1]' ||
    host === '[::]'
  );
}
