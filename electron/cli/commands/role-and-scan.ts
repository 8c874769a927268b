import type { PcRole } from '../../../shared/diagnosis/finding';
import type { ScanResult } from '../../../shared/ipc/contract';
import { previewValue } from '../../../shared/text/preview-value';
import type { Host } from '../../host';
import { UsageError } from '../cli-io';

const ROLES: readonly PcRole[] = ['host', 'client', 'unknown'];

export const ROLE_USAGE = '  --role host|client    host: others connect to this PC; client: this PC gets the error (default: unknown)';

export function roleFrom(value: string | undefined): PcRole {
  const role = (value ?? 'unknown') as PcRole;
  if (!ROLES.includes(role)) throw new UsageError(`--role must be host or client, not ${previewValue(value)}`);
  return role;
}

/** A scan from the command line, which nothing cancels. */
export async function scanOf(host: Host, role: PcRole): Promise<ScanResult> {
  const outcome = await host.scan({ role });
  if (outcome.kind !== 'completed') throw new Error('the scan was cancelled');
  return outcome.result;
}
