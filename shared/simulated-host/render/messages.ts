import type { TcpState } from '../../parsers/netstat';
import type { DisplayLanguage } from '../scenario';
import { consoleLines } from './console-text';

/**
 * The words Windows' console programs print, by display language: the message table of the simulated
 * host. Table layouts do not change with the language (columns come from the data), only these words.
 *
 * How far each string is confirmed is marked beside it:
 *   capture      seen in real console output (a fixture in ../../fixtures/windows-outputs, or a public
 *                console transcript named in the comment)
 *   msgtable     a Windows message table as published in other code (ReactOS netmsg, Microsoft docs)
 *   fixture      other projects' tests or documented-layout fixtures claim it; no console capture seen
 *   unverified   our best guess; no capture or reliable source found. The parsers never depend on these
 *                words (they read columns, shapes and numbers), so a wrong guess cannot break them.
 */

/** Languages `net share` can be rendered in; zh-CN only there, because only its words are captured. */
export type ShareListLanguage = DisplayLanguage | 'zh-CN';

export interface NetText {
  readonly commandCompleted: string;
  readonly noEntries: string;
  readonly systemErrorOccurred: (code: number) => string;
  readonly moreHelp: (code: number) => string;
  readonly syntaxIntro: string;
  readonly serverServiceNotStarted: string;
  /** Win32 error texts, printed under "System error N has occurred.". */
  readonly win32Errors: Readonly<Record<number, string>>;
  /** NET error texts (NERR_*, 2100-2999), printed above "More help is available by typing NET HELPMSG N.". */
  readonly netErrors: Readonly<Record<number, string>>;
  readonly yes: string;
  readonly no: string;
  readonly activeCodePage: (codePage: number) => string;
  readonly netSession: { readonly header: string };
  readonly netSessionDetail: {
    readonly userName: string;
    readonly computer: string;
    readonly guestLogon: string;
    readonly clientType: string;
    readonly sessionTime: string;
    readonly idleTime: string;
    readonly sharesHeader: string;
  };
  readonly netShare: { readonly header: string; readonly spooled: string };
  readonly netShareDetail: {
    readonly shareName: string;
    readonly path: string;
    readonly remark: string;
    readonly maximumUsers: string;
    readonly users: string;
    readonly caching: string;
    readonly permission: string;
    readonly noLimit: string;
    readonly manualCaching: string;
    readonly everyoneFull: string;
  };
  readonly netFile: { readonly header: string };
  /** net view \\NAME: the title line and the table header. */
  readonly netView: { readonly sharedResourcesAt: (computer: string) => string; readonly header: string };
  /** net start / net stop of the Server service, by its display name. */
  readonly serverService: {
    readonly starting: string;
    readonly started: string;
    readonly stopping: string;
    readonly stopped: string;
  };
  /** sc.exe's result word after "[SC] QueryServiceConfig" / "[SC] OpenService … N:". */
  readonly sc: { readonly success: string; readonly failed: string };
  readonly netConfigServer: {
    readonly serverName: string;
    readonly serverComment: string;
    readonly softwareVersion: string;
    readonly activeOn: string;
    readonly serverHidden: string;
    readonly maxLoggedOnUsers: string;
    readonly maxOpenFiles: string;
    readonly idleSessionTime: string;
  };
  readonly netstat: {
    readonly title: string;
    readonly header: string;
    readonly headerWithPid: string;
    /** State words where the language translates them; missing states are printed in English. */
    readonly states: Readonly<Partial<Record<TcpState, string>>>;
  };
  readonly nbtstat: {
    readonly nodeLine: (ipAddress: string, scopeId: string) => string;
    readonly tableTitle: string;
    readonly header: string;
    readonly noConnections: string;
  };
  readonly reg: {
    readonly notFound: string;
    readonly operationCompleted: string;
    readonly accessDenied: string;
    readonly invalidSyntax: readonly string[];
    /** The name reg.exe (Vista and later) prints for a key's default value. */
    readonly defaultValueName: string;
  };
}

