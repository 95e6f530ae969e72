// A pupil answers by touching pictures, in real Chromium against the real Keycloak: on a 768 px
// tablet with touch (tap, drag) and at a desk with the keyboard only — a number line, a fraction bar,
// a place-value chart and a dot field. Each gets "Richtig" for the right answer and the task's hint
// for a wrong one; axe-core checks the page with every kind of picture the catalogue serves; the
// screenshots (also at 360 px) are for people to look at.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { TEMPLATES, findTemplate, generateTask } from '../../app/learning/tasks/catalog';
import type { NumberAnswer } from '../../app/learning/tasks/task-types';
import { positionCount, positionText, positionValue } from '../../web/lernen/pictures/picture-answer';
import { axeViolations, launchChromium, logInOnKeycloakPage, screenshot } from '../support/chromium';
import { serverWithSchool, signIn } from '../support/suites';

const TABLET_768: BrowserContextOptions = {
  viewport: { width: 768, height: 1024 },
  hasTouch: true,
  isMobile: true,
  locale: 'de-DE',
};
const DESK: BrowserContextOptions = { viewport: { width: 1280, height: 900 }, locale: 'de-DE' };
const PHONE_360: BrowserContextOptions = { ...TABLET_768, viewport: { width: 360, height: 740 } };
const RIGHT = 'Richtig! Super gemacht.';

