import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
const root = '/work/main/dist';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.woff2': 'font/woff2', '.wasm': 'application/wasm', '.pbf': 'application/x-protobuf' };
const server = createServer((req, res) => {
  let p = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
  if (!existsSync(p)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': types[extname(p)] ?? 'application/octet-stream' });
  res.end(readFileSync(p));
}).listen(4190, '127.0.0.1');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
async function load(vp) {
  const t00 = Date.now();
  const ctx = await browser.newContext({ viewport: vp, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    const marks = (window.__marks = []);
    new MutationObserver(() => {
      const m = document.querySelector('[role=region][aria-label="Map"]');
      const s = `${m?.getAttribute('aria-busy')}|${document.body.innerText.includes('Loading the timeline') ? 'T' : '-'}`;
      if (marks.at(-1)?.[0] !== s) marks.push([s, Math.round(performance.now())]);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  const t0 = Date.now();
  await page.goto('http://127.0.0.1:4190/');
  await page.locator('[role=region][aria-label="Map"][aria-busy="false"]').waitFor({ timeout: 60000 });
  await page.getByText('Loading the timeline, your layers and the briefing…').waitFor({ state: 'detached' });
  await page.locator('[role=region][aria-label="Map"][aria-busy="false"]').waitFor({ timeout: 60000 });
  const t2 = Date.now();
  const marks = await page.evaluate(() => window.__marks);
  await ctx.close();
  return { ctx: t0 - t00, total: t2 - t0, marks: JSON.stringify(marks) };
}
for (let i = 0; i < 2; i++) console.log(await load({ width: 1280, height: 800 }));
await browser.close(); server.close();
