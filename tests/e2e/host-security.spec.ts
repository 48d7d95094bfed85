import { test, expect } from './browser-mode-fixture';

test('the host refuses API calls without the token', async ({ request, app }) => {
  const response = await request.post(`${app.origin}/api/notes.list`, { data: {} });
  expect(response.status()).toBe(401);
  const wrong = await request.post(`${app.origin}/api/notes.list`, { data: {}, headers: { 'x-briefing-token': 'guess' } });
  expect(wrong.status()).toBe(401);
});

test('the host refuses calls from a foreign origin, token or not', async ({ request, app }) => {
  const response = await request.post(`${app.origin}/api/notes.list`, {
    data: {},
    headers: { 'x-briefing-token': app.token, origin: 'http://evil.example' },
  });
  expect(response.status()).toBe(403);
  expect(response.headers()['access-control-allow-origin']).toBeUndefined();
});

test('the host answers the page’s own calls, with the token, and sends a strict CSP', async ({ page, app }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(app.url);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('textbox', { name: 'Briefing note' })).toBeVisible();
  // The token moves out of the address bar once the page has it.
  await expect(page).toHaveURL(`${app.origin}/`);
  const info = await page.evaluate(async (token) => {
    const reply = await fetch('/api/app.info', { method: 'POST', headers: { 'content-type': 'application/json', 'x-briefing-token': token }, body: '{}' });
    return reply.json();
  }, app.token);
  expect(info).toMatchObject({ ok: true, value: { host: 'browser', libraryDir: app.libraryDir } });
  expect(errors).toEqual([]);
});

test('the page cannot run inline script: the CSP blocks it', async ({ page, app }) => {
  await page.goto(app.url);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
});