const ENGLISH: NetText = {
  commandCompleted: 'The command completed successfully.', // capture (many files)
  noEntries: 'There are no entries in the list.', // capture: net-session__win10__en__02
  systemErrorOccurred: (code) => `System error ${code} has occurred.`, // capture: error__winxp__en__01
  moreHelp: (code) => `More help is available by typing NET HELPMSG ${code}.`, // capture (PowerShell transcript of net view, HELPMSG 2114)
  syntaxIntro: 'The syntax of this command is:', // msgtable (net.exe help text); unverified spacing
  serverServiceNotStarted: 'The Server service is not started.', // capture (same transcript, NERR 2114)
  win32Errors: {
    5: 'Access is denied.', // capture: error__winxp__en__01
    51: 'Windows cannot find the network path. Verify that the network path is correct and the destination computer is not busy or turned off. If Windows still cannot find the network path, contact your network administrator.', // msgtable (winerror ERROR_REM_NOT_LIST)
    53: 'The network path was not found.', // msgtable (winerror ERROR_BAD_NETPATH)
    71: 'This remote computer has reached its connection limit, you cannot connect at this time.', // capture: error__winxp__en__03 (KB 328459)
    87: 'The parameter is incorrect.', // msgtable (winerror ERROR_INVALID_PARAMETER)
    1058: 'The service cannot be started, either because it is disabled or because it has no enabled devices associated with it.', // msgtable (winerror ERROR_SERVICE_DISABLED)
    1060: 'The specified service does not exist as an installed service.', // msgtable (winerror ERROR_SERVICE_DOES_NOT_EXIST); quoted in many sc transcripts
  },
  netErrors: {
    2114: 'The Server service is not started.', // capture
    2182: 'The requested service has already been started.', // msgtable (NERR_ServiceInstalled)
    2185: 'The service name is invalid.', // msgtable (NERR_BadServiceName)
    3521: 'The Server service is not started.', // msgtable (NERR_ServiceNotStarted, "The %1 service is not started.")
    2310: 'This shared resource does not exist.', // msgtable (ReactOS netmsg NERR_NetNameNotFound)
    2312: 'A session does not exist with that computer name.', // msgtable (NERR_ClientNameNotFound)
    2314: 'There is not an open file with that identification number.', // msgtable (NERR_FileIdNotFound)
  },
  yes: 'Yes', // fixture (documented net-config-server Win11)
  no: 'No', // capture: net-config-server__win10__en__01
  activeCodePage: (codePage) => `Active code page: ${codePage}`, // capture (many scripts and transcripts)
  netSession: {
    header: 'Computer               User name            Client Type       Opens Idle time', // capture
  },
  netSessionDetail: {
    // msgtable: net.exe's words as Samba's copy of the layout and the documented fixtures use them;
    // no Windows capture of `net session \\CLIENT` exists (INDEX.md, gaps).
    userName: 'User name',
    computer: 'Computer',
    guestLogon: 'Guest logon',
    clientType: 'Client type',
    sessionTime: 'Sess time',
    idleTime: 'Idle time',
    sharesHeader: 'Share name     Type     # Opens',
  },
  netShare: {
    header: 'Share name   Resource                        Remark', // capture
    spooled: 'Spooled', // msgtable (a message of its own in net.exe's table); no capture shows a printer row
  },
  netShareDetail: {
    shareName: 'Share name', // capture: net-share-detail__*
    path: 'Path', // capture
    remark: 'Remark', // capture
    maximumUsers: 'Maximum users', // capture
    users: 'Users', // capture
    caching: 'Caching', // capture
    permission: 'Permission', // capture
    noLimit: 'No limit', // capture
    manualCaching: 'Manual caching of documents', // capture
    everyoneFull: 'Everyone, FULL', // capture
  },
  netFile: {
    header: 'ID         Path                                    User name            # Locks', // msgtable; no capture
  },
  netView: {
    sharedResourcesAt: (computer) => `Shared resources at ${computer}`, // capture (net view transcripts)
    header: 'Share name  Type  Used as  Comment', // capture (net view transcripts)
  },
  serverService: {
    // msgtable: "The %1 service is starting." / "… was started successfully." with the display name;
    // seen in many net start transcripts of other services.
    starting: 'The Server service is starting.',
    started: 'The Server service was started successfully.',
    stopping: 'The Server service is stopping.',
    stopped: 'The Server service was stopped successfully.',
  },
  sc: { success: 'SUCCESS', failed: 'FAILED' }, // capture (sc transcripts: "[SC] QueryServiceConfig SUCCESS", "[SC] OpenService FAILED 1060:")
  netConfigServer: {
    serverName: 'Server Name', // capture: net-config-server__win10__en__01 (all eight labels)
    serverComment: 'Server Comment',
    softwareVersion: 'Software version',
    activeOn: 'Server is active on',
    serverHidden: 'Server hidden',
    maxLoggedOnUsers: 'Maximum Logged On Users',
    maxOpenFiles: 'Maximum open files per session',
    idleSessionTime: 'Idle session time (min)',
  },
  netstat: {
    title: 'Active Connections', // capture: netstat__win10__en__05
    header: '  Proto  Local Address          Foreign Address        State', // capture: netstat__win2003__en__01 (before its -t column)
    headerWithPid: '  Proto  Local Address          Foreign Address        State           PID', // capture: netstat__win10__en__05
    states: {},
  },
  nbtstat: {
    // msgtable: nbtstat's localmsg.mc as described in ../../fixtures/documented-layout/README.md; no capture.
    nodeLine: (ipAddress, scopeId) => `Node IpAddress: [${ipAddress}] Scope Id: [${scopeId}]`,
    tableTitle: '                     NetBIOS Connection Table',
    header: '    Local Name             State    In/Out  Remote Host           Input   Output',
    noConnections: '    No Connections',
  },
  reg: {
    notFound: 'ERROR: The system was unable to find the specified registry key or value.', // fixture (quoted in many scripts and tests)
    operationCompleted: 'The operation completed successfully.', // capture (reg add transcripts)
    accessDenied: 'ERROR: Access is denied.', // fixture (other projects' tests)
    invalidSyntax: ['ERROR: Invalid syntax.', 'Type "REG /?" for usage.'], // unverified (reg names the operation: "REG ADD /?")
    defaultValueName: '(Default)', // fixture (other projects' tests)
  },
};

