/**
 * What the user (or a script) asks for. Names inside are checked against the diagnosis before any
 * plan is made; registry keys and commands never come from here.
 */
export type FixRequest =
  | { readonly action: 'method-1' }
  | { readonly action: 'method-2'; readonly printers: readonly string[] }
  | { readonly action: 'disconnect'; readonly computer: string }
  | { readonly action: 'close-file'; readonly fileId: number }
  | { readonly action: 'autodisconnect'; readonly minutes: number };

export type FixKind = FixRequest['action'];

/** The idle time Windows uses by default, and the one autodisconnect is restored to. */
export const DEFAULT_AUTODISCONNECT_MINUTES = 15;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Shape check for a request that crossed IPC (the contract's validator); the content is checked later. */
export function isFixRequest(value: unknown): value is FixRequest {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value).sort().join(',');
  switch (value.action) {
    case 'method-1':
      return keys === 'action';
    case 'method-2':
      return keys === 'action,printers' && Array.isArray(value.printers) && value.printers.length <= 64 && value.printers.every((p) => typeof p === 'string' && p.length <= 256);
    case 'disconnect':
      return keys === 'action,computer' && typeof value.computer === 'string' && value.computer.length <= 256;
    case 'close-file':
      return keys === 'action,fileId' && Number.isSafeInteger(value.fileId) && (value.fileId as number) >= 0;
    case 'autodisconnect':
      return keys === 'action,minutes' && Number.isInteger(value.minutes);
    default:
      return false;
  }
}
