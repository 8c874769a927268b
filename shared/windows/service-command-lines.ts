import { SERVER_SERVICE_NAME, type SettableServerStartType } from './server-service';
import type { WindowsCommand } from './windows-command';

/**
 * Command lines for the Server service: sc.exe ("sc qc", "sc query", "sc config", Microsoft Learn) and
 * net start/stop. Only the Server service is ever named: nothing here takes a service from outside.
 */

/** Its configuration, with START_TYPE; readable without administrator rights. */
export function scQueryServerConfigCommand(): WindowsCommand {
  return { program: 'sc', args: ['qc', SERVER_SERVICE_NAME] };
}

/** Its state, with STATE. */
export function scQueryServerStateCommand(): WindowsCommand {
  return { program: 'sc', args: ['query', SERVER_SERVICE_NAME] };
}

/**
 * Sets its start type. sc wants "start=" and the value as two arguments: "start=auto" in one is
 * refused by sc, which is why the documentation insists on the space after the equals sign.
 */
export function scSetServerStartTypeCommand(startType: SettableServerStartType): WindowsCommand {
  return { program: 'sc', args: ['config', SERVER_SERVICE_NAME, 'start=', startType] };
}

/** Starts it; net waits until it runs (or says why it cannot). */
export function netStartServerCommand(): WindowsCommand {
  return { program: 'net', args: ['start', SERVER_SERVICE_NAME] };
}

/** Stops it; /y answers net's question about the services that depend on it (Computer Browser on XP). */
export function netStopServerCommand(): WindowsCommand {
  return { program: 'net', args: ['stop', SERVER_SERVICE_NAME, '/y'] };
}