const GERMAN: NetText = {
  commandCompleted: 'Der Befehl wurde erfolgreich ausgeführt.', // capture (net use transcripts; other projects' parsers)
  noEntries: 'Es sind keine Einträge in der Liste.', // capture: net-session__win11__de__08, __de__09
  systemErrorOccurred: (code) => `Systemfehler ${code} aufgetreten.`, // fixture (other projects' tests and simulators; system-error.ts)
  moreHelp: (code) => `Sie erhalten weitere Hilfe, wenn Sie NET HELPMSG ${code} eingeben.`, // unverified (a simulator writes "Weitere Hilfe erhalten Sie, wenn Sie … eingeben.")
  syntaxIntro: 'Die Syntax dieses Befehls lautet:', // unverified (a simulator uses it)
  serverServiceNotStarted: 'Der Serverdienst wurde nicht gestartet.', // unverified
  win32Errors: {
    5: 'Zugriff verweigert.', // fixture (other projects' tests; the brief)
    53: 'Der Netzwerkpfad wurde nicht gefunden.', // unverified
    71: 'Dieser Remotecomputer hat sein Verbindungslimit erreicht. Eine Verbindung ist derzeit nicht möglich.', // msgtable: quoted by the German KB 328459 (support.microsoft.com/kb/328459/de), under "Systemfehler 71 ist aufgetreten."; a translated article, so unconfirmed on a console
    87: 'Falscher Parameter.', // unverified
    1058: 'Der angegebene Dienst kann nicht gestartet werden. Er ist deaktiviert oder nicht mit aktivierten Geräten verbunden.', // unverified
    1060: 'Der angegebene Dienst ist kein installierter Dienst.', // unverified
  },
  netErrors: {
    2114: 'Der Serverdienst wurde nicht gestartet.', // unverified
    2182: 'Der angeforderte Dienst wurde bereits gestartet.', // unverified
    2185: 'Der Dienstname ist ungültig.', // unverified
    3521: 'Der Dienst "Server" ist nicht gestartet.', // unverified
    2310: 'Die freigegebene Ressource existiert nicht.', // unverified
    2312: 'Es besteht keine Sitzung mit diesem Computernamen.', // unverified
    2314: 'Es gibt keine geöffnete Datei mit dieser Kennung.', // unverified
  },
  yes: 'Ja', // unverified
  no: 'Nein', // fixture (documented net-config-server German, invented labels)
  activeCodePage: (codePage) => `Aktive Codepage: ${codePage}.`, // capture (chcp transcript; note the full stop)
  netSession: {
    header: 'Computer               Benutzername         Clienttyp         Offen Leerlaufzeit', // unverified
  },
  netSessionDetail: {
    userName: 'Benutzername', // unverified
    computer: 'Computer', // unverified
    guestLogon: 'Gastanmeldung', // unverified
    clientType: 'Clienttyp', // unverified
    sessionTime: 'Sitzungsdauer', // unverified
    idleTime: 'Leerlaufzeit', // unverified
    sharesHeader: 'Freigabename   Typ      # Geöffnet', // unverified
  },
  netShare: {
    header: 'Freigabename Ressource                       Beschreibung', // unverified
    spooled: 'In Warteschlange', // unverified
  },
  netShareDetail: {
    shareName: 'Freigabename', // unverified
    path: 'Pfad', // unverified
    remark: 'Beschreibung', // unverified
    maximumUsers: 'Max. Benutzer', // unverified
    users: 'Benutzer', // unverified
    caching: 'Zwischenspeicher', // unverified
    permission: 'Berechtigung', // unverified
    noLimit: 'Keine Beschränkung', // unverified
    manualCaching: 'Manuelles Zwischenspeichern von Dokumenten', // unverified
    everyoneFull: 'Jeder, FULL', // unverified ("Jeder" is the German name of Everyone)
  },
  netFile: {
    header: 'ID         Pfad                                    Benutzername         # Sperren', // unverified
  },
  netView: {
    sharedResourcesAt: (computer) => `Freigegebene Ressourcen an ${computer}`, // unverified
    header: 'Freigabename  Typ  Verwendet als  Kommentar', // unverified
  },
  serverService: {
    starting: 'Der Dienst "Server" wird gestartet.', // unverified
    started: 'Der Dienst "Server" wurde erfolgreich gestartet.', // unverified
    stopping: 'Der Dienst "Server" wird beendet.', // unverified
    stopped: 'Der Dienst "Server" wurde erfolgreich beendet.', // unverified
  },
  sc: { success: 'ERFOLG', failed: 'FEHLER' }, // unverified
  netConfigServer: {
    // fixture: ../../fixtures/documented-layout/net-config-server__documented-win10__de__04.txt, whose
    // README line says these labels are INVENTED. All unverified.
    serverName: 'Servername',
    serverComment: 'Serverkommentar',
    softwareVersion: 'Softwareversion',
    activeOn: 'Server aktiv auf',
    serverHidden: 'Server versteckt',
    maxLoggedOnUsers: 'Maximale Anzahl angemeldeter Benutzer',
    maxOpenFiles: 'Max. geöffnete Dateien pro Sitzung',
    idleSessionTime: 'Leerlaufzeit der Sitzung (Min.)',
  },
  netstat: {
    title: 'Aktive Verbindungen', // capture: netstat__unknown__de__03
    header: '  Proto  Lokale Adresse         Remoteadresse          Status', // unverified (the captured header without PID)
    headerWithPid: '  Proto  Lokale Adresse         Remoteadresse          Status           PID', // capture: netstat__unknown__de__03
    states: {
      LISTENING: 'ABHÖREN', // capture
      ESTABLISHED: 'HERGESTELLT', // capture
      TIME_WAIT: 'WARTEND', // capture
      FIN_WAIT_2: 'FIN_WARTEN_2', // capture
      CLOSE_WAIT: 'SCHLIESSEN_WARTEN', // capture
      SYN_SENT: 'SYN_GESENDET', // fixture (monitoring code for German Windows)
      SYN_RECEIVED: 'SYN_EMPFANGEN', // fixture (same)
      FIN_WAIT_1: 'FIN_WARTEN_1', // unverified (after FIN_WARTEN_2)
      CLOSED: 'GESCHLOSSEN', // unverified
      CLOSING: 'SCHLIESSEND', // unverified
      LAST_ACK: 'LETZTE_BEST', // unverified
      // DELETE_TCB and BOUND: no German word known; printed in English.
    },
  },
  nbtstat: {
    nodeLine: (ipAddress, scopeId) => `Knoten-IP-Adresse: [${ipAddress}] Bereichskennung: [${scopeId}]`, // unverified
    tableTitle: '                     NetBIOS-Verbindungstabelle', // unverified
    header: '    Lokaler Name           Status   Ein/Aus Remotehost            Eingabe Ausgabe', // unverified
    noConnections: '    Keine Verbindungen', // unverified
  },
  reg: {
    notFound: 'FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert wurde nicht gefunden.', // capture (reg query transcript) and Microsoft's German docs
    operationCompleted: 'Der Vorgang wurde erfolgreich beendet.', // capture (reg import via PowerShell, bcdedit; Win32 ERROR_SUCCESS text)
    accessDenied: 'FEHLER: Zugriff verweigert', // unverified
    invalidSyntax: ['FEHLER: Ungültige Syntax.', 'Geben Sie "REG /?" ein, um die Syntax anzuzeigen.'], // unverified
    defaultValueName: '(Standard)', // fixture (another project's test of German reg query output)
  },
};

