import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lanAddresses, normaliseBase, serve } from '../../../scripts/serve.mjs';

describe('lanAddresses', () => {
  it('lists the IPv4 addresses the room can reach, not loopback, IPv6 or link-local', () => {
    const found = lanAddresses({
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
      eth0: [
        { address: '192.168.1.20', family: 'IPv4', internal: false },
        { address: 'fe80::1', family: 'IPv6', internal: false },
      ],
      wlan0: [{ address: '10.0.0.5', family: 'IPv4', internal: false }],
      usb0: [{ address: '169.254.3.4', family: 'IPv4', internal: false }],
    });
    expect(found).toEqual(['192.168.1.20', '10.0.0.5']);
  });
});

describe('normaliseBase', () => {
  it('gives a folder with one slash each side', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('course')).toBe('/course/');
    expect(normaliseBase('/course')).toBe('/course/');
    expect(normaliseBase('/teach/course/')).toBe('/teach/course/');
  });
});

describe('serve under a folder', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'serve-'));
  mkdirSync(path.join(dir, 'quiz'));
  writeFileSync(path.join(dir, 'index.html'), 'home');
  writeFileSync(path.join(dir, 'quiz', 'index.html'), 'quiz');
  writeFileSync(path.join(dir, '404.html'), 'missing');
  const started = serve(dir, { port: 0, base: '/course/' });
  afterAll(async () => (await started).server.close());

  it('serves the site at the folder and sends the root into it', async () => {
    const { url } = await started;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/course\/$/);
    expect(await (await fetch(url)).text()).toBe('home');
    expect(await (await fetch(new URL('quiz/', url))).text()).toBe('quiz');
    const root = await fetch(new URL('/', url), { redirect: 'manual' });
    expect(root.status).toBe(301);
    expect(root.headers.get('location')).toBe('/course/');
    const outside = await fetch(new URL('/quiz/', url));
    expect(outside.status).toBe(404);
  });
});
