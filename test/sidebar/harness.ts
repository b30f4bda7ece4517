// Opens the built dist/Sidebar.html in headless Chromium with a google.script.run stand-in that records
// every call and answers from a fixture, the way HtmlService's client would.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SERVER_FUNCTION_NAMES, type ServerFunctions, type SidebarState } from '../../src/core/server-api';
import { scriptRunCopy } from '../support/scriptRunValue';

export type ServerName = keyof ServerFunctions;
/** What the stand-in does for a function: answer a value, fail with a message, and/or wait for release(). */
export type StubAnswer = { value: unknown; hold?: boolean } | { error: string; hold?: boolean };

export interface RecordedCall {
  name: ServerName;
  args: unknown[];
}

const SIDEBAR = join(__dirname, '../../dist/Sidebar.html');
export const OUTPUT_DIR = join(__dirname, '../../test-output');
/**
 * How long a browser step may take before it counts as hung: generous, because two `npm test` runs on
 * this 2-core machine can slow Chromium many times over. Steps wait for conditions, never for time.
 */
export const BROWSER_TIMEOUT = 150_000;

export function launchBrowser(): Promise<Browser> {
  // Each launch gets its own temporary profile (Playwright makes a fresh user-data-dir), so parallel runs
  // never share one.
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    timeout: BROWSER_TIMEOUT,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export interface SidebarPage {
  page: Page;
  calls(): Promise<RecordedCall[]>;
  callsTo(name: ServerName): Promise<unknown[][]>;
  /** Waits until `name` has been called `count` times. */
  waitForCalls(name: ServerName, count: number): Promise<void>;
  answer(name: ServerName, answer: StubAnswer): Promise<void>;
  /** Lets the held calls answer. */
  release(): Promise<void>;
  dialogs: string[];
  pageErrors: string[];
  /** Requests other than the sidebar file itself: the sidebar must load nothing. */
  requests: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

interface StubConfig {
  functions: ServerName[];
  answers: Partial<Record<ServerName, StubAnswer>>;
}

/**
 * Runs in the page before its scripts; keep it self-contained (it is serialized). Arguments and answers
 * cross by google.script.run's rules (scriptRunValue.ts, installed beside it as `__scriptRunCopy`): an
 * illegal argument throws at the call, an illegal answer reaches the failure handler.
 */
function installStub(config: StubConfig): void {
  type Handler = ((value: unknown) => void) | null;
  const win = window as unknown as Record<string, unknown>;
  const carry = win.__scriptRunCopy as (value: unknown, path: string) => unknown;
  const calls: { name: string; args: unknown[] }[] = [];
  const held: (() => void)[] = [];
  const answers = config.answers as Record<string, { value?: unknown; error?: string; hold?: boolean }>;
  win.__calls = calls;
  win.__answers = answers;
  win.__release = () => held.splice(0).forEach((respond) => respond());
  const makeRunner = (success: Handler, failure: Handler): Record<string, unknown> => {
    const runner: Record<string, unknown> = {
      withSuccessHandler: (handler: Handler) => makeRunner(handler, failure),
      withFailureHandler: (handler: Handler) => makeRunner(success, handler),
    };
    for (const name of config.functions) {
      runner[name] = (...args: unknown[]) => {
        calls.push({ name, args: carry(args, 'arguments') as unknown[] });
        const answer = answers[name] ?? { value: null };
        const respond = () =>
          setTimeout(() => {
            if (answer.error !== undefined) return failure?.(new Error(answer.error));
            let value: unknown;
            try {
              value = carry(answer.value ?? null, 'result');
            } catch (error) {
              return failure?.(error);
            }
            success?.(value);
          }, 0);
        if (answer.hold) held.push(respond);
        else respond();
      };
    }
    return runner;
  };
  win.google = { script: { run: makeRunner(null, null) } };
}

export async function openSidebar(
  browser: Browser,
  state: SidebarState,
  options: { missing?: ServerName[]; answers?: Partial<Record<ServerName, StubAnswer>> } = {},
): Promise<SidebarPage> {
  const context = await browser.newContext({
    viewport: { width: 300, height: 900 },
    locale: 'en-US',
    timezoneId: 'Europe/Warsaw',
  });
  context.setDefaultTimeout(BROWSER_TIMEOUT);
  const page = await context.newPage();
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const requests: string[] = [];
  const sidebarUrl = pathToFileURL(SIDEBAR).href;
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.route('**/*', (route) => {
    if (route.request().url() === sidebarUrl) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  const defaults: Partial<Record<ServerName, StubAnswer>> = {};
  for (const name of SERVER_FUNCTION_NAMES)
    defaults[name] = { value: name === 'sidebarSelectBlock' ? true : state };
  const config: StubConfig = {
    functions: SERVER_FUNCTION_NAMES.filter((name) => !options.missing?.includes(name)),
    answers: { ...defaults, ...options.answers },
  };
  await page.addInitScript(`window.__scriptRunCopy = ${scriptRunCopy.toString()};`);
  await page.addInitScript(installStub, config);
  await page.goto(sidebarUrl);
  return {
    page,
    dialogs,
    pageErrors,
    requests,
    calls: () => page.evaluate(() => (window as unknown as { __calls: RecordedCall[] }).__calls),
    callsTo: async (name) =>
      (await page.evaluate(() => (window as unknown as { __calls: RecordedCall[] }).__calls))
        .filter((call) => call.name === name)
        .map((call) => call.args),
    waitForCalls: async (name, count) => {
      await page.waitForFunction(
        ([fn, n]) =>
          (window as unknown as { __calls: RecordedCall[] }).__calls.filter((call) => call.name === fn)
            .length >= n,
        [name, count] as const,
      );
    },
    answer: (name, answer) =>
      page.evaluate(
        ([fn, value]) => {
          (window as unknown as { __answers: Record<string, unknown> }).__answers[fn] = value;
        },
        [name, answer] as const,
      ),
    release: () => page.evaluate(() => (window as unknown as { __release: () => void }).__release()),
    screenshot: async (name) => {
      mkdirSync(OUTPUT_DIR, { recursive: true });
      const path = join(OUTPUT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    close: () => context.close(),
  };
}

/**
 * One browser per test file, and each test's sidebar closed after it: registers the jest hooks and
 * returns how to open a sidebar: `open` waits until it has rendered (its Run audit button is there),
 * `openUnrendered` does not, for a first load that fails.
 */
export function sidebarSession(): {
  open: (...args: OpenArgs) => Promise<SidebarPage>;
  openUnrendered: (...args: OpenArgs) => Promise<SidebarPage>;
} {
  let browser: Browser;
  let current: SidebarPage | null = null;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await current?.close();
    current = null;
  });
  afterAll(async () => {
    await browser?.close();
  });
  const openUnrendered = async (...args: OpenArgs) => (current = await openSidebar(browser, ...args));
  return {
    openUnrendered,
    open: async (...args) => {
      const sidebar = await openUnrendered(...args);
      await sidebar.page.locator('#run-audit').waitFor();
      return sidebar;
    },
  };
}

type OpenArgs = Parameters<typeof openSidebar> extends [Browser, ...infer Rest] ? Rest : never;
