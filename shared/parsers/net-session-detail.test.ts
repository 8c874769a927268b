import { describe, expect, it } from 'vitest';
import { parseNetSessionDetail } from './net-session-detail';
import userSession from '../fixtures/documented-layout/net-session-detail__documented__en__01.txt?raw';
import nullSession from '../fixtures/documented-layout/net-session-detail__documented__en__02.txt?raw';

// No public capture of `net session \\CLIENT` exists. The fixtures follow Samba's `net rap session INFO`,
// which copies the Windows layout (16-cell labels, "Share name     Type     # Opens" under a rule), with
// the label words of net.exe's message table ("Client type" with a small t). They are NOT real captures.
describe('parseNetSessionDetail on the documented layout (not a real capture)', () => {
  it('reads a user session with its connections', () => {
    expect(parseNetSessionDetail(userSession)).toEqual({
      session: {
        user: 'alice',
        computer: '192.168.1.20',
        guestLogon: false,
        guestLogonText: 'No',
        clientType: '',
        sessionSeconds: 3723,
        idleSeconds: 31,
        sessionTimeText: '01:02:03',
        idleTimeText: '00:00:31',
      },
      shares: [
        { name: 'IPC$', type: 'IPC', opens: 1, lineNumber: 11 },
        { name: 'Users', type: 'Disk', opens: 2, lineNumber: 12 },
        { name: 'Shared Folder', type: 'Disk', opens: 0, lineNumber: 13 },
      ],
      fields: [
        { label: 'User name', value: 'alice', continuation: [], lineNumber: 1 },
        { label: 'Computer', value: '192.168.1.20', continuation: [], lineNumber: 2 },
        { label: 'Guest logon', value: 'No', continuation: [], lineNumber: 3 },
        { label: 'Client type', value: '', continuation: [], lineNumber: 4 },
        { label: 'Sess time', value: '01:02:03', continuation: [], lineNumber: 5 },
        { label: 'Idle time', value: '00:00:31', continuation: [], lineNumber: 6 },
      ],
      messages: ['The command completed successfully.'],
      unrecognizedLines: [],
    });
  });

  it('reads a null session from an old print client: empty user, long client type, days form', () => {
    expect(parseNetSessionDetail(nullSession)).toEqual({
      session: {
        user: '',
        computer: 'PRINTHOST',
        guestLogon: false,
        guestLogonText: 'No',
        clientType: 'Windows 2002 Service Pack 2 2600',
        sessionSeconds: 142 * 3600 + 3 * 60 + 10,
        idleSeconds: 5 * 86400 + 22 * 3600 + 2 * 60,
        sessionTimeText: '142:03:10',
        idleTimeText: '05D 22H 02M',
      },
      shares: [{ name: 'IPC$', type: 'IPC', opens: 1, lineNumber: 11 }],
      fields: [
        { label: 'User name', value: '', continuation: [], lineNumber: 1 },
        { label: 'Computer', value: '\\\\PRINTHOST', continuation: [], lineNumber: 2 },
        { label: 'Guest logon', value: 'No', continuation: [], lineNumber: 3 },
        { label: 'Client type', value: 'Windows 2002 Service Pack 2 2600', continuation: [], lineNumber: 4 },
        { label: 'Sess time', value: '142:03:10', continuation: [], lineNumber: 5 },
        { label: 'Idle time', value: '05D 22H 02M', continuation: [], lineNumber: 6 },
      ],
      messages: ['The command completed successfully.'],
      unrecognizedLines: [],
    });
  });

  it('reads localized labels by their order, with wider labels, CRLF and no blank line before the sub-table', () => {
    const rule = '-'.repeat(79);
    const text = [
      'Benutzername           maria',
      'Computer               BUERO-PC',
      'Gastanmeldung          Ja',
      'Clienttyp              posix',
      'Sitzungsdauer          00:10:00',
      'Leerlaufzeit           00:00:05',
      'Freigabename   Typ      # Geöffnet',
      rule,
      'Daten          Datenträger    3',
      'Der Befehl wurde erfolgreich ausgeführt.',
    ].join('\r\n');
    expect(parseNetSessionDetail(text)).toEqual({
      session: {
        user: 'maria',
        computer: 'BUERO-PC',
        guestLogon: true,
        guestLogonText: 'Ja',
        clientType: 'posix',
        sessionSeconds: 600,
        idleSeconds: 5,
        sessionTimeText: '00:10:00',
        idleTimeText: '00:00:05',
      },
      shares: [{ name: 'Daten', type: 'Datenträger', opens: 3, lineNumber: 9 }],
      fields: [
        { label: 'Benutzername', value: 'maria', continuation: [], lineNumber: 1 },
        { label: 'Computer', value: 'BUERO-PC', continuation: [], lineNumber: 2 },
        { label: 'Gastanmeldung', value: 'Ja', continuation: [], lineNumber: 3 },
        { label: 'Clienttyp', value: 'posix', continuation: [], lineNumber: 4 },
        { label: 'Sitzungsdauer', value: '00:10:00', continuation: [], lineNumber: 5 },
        { label: 'Leerlaufzeit', value: '00:00:05', continuation: [], lineNumber: 6 },
      ],
      messages: ['Der Befehl wurde erfolgreich ausgeführt.'],
      unrecognizedLines: [],
    });
  });

  it('finds the two times by their values when an extra row shifts the order', () => {
    const text = [
      'Nom d’utilisateur   paul',
      'Ordinateur          10.0.0.7',
      'Ouverture invité    Non',
      'Type de client',
      'Chiffrement         Oui',
      'Durée de session    02:00:00',
      'Temps d’inactivité  00:01:00',
      '',
      'Nom de partage Type     # Ouvertures',
      '-'.repeat(79),
      'La commande s’est terminée correctement.',
    ].join('\n');
    const result = parseNetSessionDetail(text);
    expect(result.session).toEqual({
      user: 'paul',
      computer: '10.0.0.7',
      guestLogon: false,
      guestLogonText: 'Non',
      clientType: '',
      sessionSeconds: 7200,
      idleSeconds: 60,
      sessionTimeText: '02:00:00',
      idleTimeText: '00:01:00',
    });
    expect(result.shares).toEqual([]);
    expect(result.messages).toEqual(['La commande s’est terminée correctement.']);
  });

  it('gives no session for an error text and reports a stray line in the connection table', () => {
    expect(parseNetSessionDetail('A session does not exist with that computer name.\r\n\r\nMore help is available by typing NET HELPMSG 2312.\r\n')).toEqual({
      session: null,
      shares: [],
      fields: [],
      messages: [],
      unrecognizedLines: [
        { lineNumber: 1, text: 'A session does not exist with that computer name.' },
        { lineNumber: 3, text: 'More help is available by typing NET HELPMSG 2312.' },
      ],
    });
    const text = [
      'User name       bob',
      'Share name     Type     # Opens',
      '-'.repeat(79),
      'C$             Disk         1',
      '~~~',
      'D$             Disk         0',
    ].join('\n');
    const result = parseNetSessionDetail(text);
    expect(result.shares.map((share) => share.name)).toEqual(['C$', 'D$']);
    expect(result.unrecognizedLines).toEqual([{ lineNumber: 5, text: '~~~' }]);
    expect(result.session?.user).toBe('bob');
    expect(result.session?.sessionSeconds).toBeNull();
  });
});