describe('answering by touching pictures in a real browser', () => {
  const env = serverWithSchool();
  let chromium: Browser;
  let tablet: BrowserContext;
  let desk: BrowserContext;
  let touch: Page;
  let keys: Page;
  beforeAll(async () => {
    chromium = await launchChromium();
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const schoolClass = (await teacher.post('/classes', { name: '4c', grade: 4, schoolYear: '2026/27' })).body;
    const [pupil] = (await teacher.post(`/classes/${schoolClass.id}/pupils`, { count: 1 })).body.pupils;
    tablet = await chromium.newContext(TABLET_768);
    touch = await tablet.newPage();
    await touch.goto(`${env.server.baseUrl}/lernen`);
    await logInOnKeycloakPage(touch, env.server.baseUrl, {
      username: pupil.username,
      password: pupil.oneTimePassword,
      newPassword: 'Zahlenstrahl-macht-Spass-4',
    });
    // The same pupil at a desk: the session cookie goes along.
    desk = await chromium.newContext({ ...DESK, storageState: await tablet.storageState() });
    keys = await desk.newPage();
  }, 90_000);
  afterAll(async () => {
    await tablet?.close();
    await desk?.close();
    await chromium?.close();
  });

  const open = async (page: Page, templateId: string) => {
    await page.goto(`${env.server.baseUrl}/lernen/aufgabe?vorlage=${templateId}`);
    await page.waitForSelector('form[data-attempt]');
    const attemptId = await page.locator('form[data-attempt]').getAttribute('data-attempt');
    const row = await env.server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: attemptId! } });
    const task = generateTask(findTemplate(row.templateId, row.templateVersion)!, row.seed);
    return { task, answer: task.answer as NumberAnswer };
  };
  const check = async (page: Page, how: 'tap' | 'click') => {
    await page.getByRole('button', { name: 'Prüfen' })[how]();
    await page.locator('.feedback').waitFor();
  };
  // The line's position the pupil should mark, and the one farthest from it.
  const positionsOf = (task: Awaited<ReturnType<typeof open>>['task']) => {
    const line = task.representation as Extract<typeof task.representation, { kind: 'number-line' }>;
    const { value } = task.answer as NumberAnswer;
    const count = positionCount(line);
    const gap = (at: number) =>
      Math.abs(positionValue(line, at).n / positionValue(line, at).d - Number(value.n) / Number(value.d));
    const all = Array.from({ length: count + 1 }, (_, at) => at);
    const right = all.reduce((best, at) => (gap(at) < gap(best) ? at : best), 0);
    return { line, count, right, wrong: right > count / 2 ? 0 : count, text: (at: number) => positionText(line, at) };
  };
  // Where the pupil's finger goes for a position: along the line, inside its margins.
  const pointOn = async (page: Page, at: number, count: number) => {
    const box = (await page.getByRole('slider').boundingBox())!;
    const [pad, border] = [34, 2];
    return { x: box.x + border + pad + ((box.width - 2 * border - 2 * pad) * at) / count, y: box.y + box.height / 2 };
  };

  it('when a pupil taps the number line near the number and nudges the marker, then it is "Richtig" and says what was marked', async () => {
    const { task } = await open(touch, 'pi-line-100');
    const { count, right, text } = positionsOf(task);
    const { x, y } = await pointOn(touch, right, count);
    await touch.touchscreen.tap(x, y);
    const status = touch.getByRole('status').filter({ hasText: 'markiert' });
    // Like a child: look at what is marked and nudge it with ◀ ▶ until it is the number.
    for (let i = 0; i < 5 && !(await status.innerText()).includes(` ${text(right)} `); i++) {
      const shown = Number(/(\d+) markiert/.exec(await status.innerText())![1]);
      await touch.getByRole('button', { name: shown < Number(text(right)) ? /nach rechts/ : /nach links/ }).tap();
    }
    await status.getByText(`Du hast ${text(right)} markiert.`).waitFor();
    expect(await axeViolations(touch)).toEqual([]);
    await screenshot(touch, 'pictures-number-line-768');
    await check(touch, 'tap');
    await touch.getByText(RIGHT).waitFor();
    await touch
      .locator('.feedback')
      .getByText(`Du hast ${text(right)} markiert.`)
      .waitFor();
    expect(await axeViolations(touch)).toEqual([]);
    await screenshot(touch, 'pictures-number-line-768-right');
  });

  it('when a pupil drags the marker to a wrong place with a finger, then it is "Nicht ganz" with the task’s hint', async () => {
    const { task } = await open(touch, 'pi-line-fraction');
    const { count, right, wrong, text } = positionsOf(task);
    const from = await pointOn(touch, right, count);
    const to = await pointOn(touch, wrong, count);
    const cdp = await tablet.newCDPSession(touch);
    const finger = (type: 'touchStart' | 'touchMove' | 'touchEnd', point: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: point });
    await finger('touchStart', [from]);
    for (let step = 1; step <= 8; step++)
      await finger('touchMove', [{ x: from.x + ((to.x - from.x) * step) / 8, y: from.y + 3 }]);
    await finger('touchEnd', []);
    await touch
      .getByRole('status')
      .getByText(`Du hast ${text(wrong)} markiert.`)
      .waitFor();
    await expect(touch.getByRole('slider').getAttribute('aria-valuetext')).resolves.toBe(text(wrong));
    await screenshot(touch, 'pictures-fraction-line-768');
    await check(touch, 'tap');
    await touch.getByText('Nicht ganz.').waitFor();
    await touch.getByText(`Tipp: ${task.hint}`).waitFor();
    expect(await axeViolations(touch)).toEqual([]);
    await screenshot(touch, 'pictures-fraction-line-768-hint');
  });

  it('when a pupil uses only the keyboard on a number line, then Tab, arrows and Enter answer it, right and wrong', async () => {
    for (const isRight of [true, false]) {
      const { task } = await open(keys, 'pi-line-hundredths');
      const { right, wrong, text } = positionsOf(task);
      const target = isRight ? right : wrong;
      await keys.keyboard.press('Tab');
      await expect(keys.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('slider');
      await keys.keyboard.press('Home');
      // Page Up jumps a tick (ten hundredths), the arrows one hundredth.
      for (let i = 0; i < Math.floor(target / 10); i++) await keys.keyboard.press('PageUp');
      for (let i = 0; i < target % 10; i++) await keys.keyboard.press('ArrowRight');
      await expect(keys.getByRole('slider').getAttribute('aria-valuetext')).resolves.toBe(text(target));
      await keys.keyboard.press('Enter');
      await keys.locator('.feedback').waitFor();
      if (isRight) await keys.getByText(RIGHT).waitFor();
      else await keys.getByText(`Tipp: ${task.hint}`).waitFor();
    }
    await screenshot(keys, 'pictures-number-line-desk-hint');
  });

  it('when a pupil shades parts of a fraction bar by tapping, then the right number of parts is "Richtig" and says the fraction', async () => {
    const { task, answer } = await open(touch, 'pi-bar-shade');
    const parts = (task.representation as { parts: number }).parts;
    const needed = Number((answer.value.n * BigInt(parts)) / answer.value.d);
    for (let i = 0; i < needed; i++) await touch.getByRole('checkbox', { name: `Teil ${i + 1} von ${parts}` }).tap();
    await touch.getByRole('status').getByText(`Du hast ${needed} von ${parts} Teilen gefärbt`).waitFor();
    expect(await axeViolations(touch)).toEqual([]);
    await screenshot(touch, 'pictures-fraction-bar-768');
    await check(touch, 'tap');
    await touch.getByText(RIGHT).waitFor();
    await touch.locator('.feedback').getByText(`Du hast ${needed} von ${parts} Teilen gefärbt`).waitFor();
  });

  it('when a pupil shades a fraction bar with the keyboard only, then Space shades, and a wrong count brings the hint', async () => {
    for (const isRight of [true, false]) {
      const { task, answer } = await open(keys, 'pi-bar-shade');
      const parts = (task.representation as { parts: number }).parts;
      const needed = Number((answer.value.n * BigInt(parts)) / answer.value.d) + (isRight ? 0 : 1);
      for (let i = 0; i < needed; i++) {
        await keys.keyboard.press('Tab');
        await keys.keyboard.press(i % 2 === 0 ? 'Space' : 'Enter');
      }
      await expect(keys.getByRole('checkbox', { checked: true }).count()).resolves.toBe(needed);
      for (let i = needed; i < parts; i++) await keys.keyboard.press('Tab');
      await keys.keyboard.press('Tab');
      await expect(keys.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Prüfen');
      await keys.keyboard.press('Enter');
      await keys.locator('.feedback').waitFor();
      if (isRight) await keys.getByText(RIGHT).waitFor();
      else await keys.getByText(`Tipp: ${task.hint}`).waitFor();
    }
    await screenshot(keys, 'pictures-fraction-bar-desk');
  });

  it('when a pupil fills a place-value chart and lays the Malwinkel by touch, then both are "Richtig"', async () => {
    const { answer } = await open(touch, 'pi-place-value-lay');
    const digits = String(answer.value.n).split('').map(Number);
    for (const [column, place] of ['Hunderter', 'Zehner', 'Einer'].entries())
      for (let i = 0; i < digits[column]!; i++)
        await touch.getByRole('button', { name: `${place}: eins mehr`, exact: true }).tap();
    await touch.getByRole('status').getByText(`Deine Zahl: ${answer.value.n}`).waitFor();
    expect(await axeViolations(touch)).toEqual([]);
    await screenshot(touch, 'pictures-place-value-768');
    await check(touch, 'tap');
    await touch.getByText(RIGHT).waitFor();

    const dots = await open(touch, 'pi-dot-field-multiply');
    const [rows, columns] = /Zeige (\d+) · (\d+)/.exec(dots.task.prompt)!.slice(1).map(Number);
    const field = (await touch.locator('.dots-area svg').boundingBox())!;
    const circles = touch.locator('.dots-area circle.dot');
    const corner = (await circles.nth((rows! - 1) * 20 + columns! - 1).boundingBox())!;
    await touch.touchscreen.tap(corner.x + corner.width / 2, corner.y + corner.height / 2);
    expect(field.width).toBeGreaterThan(600);
    await touch
      .getByRole('status')
      .getByText(`Dein Malwinkel zeigt ${rows} Reihen mit je ${columns} Punkten.`)
      .waitFor();
    expect(await axeViolations(touch)).toEqual([]);
    await screenshot(touch, 'pictures-dot-field-768');
    await check(touch, 'tap');
    await touch.getByText(RIGHT).waitFor();
  });

  it('when a picture task to touch is served, then nothing in it gives the answer away', async () => {
    await touch.goto(`${env.server.baseUrl}/lernen`);
    for (const template of TEMPLATES.filter((t) => t.id.startsWith('pi-'))) {
      const served = await touch.evaluate(async (templateId) => {
        const response = await fetch('/api/attempts', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ templateId }),
        });
        return response.text();
      }, template.id);
      expect(JSON.parse(served).task.representation.mode).toMatch(/^(mark|shade|fill)$/);
      expect({ id: template.id, served }).not.toMatchObject({
        served: expect.stringMatching(/"(answer|solution|value|correct|tolerance|shaded|tokens|marked|pointTick)"/),
      });
    }
  });

  it('when the catalogue’s pictures are opened one kind after another, then axe-core finds nothing on any of them', async () => {
    const seen = new Map<string, string>();
    for (const template of TEMPLATES) {
      const picture = generateTask(template, 0).representation;
      const kind = picture ? `${picture.kind}-${'mode' in picture ? picture.mode : 'read'}` : null;
      if (kind && !seen.has(kind)) seen.set(kind, template.id);
    }
    seen.set('fraction-parts-shade-circle', 'pi-circle-shade');
    expect(seen.size).toBeGreaterThanOrEqual(5);
    for (const [kind, templateId] of seen) {
      await open(touch, templateId);
      await touch.locator('.picture').first().waitFor();
      expect({ kind, violations: await axeViolations(touch) }).toEqual({ kind, violations: [] });
      await screenshot(touch, `pictures-kind-${kind}-768`);
    }
  });

  it('when the pictures are opened on a 360 px phone, then nothing sticks out sideways', async () => {
    const phone = await chromium.newContext({ ...PHONE_360, storageState: await tablet.storageState() });
    const page = await phone.newPage();
    for (const templateId of ['pi-line-1000', 'pi-place-value-lay-large', 'pi-dot-field-multiply', 'pi-circle-shade']) {
      await page.goto(`${env.server.baseUrl}/lernen/aufgabe?vorlage=${templateId}`);
      await page.locator('.picture').first().waitFor();
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
      await screenshot(page, `pictures-${templateId}-360`);
    }
    await phone.close();
  });
});
