import type { ActionId } from '../../../shared/diagnosis/actions';
import { DEFAULT_AUTODISCONNECT_MINUTES, type FixRequest } from '../../../shared/fixes/fix-request';
import type { ScanResult } from '../../../shared/ipc/contract';
import { printersOf } from './selectors';

/**
 * What choosing an action asks for at first: every printer this PC shares (Method 2), the computer idle
 * longest (disconnect; more can be ticked), the default idle time (autodisconnect). Starting the Server
 * service asks for nothing, and neither does advice.
 */
export function initialRequest(action: ActionId, result: ScanResult): FixRequest | null {
  switch (action) {
    case 'method-1':
      return { action: 'method-1' };
    case 'method-2':
      return { action: 'method-2', printers: (printersOf(result) ?? []).filter((p) => p.shared).map((p) => p.name) };
    case 'disconnect': {
      const target = result.diagnosis.actions.find((a) => a.id === 'disconnect')?.targets[0];
      return target === undefined ? null : { action: 'disconnect', computers: [target] };
    }
    case 'autodisconnect':
      return { action: 'autodisconnect', minutes: DEFAULT_AUTODISCONNECT_MINUTES };
    case 'start-server':
      return { action: 'start-server' };
    case 'outgrown':
      return null;
  }
}
