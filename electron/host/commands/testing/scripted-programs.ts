import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WINDOWS_PROGRAMS, type WindowsProgram } from '../windows-programs';

/** What one fake program does when started: real bytes, a real exit code, real hangs. */
export interface ScriptedBehaviour {
  readonly stdout?: Buffer;
  readonly stderr?: Buffer;
  readonly exitCode?: number;
  /** Sleep this long before writing (to hang past a timeout). */
  readonly delayMs?: number;
  /** Write this many bytes of 'x' to stdout in 64 KiB chunks. */
  readonly floodBytes?: number;
}

export type Script = Partial<Record<WindowsProgram, ScriptedBehaviour>>;

/**
 * A folder of executables named like the Windows programs (net.exe, chcp.com, …) that behave as the
 * script says. They are real child processes, so the runner is tested end to end: spawn, pipes,
 * exit codes, kill on timeout, bytes in a code page. Each program appends its argv to calls.log, and
 * "<program> <epoch ms>" to calls.log.starts when it starts and to calls.log.exits when it exits.
 */
export function writeScriptedPrograms(script: Script): { binDirectory: string; callsLog: string } {
  const binDirectory = mkdtempSync(path.join(tmpdir(), 'wgd-scripted-'));
  // The folder is CommonJS whatever the project says, so node runs the extensionless-looking .exe files.
  writeFileSync(path.join(binDirectory, 'package.json'), '{"type":"commonjs"}\n');
  const callsLog = path.join(binDirectory, 'calls.log');
  for (const [program, behaviour] of Object.entries(script) as [WindowsProgram, ScriptedBehaviour][]) {
    const file = path.join(binDirectory, ...WINDOWS_PROGRAMS[program].split('\\'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, programSource(program, behaviour, callsLog));
    chmodSync(file, 0o755);
  }
  return { binDirectory, callsLog };
}

function programSource(program: string, behaviour: ScriptedBehaviour, callsLog: string): string {
  const data = JSON.stringify({
    program,
    callsLog,
    stdout: behaviour.stdout?.toString('base64') ?? '',
    stderr: behaviour.stderr?.toString('base64') ?? '',
    exitCode: behaviour.exitCode ?? 0,
    delayMs: behaviour.delayMs ?? 0,
    floodBytes: behaviour.floodBytes ?? 0,
  });
  return `#!${process.execPath}
const fs = require('fs');
const s = ${data};
fs.appendFileSync(s.callsLog, JSON.stringify([s.program, ...process.argv.slice(2)]) + '\\n');
process.on('exit', () => fs.appendFileSync(s.callsLog + '.exits', s.program + ' ' + Date.now() + '\\n'));
fs.appendFileSync(s.callsLog + '.starts', s.program + ' ' + Date.now() + '\\n');
setTimeout(() => {
  if (s.floodBytes > 0) {
    const chunk = Buffer.alloc(65536, 'x');
    let left = s.floodBytes;
    const pump = () => {
      while (left > 0) {
        left -= chunk.length;
        if (!process.stdout.write(chunk)) return process.stdout.once('drain', pump);
      }
      process.exit(s.exitCode);
    };
    return pump();
  }
  process.stdout.write(Buffer.from(s.stdout, 'base64'));
  process.stderr.write(Buffer.from(s.stderr, 'base64'));
  process.exitCode = s.exitCode;
}, s.delayMs);
`;
}
