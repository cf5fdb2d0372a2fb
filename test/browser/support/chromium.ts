import { existsSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import sparticuz from '@sparticuz/chromium';

/** How to start the browser: which executable, with which flags and environment. */
export interface ChromiumLaunch {
  executablePath: string;
  args: string[];
  env: Record<string, string>;
}

// A browser that talks to nothing but the page under test.
const QUIET = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

// Of @sparticuz/chromium's serverless flags: --single-process takes the browser down when a
// context closes; the other two would hide the CORS and CSP faults the tests are there to see.
const UNWANTED = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content']);

const NOTO_SANS_SC = path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'));
/** The weights the explorer's stylesheet uses (400-700), one folder each in the package. */
const WEIGHTS = ['400Regular', '500Medium', '600SemiBold', '700Bold'];
/** Shared between launches: fontconfig scans the 10 MB font files once. */
const FONT_CACHE = path.join(os.tmpdir(), 'partnership-fontconfig-cache');

const xmlText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * A fontconfig of the browser's own in `dir`: Noto Sans SC from npm and nothing from the system,
 * so Chinese names render, and render the same, on any machine (one with no fonts at all too).
 */
async function privateFontconfig(dir: string): Promise<string> {
  const file = path.join(dir, 'fonts.conf');
  const dirs = WEIGHTS.map((weight) => `  <dir>${xmlText(path.join(NOTO_SANS_SC, weight))}</dir>`);
  await writeFile(file, [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    ...dirs,
    `  <cachedir>${xmlText(FONT_CACHE)}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n'));
  return file;
}

/** The browser's own language, as a person's browser has one: zh-CN for the explorer in Chinese, en-US in English. */
export type BrowserLocale = 'zh-CN' | 'en-US';

/**
 * The Chromium inside the @sparticuz/chromium package (unpacked to the system temp folder on
 * first use), or the one at CHROMIUM_PATH when that is set. `dir` is a private folder for
 * this launch (the browser profile's parent), where its fontconfig and locale go.
 */
export async function chromiumLaunch(dir: string, locale: BrowserLocale = 'zh-CN'): Promise<ChromiumLaunch> {
  const env = { ...process.env, ...(await localeEnv(dir, locale)), FONTCONFIG_FILE: await privateFontconfig(dir) } as Record<string, string>;
  const system = process.env.CHROMIUM_PATH;
  if (system) {
    if (!existsSync(system)) throw new Error(`CHROMIUM_PATH is ${system}, and there is no such file (unset it to use the browser from npm)`);
    return { executablePath: system, args: ['--headless', '--disable-gpu', ...QUIET], env };
  }
  const args = [...new Set([...sparticuz.args.filter((arg) => !UNWANTED.has(arg)), ...QUIET])];
  return { executablePath: await sparticuz.executablePath(), args, env };
}

/** glibc's C.UTF-8 locale data, on Debian, Ubuntu and Fedora alike. */
const C_UTF8 = ['/usr/lib/locale/C.utf8', '/usr/lib/locale/C.UTF-8'].find((dir) => existsSync(dir));

/**
 * The browser's locale. Chromium on Linux takes its language from the process locale (not --lang,
 * nor the context's locale emulation), and native controls such as <input type="date"> follow it.
 * Few machines have zh_CN.UTF-8 compiled, and glibc drops the whole locale for one missing
 * category, leaving C: then Chromium also writes a download's name in ASCII and a Chinese name is
 * lost ("download"). So a private LOCPATH gives C.UTF-8's data the locale's name: ICU reads the
 * language from the name, and the charset is UTF-8.
 */
async function localeEnv(dir: string, locale: BrowserLocale): Promise<Record<string, string>> {
  const name = `${locale.replace('-', '_')}.UTF-8`;
  if (!C_UTF8) {
    // No C.UTF-8 to borrow: keep a UTF-8 charset at least (native controls stay in the machine's language).
    const { LC_ALL, LC_CTYPE, LANG } = process.env;
    return /utf-?8/i.test(LC_ALL || LC_CTYPE || LANG || '') ? {} : { LC_ALL: 'C.UTF-8' };
  }
  const locales = path.join(dir, 'locales');
  await mkdir(locales, { recursive: true });
  await symlink(C_UTF8, path.join(locales, name));
  return { LOCPATH: locales, LC_ALL: name };
}
