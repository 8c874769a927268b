import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR_ENV } from '../host';

const repository = path.resolve(import.meta.dirname, '../..');
const dataDirectory = mkdtempSync(path.join(tmpdir(), 'wgd-cli-lang-'));

/** The environment of a terminal with no language of its own set, plus what the test sets. */
function environment(language: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, [DATA_DIR_ENV]: dataDirectory, LANG: 'C', ...language };
  for (const name of ['LC_ALL', 'LC_MESSAGES'] as const) if (!(name in language)) delete env[name];
  return env;
}

/** The command line as a user runs it: the launcher under plain Node, in a child process. */
function workgroupDoctor(args: readonly string[], env = environment()): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['electron/cli/workgroup-doctor.mjs', ...args], { cwd: repository, env }, (error, stdout, stderr) => {
      resolve({ status: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}

const XP_PRINT_HOST = ['diagnose', '--scenario', 'xp-print-host-at-limit'];

describe('the command line’s language', () => {
  it('diagnose --lang th prints the diagnosis in Thai', async () => {
    const run = await workgroupDoctor([...XP_PRINT_HOST, '--lang', 'th']);
    expect(run.status).toBe(4);
    expect(run.stdout).toMatch(/^Workgroup Doctor: ผลการวินิจฉัย /);
    expect(run.stdout).toContain('[ปัญหา] ช่องการเชื่อมต่อถูกใช้ครบทั้ง 10 ช่องแล้ว  (limit-reached)');
    expect(run.stdout).toContain('สิ่งที่ควรทำ:');
    expect(run.stdout).not.toContain('What to do');
  });

  it('names the demo PC by its Thai title', async () => {
    const run = await workgroupDoctor([...XP_PRINT_HOST, '--lang', 'th']);
    expect(run.stdout.split('\n')[0]).toBe('Workgroup Doctor: ผลการวินิจฉัย พีซีสาธิต "พีซีที่ต่อเครื่องพิมพ์ Windows XP Professional ใช้ไปครบทั้ง 10 ช่อง"');
  });

  it('diagnose --lang de prints the diagnosis in German', async () => {
    const run = await workgroupDoctor([...XP_PRINT_HOST, '--lang', 'de-AT']);
    expect(run.status).toBe(4);
    expect(run.stdout).toMatch(/^Workgroup Doctor: Diagnose – /);
    expect(run.stdout).toContain('[Problem] Alle 10 Verbindungsplätze sind belegt  (limit-reached)');
    expect(run.stdout).toContain('Was zu tun ist:');
  });

  it('follows LC_ALL, then LC_MESSAGES, then LANG, and otherwise speaks English', async () => {
    const heading = async (language: Readonly<Record<string, string>>) => (await workgroupDoctor(XP_PRINT_HOST, environment(language))).stdout.split('\n')[0];
    expect(await heading({ LANG: 'de_DE.UTF-8' })).toMatch(/Diagnose – /);
    expect(await heading({ LC_MESSAGES: 'th_TH.UTF-8', LANG: 'de_DE.UTF-8' })).toMatch(/ผลการวินิจฉัย/);
    expect(await heading({ LC_ALL: 'de_AT.UTF-8', LC_MESSAGES: 'th_TH.UTF-8' })).toMatch(/Diagnose – /);
    expect(await heading({ LANG: 'fr_FR.UTF-8' })).toMatch(/diagnosis of/);
  });

  it('--lang wins over the environment', async () => {
    const run = await workgroupDoctor([...XP_PRINT_HOST, '--lang', 'en'], environment({ LC_ALL: 'th_TH.UTF-8' }));
    expect(run.stdout).toMatch(/^Workgroup Doctor: diagnosis of /);
  });

  it('prints the same JSON in every language', async () => {
    const english = await workgroupDoctor([...XP_PRINT_HOST, '--json']);
    const thai = await workgroupDoctor([...XP_PRINT_HOST, '--json', '--lang', 'th'], environment({ LANG: 'th_TH.UTF-8' }));
    expect(thai.stdout).toBe(english.stdout);
    expect(JSON.parse(thai.stdout).findings[0].title).toBe('All 10 connection slots are in use');
  });

  it.each([
    ['diagnose', '--scenario', 'xp-print-host-at-limit'],
    ['plan', 'method-1', '--scenario', 'xp-print-host-at-limit'],
    ['apply', 'method-1', '--scenario', 'xp-print-host-at-limit'],
    ['undo', 'all', '--scenario', 'xp-print-host-at-limit'],
    ['changes', '--scenario', 'xp-print-host-at-limit'],
    ['report', '--scenario', 'xp-print-host-at-limit'],
    ['check-remote', 'PRINTHOST', '--scenario', 'win10-client-shares-printer'],
  ])('%s: an unknown --lang is one line that lists the languages, exit 2', async (...args) => {
    const run = await workgroupDoctor([...args, '--lang', 'fr']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `workgroup-doctor ${args[0]}: --lang "fr" is not a language Workgroup Doctor speaks; it speaks en (English), th (ไทย), de (Deutsch)\n`,
    );
  });

  it('plan --lang de prints the plan in German, its commands unchanged', async () => {
    const run = await workgroupDoctor(['plan', 'method-1', '--scenario', 'xp-print-host-at-limit', '--lang', 'de']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Workgroup Doctor: Plan – /);
    expect(run.stdout).toContain('Schritte:\n    1. RestrictAnonymous auf 1 setzen\n       > C:\\Windows\\System32\\reg.exe add ');
    expect(run.stdout).toContain('Es wurde nichts geändert.');
  });

  it('apply --lang th reports the change and the before-and-after in Thai', async () => {
    const run = await workgroupDoctor(['apply', 'method-1', '--scenario', 'win10-german-cp850', '--yes', '--lang', 'th']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Workgroup Doctor: แผนการแก้ไขสำหรับ /);
    expect(run.stdout).toMatch(/ก่อนและหลัง:\n\s+ก่อน\s+หลัง\n\s+การเชื่อมต่อที่ใช้อยู่\s+18\s+18\n/);
    expect(run.stdout).toMatch(/หายไปแล้ว\s+อนุญาตให้เชื่อมต่อแบบไม่ระบุชื่อได้ \(RestrictAnonymous มีค่าเป็น 0\)/);
  });

  it('writes the report in the chosen language', async () => {
    const run = await workgroupDoctor(['report', '--scenario', 'xp-print-host-at-limit', '--lang', 'th']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<html lang="th">');
    expect(run.stdout).toContain('สร้างโดย Workgroup Doctor');
    expect(run.stdout).toContain('<h2>พีซีสาธิต &#34;พีซีที่ต่อเครื่องพิมพ์ Windows XP Professional ใช้ไปครบทั้ง 10 ช่อง&#34; ');
  });
});
