import type { Scenario } from './scenario';

/** A scenario file that does not have the shape the simulated host needs. */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
}

/**
 * Checks a scenario read from JSON (built in, or a technician's own file) before the host uses it, so a
 * mistake is reported by field name instead of surfacing as a crash inside a fake command.
 */
export function parseScenario(data: unknown, origin = 'scenario'): Scenario {
  const problems: string[] = [];
  const object = (value: unknown, path: string): Record<string, unknown> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`${path} must be an object`);
      return {};
    }
    return value as Record<string, unknown>;
  };
  const root = object(data, origin);
  const expect = (path: string, value: unknown, test: (v: unknown) => boolean, what: string) => {
    if (!test(value)) problems.push(`${path} must be ${what}`);
  };
  const isString = (v: unknown) => typeof v === 'string';
  const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  const isBoolean = (v: unknown) => typeof v === 'boolean';
  const isArray = (v: unknown) => Array.isArray(v);

  for (const field of ['id', 'title', 'description', 'computerName'] as const) expect(`${origin}.${field}`, root[field], isString, 'text');
  expect(`${origin}.id`, root.id, (v) => typeof v === 'string' && /^[a-z0-9-]+$/.test(v), 'lower-case letters, digits and dashes');
  expect(`${origin}.role`, root.role, (v) => v === 'host' || v === 'client', '"host" or "client"');
  expect(`${origin}.displayLanguage`, root.displayLanguage, (v) => v === 'en' || v === 'de', '"en" or "de"');
  expect(`${origin}.codePage`, root.codePage, (v) => Number.isInteger(v) && (v as number) > 0, 'a code page number');
  expect(`${origin}.elevated`, root.elevated, isBoolean, 'true or false');
  expect(`${origin}.serverServiceRunning`, root.serverServiceRunning, isBoolean, 'true or false');
  const windows = object(root.windows, `${origin}.windows`);
  for (const field of ['ProductName', 'CurrentVersion', 'CurrentBuildNumber', 'CurrentBuild'] as const) expect(`${origin}.windows.${field}`, windows[field], isString, 'text');
  const server = object(root.server, `${origin}.server`);
  for (const field of ['maxLoggedOnUsers', 'maxOpenFilesPerSession', 'autodisconnectMinutes'] as const) expect(`${origin}.server.${field}`, server[field], isNumber, 'a number');
  for (const field of ['comment', 'softwareVersion'] as const) expect(`${origin}.server.${field}`, server[field], isString, 'text');
  for (const field of ['sessions', 'openFiles', 'shares', 'printers'] as const) expect(`${origin}.${field}`, root[field], isArray, 'a list');
  (Array.isArray(root.sessions) ? root.sessions : []).forEach((item, i) => {
    const session = object(item, `${origin}.sessions[${i}]`);
    for (const field of ['computer', 'user', 'clientType'] as const) expect(`${origin}.sessions[${i}].${field}`, session[field], isString, 'text');
    expect(`${origin}.sessions[${i}].idleSeconds`, session.idleSeconds, (v) => isNumber(v) && (v as number) >= 0, 'a number of seconds');
  });
  (Array.isArray(root.openFiles) ? root.openFiles : []).forEach((item, i) => {
    const file = object(item, `${origin}.openFiles[${i}]`);
    expect(`${origin}.openFiles[${i}].id`, file.id, (v) => Number.isInteger(v), 'a whole number');
    for (const field of ['path', 'user', 'computer'] as const) expect(`${origin}.openFiles[${i}].${field}`, file[field], isString, 'text');
  });
  (Array.isArray(root.shares) ? root.shares : []).forEach((item, i) => {
    const share = object(item, `${origin}.shares[${i}]`);
    for (const field of ['name', 'resource', 'remark'] as const) expect(`${origin}.shares[${i}].${field}`, share[field], isString, 'text');
    expect(`${origin}.shares[${i}].kind`, share.kind, (v) => ['disk', 'printer', 'ipc', 'special'].includes(v as string), 'disk, printer, ipc or special');
  });
  object(root.registry, `${origin}.registry`);
  if (problems.length > 0) throw new ScenarioError(`${origin} is not a valid scenario: ${problems.slice(0, 8).join('; ')}${problems.length > 8 ? ` (+${problems.length - 8} more)` : ''}`);
  return data as Scenario;
}