export const NET_TEXT: Readonly<Record<DisplayLanguage, NetText>> = { en: ENGLISH, de: GERMAN };

export function netText(language: DisplayLanguage): NetText {
  return NET_TEXT[language];
}

/** The words of `net share`'s list, which also exist for zh-CN. */
export interface ShareListText {
  readonly header: string;
  readonly spooled: string;
  readonly commandCompleted: string;
  readonly noEntries: string;
}

// zh-CN (Vista and later): header and completion line from the captures net-share__*__zh-CN__*.
// XP/2003 print 注释 instead of 注解 (net-share__winxp__zh-CN__14); not modelled.
const CHINESE_SHARE_LIST: ShareListText = {
  header: '共享名       资源                            注解', // capture
  spooled: 'Spooled', // unverified: no zh-CN word known; English placeholder
  commandCompleted: '命令成功完成。', // capture
  noEntries: 'There are no entries in the list.', // unverified: no zh-CN text found; English placeholder (IPC$ always exists, so never printed in practice)
};

export function shareListText(language: ShareListLanguage): ShareListText {
  if (language === 'zh-CN') return CHINESE_SHARE_LIST;
  const text = NET_TEXT[language];
  return { header: text.netShare.header, spooled: text.netShare.spooled, commandCompleted: text.commandCompleted, noEntries: text.noEntries };
}

