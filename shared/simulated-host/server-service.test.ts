import { describe, expect, it } from 'vitest';
import { recognizeSystemError } from '../parsers/system-error';
import { parseScQueryConfig, parseScQueryState } from '../parsers/sc-service';
import qcAutoFixture from '../fixtures/documented-layout/sc-qc__documented-win10__en__01.txt?raw';
import queryRunningFixture from '../fixtures/documented-layout/sc-query__documented-win10__en__01.txt?raw';
import { findKey, findValue, LANMAN_SERVER_SERVICE_KEY } from './host-registry';
import type { Scenario } from './scenario';
import { builtInScenario } from './scenarios';
import { runSimulatedCommand } from './simulated-windows';

const stopped = builtInScenario('win10-server-service-stopped')!;
const german = (state: Scenario): Scenario => ({ ...state, displayLanguage: 'de' });

/** Runs commands one after another on the simulated PC, as the fake programs do. */
function session(start: Scenario) {
  let state = start;
  return {
    run(program: 'sc' | 'net', ...args: string[]) {
      const outcome = runSimulatedCommand(state, program, args);
      state = outcome.state;
      return outcome;
    },
    state: () => state,
  };
}

describe('the simulated Server service', () => {
  it('renders sc qc and sc query in the documented layouts', () => {
    const pc = { ...stopped, serverStartType: 'auto' as const, serverServiceRunning: true };
    expect(runSimulatedCommand(pc, 'sc', ['qc', 'lanmanserver']).stdout).toBe(qcAutoFixture);
    expect(runSimulatedCommand(pc, 'sc', ['query', 'lanmanserver']).stdout).toBe(queryRunningFixture);
  });

  it('is started the way the fix does it: the start type first, then net start, each checked by sc', () => {
    const pc = session(stopped);
    expect(parseScQueryConfig(pc.run('sc', 'qc', 'lanmanserver').stdout).startType).toBe(4);
    // A disabled service cannot be started.
    const refused = pc.run('net', 'start', 'lanmanserver');
    expect(refused.exitCode).toBe(2);
    expect(recognizeSystemError(refused.stderr)?.code).toBe(1058);

    expect(pc.run('sc', 'config', 'lanmanserver', 'start=', 'auto')).toMatchObject({ exitCode: 0, stdout: '[SC] ChangeServiceConfig SUCCESS\r\n\r\n' });
    expect(pc.run('net', 'start', 'lanmanserver')).toMatchObject({
      exitCode: 0,
      stdout: 'The Server service is starting.\r\nThe Server service was started successfully.\r\n\r\n',
    });
    expect(parseScQueryState(pc.run('sc', 'query', 'lanmanserver').stdout).state).toBe(4);
    expect(pc.run('net', 'share').exitCode).toBe(0);
    // The registry follows: the service key's Start value is the start type.
    expect(findValue(findKey(pc.state(), LANMAN_SERVER_SERVICE_KEY)!.values, 'Start')?.[1].data).toBe(2);

    expect(recognizeSystemError(pc.run('net', 'start', 'lanmanserver').stderr)?.code).toBe(2182);
    expect(pc.run('net', 'stop', 'lanmanserver', '/y')).toMatchObject({ exitCode: 0 });
    expect(recognizeSystemError(pc.run('net', 'stop', 'lanmanserver', '/y').stderr)?.code).toBe(3521);
    expect(recognizeSystemError(pc.run('net', 'session').stderr)?.code).toBe(2114);
  });

  it('refuses "start=auto" as one argument, as sc does, and a service that is not the Server service', () => {
    const config = runSimulatedCommand(stopped, 'sc', ['config', 'lanmanserver', 'start=auto']);
    expect(config.exitCode).toBe(1639);
    expect(config.state).toBe(stopped);
    const other = runSimulatedCommand(stopped, 'sc', ['qc', 'spooler']);
    expect(other.exitCode).toBe(1060);
    expect(recognizeSystemError(other.stderr)).toMatchObject({ code: 1060, source: 'sc-failed' });
  });

  it('needs an administrator to change anything', () => {
    const pc = { ...stopped, elevated: false };
    expect(runSimulatedCommand(pc, 'sc', ['config', 'lanmanserver', 'start=', 'auto'])).toMatchObject({ exitCode: 5, state: pc });
    expect(recognizeSystemError(runSimulatedCommand(pc, 'sc', ['config', 'lanmanserver', 'start=', 'auto']).stderr)?.code).toBe(5);
    expect(recognizeSystemError(runSimulatedCommand(pc, 'net', ['start', 'lanmanserver']).stderr)?.code).toBe(5);
    // Reading needs no administrator.
    expect(runSimulatedCommand(pc, 'sc', ['qc', 'lanmanserver']).exitCode).toBe(0);
  });

  it('speaks German on a German PC, and the numbers read the same', () => {
    const pc = session(german(stopped));
    expect(pc.run('sc', 'config', 'lanmanserver', 'start=', 'demand').stdout).toBe('[SC] ChangeServiceConfig ERFOLG\r\n\r\n');
    expect(pc.run('net', 'start', 'server').stdout).toBe('Der Dienst "Server" wird gestartet.\r\nDer Dienst "Server" wurde erfolgreich gestartet.\r\n\r\n');
    expect(parseScQueryConfig(pc.run('sc', 'qc', 'lanmanserver').stdout).startType).toBe(3);
    expect(recognizeSystemError(pc.run('net', 'start', 'lanmanserver').stderr)?.code).toBe(2182);
  });
});
