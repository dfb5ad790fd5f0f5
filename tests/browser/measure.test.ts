import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickAt, followLink, openApp, pixelFor, screenshot, selectedHeading as heading, type AppPage } from './harness';
import type { Page } from 'playwright-core';

const tools = (page: Page) => page.getByRole('toolbar', { name: 'Map tools' });
const NAHA = [127.6809, 26.2124] as const;
const UOTSURI = [123.4749, 25.7436] as const;

// One page load: each test starts from a link to its view, followed in the page.
describe('measuring', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(() => app.close());

  it('a drawn path shows its great-circle length; closing it shows an area; Esc cancels and clicks select again', async () => {
    await followLink(app.page, '#map=6.00/26.000/125.600');
    const measure = tools(app.page).getByRole('button', { name: 'Measure distance' });
    await measure.click();
    expect(await measure.getAttribute('aria-pressed')).toBe('true');
    const panel = app.page.getByRole('region', { name: 'Measure distance' });
    await expect.poll(() => panel.textContent()).toContain('No length yet');
    // The map's clicks are the tool's once it says so (its first use loads the drawing engine).
    await expect.poll(() => panel.locator('.help').textContent()).toMatch(/^Click the map to add points/);

    await clickAt(app.page, ...NAHA);
    await clickAt(app.page, ...UOTSURI);
    // Naha to Uotsuri-jima is about 424 km (229 nmi); a click lands within a pixel (~2 km here).
    await expect.poll(() => panel.locator('.readout').textContent()).toMatch(/Length: 4[12]\d km \(2[23]\d nmi\)/);
    const km = Number(/Length: (\d+) km/.exec((await panel.locator('.readout').textContent())!)![1]);
    expect(Math.abs(km - 424)).toBeLessThanOrEqual(5);
    // Clicking a place while measuring adds a point, it does not select the place.
    await clickAt(app.page, 123.9, 24.4);
    expect(await heading(app.page).textContent()).toBe('Selected feature');
    await clickAt(app.page, ...NAHA);
    await expect.poll(() => panel.locator('.readout').textContent()).toMatch(/Area: [\d,]+ km²/);
    await screenshot(app.page, 'measure-area');

    await app.page.keyboard.press('Escape');
    await expect.poll(() => measure.getAttribute('aria-pressed')).toBe('false');
    expect(await panel.count()).toBe(0);
    // Normal clicking is back: Okinawa Island selects.
    await clickAt(app.page, 127.95, 26.5);
    await expect.poll(() => heading(app.page).textContent()).toBe('Okinawa Island');
    // And Esc now clears the selection, as before.
    await app.page.keyboard.press('Escape');
    await expect.poll(() => heading(app.page).textContent()).toBe('Selected feature');
    expect(app.errors).toEqual([]);
  });

  it('Okinawa shows its area, and the distance to the Senkakus when they are chosen', async () => {
    await followLink(app.page, '#map=6.00/26.000/125.600&sel=okinawa');
    const panel = app.page.getByRole('region', { name: 'Selected feature' });
    await expect.poll(() => heading(app.page).textContent()).toBe('Okinawa Island');
    expect(await panel.textContent()).toMatch(/Area: 1,[23]\d0 km²/);
    await panel.getByRole('combobox', { name: 'Distance to' }).selectOption({ label: 'Senkaku Islands (Diaoyu Islands)' });
    await expect
      .poll(() => panel.locator('.distance').textContent())
      .toMatch(/From Okinawa Island to Senkaku Islands \(Diaoyu Islands\): 41\d km \(22\d nmi\) at the\s+nearest points; 4[4-6]\d km/);
    await screenshot(app.page, 'distance-okinawa-senkaku');
  });

  it('Shift+click on the map picks the place to measure to', async () => {
    await followLink(app.page, '#map=6.00/26.000/125.600&sel=okinawa');
    // The last test's choice of place to measure to is put back first.
    const distanceTo = app.page.getByRole('region', { name: 'Selected feature' }).getByRole('combobox', { name: 'Distance to' });
    await distanceTo.selectOption({ label: 'Choose another feature…' });
    await expect.poll(() => app.page.getByRole('region', { name: 'Selected feature' }).locator('.distance').textContent()).not.toContain('Senkaku');
    await expect.poll(() => heading(app.page).textContent()).toBe('Okinawa Island');
    const { x, y } = await pixelFor(app.page, 123.476, 25.743);
    await app.page.keyboard.down('Shift');
    await app.page.mouse.click(x, y);
    await app.page.keyboard.up('Shift');
    const panel = app.page.getByRole('region', { name: 'Selected feature' });
    await expect.poll(() => panel.locator('.distance').textContent()).toContain('to Senkaku Islands (Diaoyu Islands)');
    expect(await heading(app.page).textContent()).toBe('Okinawa Island');
  });

  it('draws a 500 nmi range ring around Okinawa, and around a clicked point', async () => {
    await followLink(app.page, '#map=4.00/24.000/128.000&sel=okinawa');
    await app.page.getByRole('button', { name: 'Range ring around this…' }).click();
    const ring = app.page.getByRole('region', { name: 'Range ring' });
    await expect.poll(() => ring.locator('.readout').textContent()).toMatch(/Ring of 500 nmi\s+\(926 km\) around Okinawa Island/);
    expect(await tools(app.page).getByRole('button', { name: 'Range ring' }).getAttribute('aria-pressed')).toBe('true');
    await screenshot(app.page, 'range-ring-okinawa');
    await ring.getByRole('combobox', { name: 'Unit' }).selectOption('km');
    await ring.getByRole('spinbutton', { name: 'Radius' }).fill('300');
    await expect.poll(() => ring.locator('.help').textContent()).toMatch(/^Click the map to place the centre/);
    await clickAt(app.page, 121.56, 25.03);
    await expect.poll(() => ring.locator('.readout').textContent()).toMatch(/Ring of 300 km\s+\(162 nmi\) around 25\.0\d° N, 121\.5\d° E/);
    // East of 180° (the map's next copy of the world), as in the Pacific: the centre is placed all the same.
    await followLink(app.page, '#map=4.00/-15.000/175.000');
    await clickAt(app.page, 185, -15);
    await expect.poll(() => ring.locator('.readout').textContent()).toMatch(/around 15\.0\d° S, 17[45]\.\d\d° W/);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => ring.count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