/**
 * Whole outputs for the messages the simulated host prints, each as the program writes it. net.exe ends
 * every output with an empty line after its last message: transcripts that show the next prompt have two
 * blank lines after "The command completed successfully." / "There are no entries in the list." /
 * "Access is denied." where cmd itself adds only one (public reverse-shell transcripts of net user,
 * net session, net view).
 */
export interface HostMessages {
  /** net.exe's completion line as a whole output (after a /delete, /close, config change). */
  commandCompleted(): string;
  /** net.exe's empty-list notice as a whole output. */
  noEntries(): string;
  /**
   * What net.exe prints for error `code`: a NET error (2100-2999) as its text and the HELPMSG line, any
   * other as "System error N has occurred." and the Win32 text. A code without text in the table prints
   * only its first line.
   */
  systemError(code: number): string;
  /** NET HELPMSG 2114, which every server-side net command prints while the Server service is stopped. */
  serverServiceNotStarted(): string;
  /** net.exe's answer to a command it does not understand, with the usage text given. */
  syntaxError(usage: string): string;
  /** chcp. */
  activeCodePage(codePage: number): string;
  regAccessDenied(): string;
  regInvalidSyntax(): string;
  /** net start / net stop of the Server service, when it worked. */
  serverServiceStarted(): string;
  serverServiceStopped(): string;
  /** sc's own result line alone ("[SC] ChangeServiceConfig SUCCESS"). */
  scSucceeded(operation: string): string;
  /** sc's failure: "[SC] OpenService FAILED N:", a blank line, the Win32 text. */
  scFailed(operation: string, code: number): string;
}

const isNetError = (code: number): boolean => code >= 2100 && code <= 2999;

export function hostMessages(language: DisplayLanguage): HostMessages {
  const text = NET_TEXT[language];
  const netMessage = (lines: readonly string[]): string => consoleLines([...lines, '']);
  return {
    commandCompleted: () => netMessage([text.commandCompleted]),
    noEntries: () => netMessage([text.noEntries]),
    systemError: (code) => {
      if (isNetError(code)) {
        const message = text.netErrors[code];
        return netMessage(message === undefined ? [text.moreHelp(code)] : [message, '', text.moreHelp(code)]);
      }
      const message = text.win32Errors[code];
      return netMessage(message === undefined ? [text.systemErrorOccurred(code)] : [text.systemErrorOccurred(code), '', message]);
    },
    serverServiceNotStarted: () => netMessage([text.serverServiceNotStarted, '', text.moreHelp(2114)]),
    syntaxError: (usage) => netMessage([text.syntaxIntro, '', usage]),
    activeCodePage: (codePage) => consoleLines([text.activeCodePage(codePage)]),
    regAccessDenied: () => consoleLines([text.reg.accessDenied]),
    regInvalidSyntax: () => consoleLines(text.reg.invalidSyntax),
    serverServiceStarted: () => netMessage([text.serverService.starting, text.serverService.started]),
    serverServiceStopped: () => netMessage([text.serverService.stopping, text.serverService.stopped]),
    scSucceeded: (operation) => consoleLines([`[SC] ${operation} ${text.sc.success}`, '']),
    scFailed: (operation, code) => consoleLines([`[SC] ${operation} ${text.sc.failed} ${code}:`, '', text.win32Errors[code] ?? '', '']),
  };
}
