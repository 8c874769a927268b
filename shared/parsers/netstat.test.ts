import { describe, expect, it } from 'vitest';
import { normalizeTcpState, parseNetstat, smbClientsFromNetstat, type NetstatConnection } from './netstat';
import de_03 from '../fixtures/windows-outputs/netstat__unknown__de__03.txt?raw';
import ru_06 from '../fixtures/windows-outputs/netstat__win10-1607__ru__06.txt?raw';
import ru_07 from '../fixtures/windows-outputs/netstat__win10-21h2__ru__07.txt?raw';
import en_05 from '../fixtures/windows-outputs/netstat__win10__en__05.txt?raw';
import fr_09 from '../fixtures/windows-outputs/netstat__win10__fr__09.txt?raw';
import win2003_01 from '../fixtures/windows-outputs/netstat__win2003__en__01.txt?raw';

// The expected rows below were written out from each capture by a separate script (whitespace split, a
// literal table of the state words that occur in the captures), not from this parser's output.

describe('parseNetstat on real captures', () => {
  it('reads English netstat -ano from Windows 10 (PID 4 owns 0.0.0.0:445)', () => {
    expect(parseNetstat(en_05)).toEqual({
      connections: [
        { proto: 'TCP', local: '0.0.0.0:21', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 21, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: 1916, lineNumber: 5 },
        { proto: 'TCP', local: '0.0.0.0:22', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 22, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: 2004, lineNumber: 6 },
        { proto: 'TCP', local: '0.0.0.0:135', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 135, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: 844, lineNumber: 7 },
        { proto: 'TCP', local: '0.0.0.0:445', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 445, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: 4, lineNumber: 8 },
        { proto: 'TCP', local: '0.0.0.0:3389', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 3389, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: 1000, lineNumber: 9 },
        { proto: 'TCP', local: '0.0.0.0:5040', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 5040, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: 916, lineNumber: 10 },
        { proto: 'TCP', local: '0.0.0.0:8089', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 8089, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: 4, lineNumber: 11 },
        { proto: 'TCP', local: '0.0.0.0:33333', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 33333, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: 4, lineNumber: 12 },
        { proto: 'TCP', local: '0.0.0.0:49664', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 49664, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: 624, lineNumber: 13 },
        { proto: 'TCP', local: '0.0.0.0:49665', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 49665, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: 524, lineNumber: 14 },
        { proto: 'TCP', local: '0.0.0.0:49666', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 49666, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: 656, lineNumber: 15 },
        { proto: 'TCP', local: '0.0.0.0:49667', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 49667, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: 992, lineNumber: 16 },
        { proto: 'TCP', local: '0.0.0.0:49668', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 49668, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: 616, lineNumber: 17 },
        { proto: 'TCP', local: '0.0.0.0:49669', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 49669, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: 1828, lineNumber: 18 },
        { proto: 'TCP', local: '127.0.0.1:80', foreign: '0.0.0.0:0', localAddress: '127.0.0.1', localPort: 80, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: 4, lineNumber: 19 },
        { proto: 'TCP', local: '127.0.0.1:14147', foreign: '0.0.0.0:0', localAddress: '127.0.0.1', localPort: 14147, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: 1916, lineNumber: 20 },
        { proto: 'TCP', local: '192.168.184.99:22', foreign: '192.168.45.189:45056', localAddress: '192.168.184.99', localPort: 22, foreignAddress: '192.168.45.189', foreignPort: 45056, state: 'ESTABLISHED', stateText: 'ESTABLISHED', pid: 2004, lineNumber: 21 },
      ],
      messages: ['Active Connections', 'Proto  Local Address          Foreign Address        State           PID'],
      unrecognizedLines: [],
    });
  });

  it('reads German netstat -ano: translated states, SCHLIESSEN_WARTEN pushing the PID right, IPv6 zone ids', () => {
    expect(parseNetstat(de_03)).toEqual({
      connections: [
        { proto: 'TCP', local: '0.0.0.0:80', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 80, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 4, lineNumber: 4 },
        { proto: 'TCP', local: '0.0.0.0:135', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 135, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 624, lineNumber: 5 },
        { proto: 'TCP', local: '0.0.0.0:445', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 445, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 4, lineNumber: 6 },
        { proto: 'TCP', local: '0.0.0.0:554', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 554, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 1472, lineNumber: 7 },
        { proto: 'TCP', local: '0.0.0.0:623', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 623, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 2560, lineNumber: 8 },
        { proto: 'TCP', local: '0.0.0.0:1110', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 1110, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 2588, lineNumber: 9 },
        { proto: 'TCP', local: '0.0.0.0:2869', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 2869, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 4, lineNumber: 10 },
        { proto: 'TCP', local: '0.0.0.0:5366', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 5366, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 5556, lineNumber: 11 },
        { proto: 'TCP', local: '0.0.0.0:6369', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 6369, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 3484, lineNumber: 12 },
        { proto: 'TCP', local: '0.0.0.0:8080', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 8080, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 4, lineNumber: 13 },
        { proto: 'TCP', local: '0.0.0.0:9191', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 9191, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 4, lineNumber: 14 },
        { proto: 'TCP', local: '0.0.0.0:10243', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 10243, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 4, lineNumber: 15 },
        { proto: 'TCP', local: '0.0.0.0:12321', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 12321, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 2588, lineNumber: 16 },
        { proto: 'TCP', local: '0.0.0.0:16992', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 16992, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 2560, lineNumber: 17 },
        { proto: 'TCP', local: '0.0.0.0:31067', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 31067, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 2816, lineNumber: 18 },
        { proto: 'TCP', local: '0.0.0.0:49152', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 49152, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 920, lineNumber: 19 },
        { proto: 'TCP', local: '0.0.0.0:49153', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 49153, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 1216, lineNumber: 20 },
        { proto: 'TCP', local: '0.0.0.0:49154', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 49154, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 1256, lineNumber: 21 },
        { proto: 'TCP', local: '0.0.0.0:49155', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 49155, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 2068, lineNumber: 22 },
        { proto: 'TCP', local: '0.0.0.0:49159', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 49159, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 992, lineNumber: 23 },
        { proto: 'TCP', local: '0.0.0.0:49166', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 49166, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 984, lineNumber: 24 },
        { proto: 'TCP', local: '0.0.0.0:50182', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 50182, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 3164, lineNumber: 25 },
        { proto: 'TCP', local: '127.0.0.1:515', foreign: '0.0.0.0:0', localAddress: '127.0.0.1', localPort: 515, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 7608, lineNumber: 26 },
        { proto: 'TCP', local: '127.0.0.1:1110', foreign: '127.0.0.1:53588', localAddress: '127.0.0.1', localPort: 1110, foreignAddress: '127.0.0.1', foreignPort: 53588, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 2588, lineNumber: 27 },
        { proto: 'TCP', local: '127.0.0.1:1110', foreign: '127.0.0.1:53596', localAddress: '127.0.0.1', localPort: 1110, foreignAddress: '127.0.0.1', foreignPort: 53596, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 2588, lineNumber: 28 },
        { proto: 'TCP', local: '127.0.0.1:1110', foreign: '127.0.0.1:54386', localAddress: '127.0.0.1', localPort: 1110, foreignAddress: '127.0.0.1', foreignPort: 54386, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 2588, lineNumber: 29 },
        { proto: 'TCP', local: '127.0.0.1:1110', foreign: '127.0.0.1:54806', localAddress: '127.0.0.1', localPort: 1110, foreignAddress: '127.0.0.1', foreignPort: 54806, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 2588, lineNumber: 30 },
        { proto: 'TCP', local: '127.0.0.1:1110', foreign: '127.0.0.1:54994', localAddress: '127.0.0.1', localPort: 1110, foreignAddress: '127.0.0.1', foreignPort: 54994, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 2588, lineNumber: 31 },
        { proto: 'TCP', local: '127.0.0.1:1110', foreign: '127.0.0.1:54995', localAddress: '127.0.0.1', localPort: 1110, foreignAddress: '127.0.0.1', foreignPort: 54995, state: 'FIN_WAIT_2', stateText: 'FIN_WARTEN_2', pid: 2588, lineNumber: 32 },
        { proto: 'TCP', local: '127.0.0.1:1110', foreign: '127.0.0.1:55091', localAddress: '127.0.0.1', localPort: 1110, foreignAddress: '127.0.0.1', foreignPort: 55091, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 2588, lineNumber: 33 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:54989', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 54989, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 34 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:54992', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 54992, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 35 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:54998', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 54998, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 36 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:54999', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 54999, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 37 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55003', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55003, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 38 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55004', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55004, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 39 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55008', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55008, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 40 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55011', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55011, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 41 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55021', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55021, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 42 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55022', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55022, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 43 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55028', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55028, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 44 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55029', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55029, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 45 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55038', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55038, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 46 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55041', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55041, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 47 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55077', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55077, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 48 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55079', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55079, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 49 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55082', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55082, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 50 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55083', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55083, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 51 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55086', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55086, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 52 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55090', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55090, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 53 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55093', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55093, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 54 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55096', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55096, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 55 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55098', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55098, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 56 },
        { proto: 'TCP', local: '127.0.0.1:2869', foreign: '127.0.0.1:55099', localAddress: '127.0.0.1', localPort: 2869, foreignAddress: '127.0.0.1', foreignPort: 55099, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 57 },
        { proto: 'TCP', local: '127.0.0.1:5354', foreign: '0.0.0.0:0', localAddress: '127.0.0.1', localPort: 5354, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 2688, lineNumber: 58 },
        { proto: 'TCP', local: '127.0.0.1:5354', foreign: '127.0.0.1:53494', localAddress: '127.0.0.1', localPort: 5354, foreignAddress: '127.0.0.1', foreignPort: 53494, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 2688, lineNumber: 59 },
        { proto: 'TCP', local: '127.0.0.1:5354', foreign: '127.0.0.1:53495', localAddress: '127.0.0.1', localPort: 5354, foreignAddress: '127.0.0.1', foreignPort: 53495, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 2688, lineNumber: 60 },
        { proto: 'TCP', local: '127.0.0.1:5354', foreign: '127.0.0.1:53548', localAddress: '127.0.0.1', localPort: 5354, foreignAddress: '127.0.0.1', foreignPort: 53548, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 2688, lineNumber: 61 },
        { proto: 'TCP', local: '127.0.0.1:49397', foreign: '0.0.0.0:0', localAddress: '127.0.0.1', localPort: 49397, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 2560, lineNumber: 62 },
        { proto: 'TCP', local: '127.0.0.1:53494', foreign: '127.0.0.1:5354', localAddress: '127.0.0.1', localPort: 53494, foreignAddress: '127.0.0.1', foreignPort: 5354, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 12276, lineNumber: 63 },
        { proto: 'TCP', local: '127.0.0.1:53495', foreign: '127.0.0.1:5354', localAddress: '127.0.0.1', localPort: 53495, foreignAddress: '127.0.0.1', foreignPort: 5354, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 12276, lineNumber: 64 },
        { proto: 'TCP', local: '127.0.0.1:53548', foreign: '127.0.0.1:5354', localAddress: '127.0.0.1', localPort: 53548, foreignAddress: '127.0.0.1', foreignPort: 5354, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 12276, lineNumber: 65 },
        { proto: 'TCP', local: '127.0.0.1:53588', foreign: '127.0.0.1:1110', localAddress: '127.0.0.1', localPort: 53588, foreignAddress: '127.0.0.1', foreignPort: 1110, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 8464, lineNumber: 66 },
        { proto: 'TCP', local: '127.0.0.1:53596', foreign: '127.0.0.1:1110', localAddress: '127.0.0.1', localPort: 53596, foreignAddress: '127.0.0.1', foreignPort: 1110, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 8464, lineNumber: 67 },
        { proto: 'TCP', local: '127.0.0.1:54386', foreign: '127.0.0.1:1110', localAddress: '127.0.0.1', localPort: 54386, foreignAddress: '127.0.0.1', foreignPort: 1110, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 11396, lineNumber: 68 },
        { proto: 'TCP', local: '127.0.0.1:54806', foreign: '127.0.0.1:1110', localAddress: '127.0.0.1', localPort: 54806, foreignAddress: '127.0.0.1', foreignPort: 1110, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 11396, lineNumber: 69 },
        { proto: 'TCP', local: '127.0.0.1:54962', foreign: '127.0.0.1:1110', localAddress: '127.0.0.1', localPort: 54962, foreignAddress: '127.0.0.1', foreignPort: 1110, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 70 },
        { proto: 'TCP', local: '127.0.0.1:54994', foreign: '127.0.0.1:1110', localAddress: '127.0.0.1', localPort: 54994, foreignAddress: '127.0.0.1', foreignPort: 1110, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 12600, lineNumber: 71 },
        { proto: 'TCP', local: '127.0.0.1:54995', foreign: '127.0.0.1:1110', localAddress: '127.0.0.1', localPort: 54995, foreignAddress: '127.0.0.1', foreignPort: 1110, state: 'CLOSE_WAIT', stateText: 'SCHLIESSEN_WARTEN', pid: 12600, lineNumber: 72 },
        { proto: 'TCP', local: '127.0.0.1:55091', foreign: '127.0.0.1:1110', localAddress: '127.0.0.1', localPort: 55091, foreignAddress: '127.0.0.1', foreignPort: 1110, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 8464, lineNumber: 73 },
        { proto: 'TCP', local: '192.168.2.104:55101', foreign: '192.168.2.105:9080', localAddress: '192.168.2.104', localPort: 55101, foreignAddress: '192.168.2.105', foreignPort: 9080, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 74 },
        { proto: 'TCP', local: '192.168.2.104:55102', foreign: '192.168.2.105:38412', localAddress: '192.168.2.104', localPort: 55102, foreignAddress: '192.168.2.105', foreignPort: 38412, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 75 },
        { proto: 'TCP', local: '[::]:80', foreign: '[::]:0', localAddress: '[::]', localPort: 80, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 4, lineNumber: 76 },
        { proto: 'TCP', local: '[::]:135', foreign: '[::]:0', localAddress: '[::]', localPort: 135, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 624, lineNumber: 77 },
        { proto: 'TCP', local: '[::]:445', foreign: '[::]:0', localAddress: '[::]', localPort: 445, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 4, lineNumber: 78 },
        { proto: 'TCP', local: '[::]:554', foreign: '[::]:0', localAddress: '[::]', localPort: 554, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 1472, lineNumber: 79 },
        { proto: 'TCP', local: '[::]:623', foreign: '[::]:0', localAddress: '[::]', localPort: 623, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 2560, lineNumber: 80 },
        { proto: 'TCP', local: '[::]:1110', foreign: '[::]:0', localAddress: '[::]', localPort: 1110, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 2588, lineNumber: 81 },
        { proto: 'TCP', local: '[::]:2869', foreign: '[::]:0', localAddress: '[::]', localPort: 2869, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 4, lineNumber: 82 },
        { proto: 'TCP', local: '[::]:8080', foreign: '[::]:0', localAddress: '[::]', localPort: 8080, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 4, lineNumber: 83 },
        { proto: 'TCP', local: '[::]:9191', foreign: '[::]:0', localAddress: '[::]', localPort: 9191, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 4, lineNumber: 84 },
        { proto: 'TCP', local: '[::]:10243', foreign: '[::]:0', localAddress: '[::]', localPort: 10243, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 4, lineNumber: 85 },
        { proto: 'TCP', local: '[::]:12321', foreign: '[::]:0', localAddress: '[::]', localPort: 12321, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 2588, lineNumber: 86 },
        { proto: 'TCP', local: '[::]:16992', foreign: '[::]:0', localAddress: '[::]', localPort: 16992, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 2560, lineNumber: 87 },
        { proto: 'TCP', local: '[::]:49152', foreign: '[::]:0', localAddress: '[::]', localPort: 49152, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 920, lineNumber: 88 },
        { proto: 'TCP', local: '[::]:49153', foreign: '[::]:0', localAddress: '[::]', localPort: 49153, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 1216, lineNumber: 89 },
        { proto: 'TCP', local: '[::]:49154', foreign: '[::]:0', localAddress: '[::]', localPort: 49154, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 1256, lineNumber: 90 },
        { proto: 'TCP', local: '[::]:49155', foreign: '[::]:0', localAddress: '[::]', localPort: 49155, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 2068, lineNumber: 91 },
        { proto: 'TCP', local: '[::]:49159', foreign: '[::]:0', localAddress: '[::]', localPort: 49159, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 992, lineNumber: 92 },
        { proto: 'TCP', local: '[::]:49166', foreign: '[::]:0', localAddress: '[::]', localPort: 49166, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 984, lineNumber: 93 },
        { proto: 'TCP', local: '[::]:50182', foreign: '[::]:0', localAddress: '[::]', localPort: 50182, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 3164, lineNumber: 94 },
        { proto: 'TCP', local: '[::1]:1110', foreign: '[::1]:53601', localAddress: '[::1]', localPort: 1110, foreignAddress: '[::1]', foreignPort: 53601, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 2588, lineNumber: 95 },
        { proto: 'TCP', local: '[::1]:1110', foreign: '[::1]:53605', localAddress: '[::1]', localPort: 1110, foreignAddress: '[::1]', foreignPort: 53605, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 2588, lineNumber: 96 },
        { proto: 'TCP', local: '[::1]:49396', foreign: '[::]:0', localAddress: '[::1]', localPort: 49396, foreignAddress: '[::]', foreignPort: 0, state: 'LISTENING', stateText: 'ABHÖREN', pid: 6864, lineNumber: 97 },
        { proto: 'TCP', local: '[::1]:53449', foreign: '[::1]:53451', localAddress: '[::1]', localPort: 53449, foreignAddress: '[::1]', foreignPort: 53451, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 2560, lineNumber: 98 },
        { proto: 'TCP', local: '[::1]:53451', foreign: '[::1]:53449', localAddress: '[::1]', localPort: 53451, foreignAddress: '[::1]', foreignPort: 53449, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 2560, lineNumber: 99 },
        { proto: 'TCP', local: '[::1]:53601', foreign: '[::1]:1110', localAddress: '[::1]', localPort: 53601, foreignAddress: '[::1]', foreignPort: 1110, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 8464, lineNumber: 100 },
        { proto: 'TCP', local: '[::1]:53605', foreign: '[::1]:1110', localAddress: '[::1]', localPort: 53605, foreignAddress: '[::1]', foreignPort: 1110, state: 'ESTABLISHED', stateText: 'HERGESTELLT', pid: 8464, lineNumber: 101 },
        { proto: 'TCP', local: '[::1]:54896', foreign: '[::1]:1110', localAddress: '[::1]', localPort: 54896, foreignAddress: '[::1]', foreignPort: 1110, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 102 },
        { proto: 'TCP', local: '[::1]:54915', foreign: '[::1]:1110', localAddress: '[::1]', localPort: 54915, foreignAddress: '[::1]', foreignPort: 1110, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 103 },
        { proto: 'TCP', local: '[::1]:54933', foreign: '[::1]:1110', localAddress: '[::1]', localPort: 54933, foreignAddress: '[::1]', foreignPort: 1110, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 104 },
        { proto: 'TCP', local: '[::1]:54987', foreign: '[::1]:1110', localAddress: '[::1]', localPort: 54987, foreignAddress: '[::1]', foreignPort: 1110, state: 'TIME_WAIT', stateText: 'WARTEND', pid: 0, lineNumber: 105 },
        { proto: 'UDP', local: '0.0.0.0:68', foreign: '*:*', localAddress: '0.0.0.0', localPort: 68, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 1216, lineNumber: 106 },
        { proto: 'UDP', local: '0.0.0.0:123', foreign: '*:*', localAddress: '0.0.0.0', localPort: 123, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 1304, lineNumber: 107 },
        { proto: 'UDP', local: '0.0.0.0:500', foreign: '*:*', localAddress: '0.0.0.0', localPort: 500, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 1256, lineNumber: 108 },
        { proto: 'UDP', local: '127.0.0.1:1900', foreign: '*:*', localAddress: '127.0.0.1', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 2112, lineNumber: 109 },
        { proto: 'UDP', local: '127.0.0.1:61353', foreign: '*:*', localAddress: '127.0.0.1', localPort: 61353, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 2112, lineNumber: 110 },
        { proto: 'UDP', local: '[::]:123', foreign: '*:*', localAddress: '[::]', localPort: 123, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 1304, lineNumber: 111 },
        { proto: 'UDP', local: '[::]:500', foreign: '*:*', localAddress: '[::]', localPort: 500, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 1256, lineNumber: 112 },
        { proto: 'UDP', local: '[::]:1434', foreign: '*:*', localAddress: '[::]', localPort: 1434, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 3628, lineNumber: 113 },
        { proto: 'UDP', local: '[::]:4500', foreign: '*:*', localAddress: '[::]', localPort: 4500, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 1256, lineNumber: 114 },
        { proto: 'UDP', local: '[::]:5004', foreign: '*:*', localAddress: '[::]', localPort: 5004, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 1472, lineNumber: 115 },
        { proto: 'UDP', local: '[::]:5005', foreign: '*:*', localAddress: '[::]', localPort: 5005, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 1472, lineNumber: 116 },
        { proto: 'UDP', local: '[::]:5355', foreign: '*:*', localAddress: '[::]', localPort: 5355, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 1904, lineNumber: 117 },
        { proto: 'UDP', local: '[::]:49402', foreign: '*:*', localAddress: '[::]', localPort: 49402, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 2688, lineNumber: 118 },
        { proto: 'UDP', local: '[::1]:1900', foreign: '*:*', localAddress: '[::1]', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 2112, lineNumber: 119 },
        { proto: 'UDP', local: '[::1]:61350', foreign: '*:*', localAddress: '[::1]', localPort: 61350, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 2112, lineNumber: 120 },
        { proto: 'UDP', local: '[fe80::10b0:462e:c279:f46a%9]:546', foreign: '*:*', localAddress: '[fe80::10b0:462e:c279:f46a%9]', localPort: 546, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 1216, lineNumber: 121 },
        { proto: 'UDP', local: '[fe80::10b0:462e:c279:f46a%9]:1900', foreign: '*:*', localAddress: '[fe80::10b0:462e:c279:f46a%9]', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 2112, lineNumber: 122 },
        { proto: 'UDP', local: '[fe80::10b0:462e:c279:f46a%9]:5353', foreign: '*:*', localAddress: '[fe80::10b0:462e:c279:f46a%9]', localPort: 5353, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 2688, lineNumber: 123 },
        { proto: 'UDP', local: '[fe80::10b0:462e:c279:f46a%9]:61349', foreign: '*:*', localAddress: '[fe80::10b0:462e:c279:f46a%9]', localPort: 61349, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 2112, lineNumber: 124 },
        { proto: 'UDP', local: '[fe80::40b6:2263:3153:b4ab%4]:1900', foreign: '*:*', localAddress: '[fe80::40b6:2263:3153:b4ab%4]', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 2112, lineNumber: 125 },
        { proto: 'UDP', local: '[fe80::40b6:2263:3153:b4ab%4]:61348', foreign: '*:*', localAddress: '[fe80::40b6:2263:3153:b4ab%4]', localPort: 61348, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 2112, lineNumber: 126 },
      ],
      messages: ['Aktive Verbindungen', 'Proto  Lokale Adresse         Remoteadresse          Status           PID'],
      unrecognizedLines: [],
    });
  });

  it('reads Russian netstat -a: resolved names, a foreign name that overflows its column, no PID column', () => {
    expect(parseNetstat(ru_06)).toEqual({
      connections: [
        { proto: 'TCP', local: '0.0.0.0:135', foreign: 'DESKTOP-9JPISDO:0', localAddress: '0.0.0.0', localPort: 135, foreignAddress: 'DESKTOP-9JPISDO', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: null, lineNumber: 5 },
        { proto: 'TCP', local: '0.0.0.0:445', foreign: 'DESKTOP-9JPISDO:0', localAddress: '0.0.0.0', localPort: 445, foreignAddress: 'DESKTOP-9JPISDO', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: null, lineNumber: 6 },
        { proto: 'TCP', local: '0.0.0.0:3050', foreign: 'DESKTOP-9JPISDO:0', localAddress: '0.0.0.0', localPort: 3050, foreignAddress: 'DESKTOP-9JPISDO', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: null, lineNumber: 7 },
        { proto: 'TCP', local: '0.0.0.0:7680', foreign: 'DESKTOP-9JPISDO:0', localAddress: '0.0.0.0', localPort: 7680, foreignAddress: 'DESKTOP-9JPISDO', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: null, lineNumber: 8 },
        { proto: 'TCP', local: '0.0.0.0:8889', foreign: 'DESKTOP-9JPISDO:0', localAddress: '0.0.0.0', localPort: 8889, foreignAddress: 'DESKTOP-9JPISDO', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: null, lineNumber: 9 },
        { proto: 'TCP', local: '10.0.2.15:139', foreign: 'DESKTOP-9JPISDO:0', localAddress: '10.0.2.15', localPort: 139, foreignAddress: 'DESKTOP-9JPISDO', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: null, lineNumber: 10 },
        { proto: 'TCP', local: '10.0.2.15:54628', foreign: 'a172-226-117-113:https', localAddress: '10.0.2.15', localPort: 54628, foreignAddress: 'a172-226-117-113', foreignPort: null, state: 'ESTABLISHED', stateText: 'ESTABLISHED', pid: null, lineNumber: 11 },
        { proto: 'TCP', local: '10.0.2.15:54629', foreign: '2.19.78.144:http', localAddress: '10.0.2.15', localPort: 54629, foreignAddress: '2.19.78.144', foreignPort: null, state: 'ESTABLISHED', stateText: 'ESTABLISHED', pid: null, lineNumber: 12 },
        { proto: 'TCP', local: '[::]:135', foreign: 'DESKTOP-9JPISDO:0', localAddress: '[::]', localPort: 135, foreignAddress: 'DESKTOP-9JPISDO', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: null, lineNumber: 13 },
        { proto: 'UDP', local: '0.0.0.0:3544', foreign: '*:*', localAddress: '0.0.0.0', localPort: 3544, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, lineNumber: 14 },
        { proto: 'UDP', local: '0.0.0.0:5050', foreign: '*:*', localAddress: '0.0.0.0', localPort: 5050, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, lineNumber: 15 },
        { proto: 'UDP', local: '10.0.2.15:137', foreign: '*:*', localAddress: '10.0.2.15', localPort: 137, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, lineNumber: 16 },
        { proto: 'UDP', local: '[::]:5353', foreign: '*:*', localAddress: '[::]', localPort: 5353, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, lineNumber: 17 },
        { proto: 'UDP', local: '[::]:5355', foreign: '*:*', localAddress: '[::]', localPort: 5355, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, lineNumber: 18 },
        { proto: 'UDP', local: '[::1]:1900', foreign: '*:*', localAddress: '[::1]', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, lineNumber: 19 },
        { proto: 'UDP', local: '[::1]:60633', foreign: '*:*', localAddress: '[::1]', localPort: 60633, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, lineNumber: 20 },
        { proto: 'UDP', local: '[fe80::e0aa:34e:fe8c:d651%2]:546', foreign: '*:*', localAddress: '[fe80::e0aa:34e:fe8c:d651%2]', localPort: 546, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, lineNumber: 21 },
        { proto: 'UDP', local: '[fe80::e0aa:34e:fe8c:d651%2]:1900', foreign: '*:*', localAddress: '[fe80::e0aa:34e:fe8c:d651%2]', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, lineNumber: 22 },
        { proto: 'UDP', local: '[fe80::e0aa:34e:fe8c:d651%2]:60632', foreign: '*:*', localAddress: '[fe80::e0aa:34e:fe8c:d651%2]', localPort: 60632, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, lineNumber: 23 },
      ],
      messages: ['Активные подключения', 'Имя    Локальный адрес        Внешний адрес          Состояние'],
      unrecognizedLines: [],
    });
  });

  it('reads Russian netstat without switches (English state words on a Russian UI)', () => {
    expect(parseNetstat(ru_07)).toEqual({
      connections: [
        { proto: 'TCP', local: '127.0.0.1:443', foreign: 'view-localhost:59654', localAddress: '127.0.0.1', localPort: 443, foreignAddress: 'view-localhost', foreignPort: 59654, state: 'ESTABLISHED', stateText: 'ESTABLISHED', pid: null, lineNumber: 5 },
        { proto: 'TCP', local: '127.0.0.1:2222', foreign: 'view-localhost:59604', localAddress: '127.0.0.1', localPort: 2222, foreignAddress: 'view-localhost', foreignPort: 59604, state: 'ESTABLISHED', stateText: 'ESTABLISHED', pid: null, lineNumber: 6 },
        { proto: 'TCP', local: '127.0.0.1:19999', foreign: 'view-localhost:59608', localAddress: '127.0.0.1', localPort: 19999, foreignAddress: 'view-localhost', foreignPort: 59608, state: 'FIN_WAIT_2', stateText: 'FIN_WAIT_2', pid: null, lineNumber: 7 },
        { proto: 'TCP', local: '127.0.0.1:19999', foreign: 'view-localhost:59609', localAddress: '127.0.0.1', localPort: 19999, foreignAddress: 'view-localhost', foreignPort: 59609, state: 'FIN_WAIT_2', stateText: 'FIN_WAIT_2', pid: null, lineNumber: 8 },
        { proto: 'TCP', local: '127.0.0.1:19999', foreign: 'view-localhost:59610', localAddress: '127.0.0.1', localPort: 19999, foreignAddress: 'view-localhost', foreignPort: 59610, state: 'FIN_WAIT_2', stateText: 'FIN_WAIT_2', pid: null, lineNumber: 9 },
        { proto: 'TCP', local: '127.0.0.1:19999', foreign: 'view-localhost:59614', localAddress: '127.0.0.1', localPort: 19999, foreignAddress: 'view-localhost', foreignPort: 59614, state: 'FIN_WAIT_2', stateText: 'FIN_WAIT_2', pid: null, lineNumber: 10 },
        { proto: 'TCP', local: '127.0.0.1:19999', foreign: 'view-localhost:59615', localAddress: '127.0.0.1', localPort: 19999, foreignAddress: 'view-localhost', foreignPort: 59615, state: 'FIN_WAIT_2', stateText: 'FIN_WAIT_2', pid: null, lineNumber: 11 },
        { proto: 'TCP', local: '127.0.0.1:19999', foreign: 'view-localhost:59622', localAddress: '127.0.0.1', localPort: 19999, foreignAddress: 'view-localhost', foreignPort: 59622, state: 'FIN_WAIT_2', stateText: 'FIN_WAIT_2', pid: null, lineNumber: 12 },
      ],
      messages: ['Активные подключения', 'Имя    Локальный адрес        Внешний адрес          Состояние'],
      unrecognizedLines: [],
    });
  });

  it('reads French netstat -a -b: owner lines, including the localized "no ownership information" line', () => {
    expect(parseNetstat(fr_09)).toEqual({
      connections: [
        { proto: 'TCP', local: '127.0.0.1:55991', foreign: 'LAPTOP-31O3RQGM:65001', localAddress: '127.0.0.1', localPort: 55991, foreignAddress: 'LAPTOP-31O3RQGM', foreignPort: 65001, state: 'ESTABLISHED', stateText: 'ESTABLISHED', pid: null, owner: ['[nvcontainer.exe]'], lineNumber: 5 },
        { proto: 'TCP', local: '127.0.0.1:65001', foreign: 'LAPTOP-31O3RQGM:55991', localAddress: '127.0.0.1', localPort: 65001, foreignAddress: 'LAPTOP-31O3RQGM', foreignPort: 55991, state: 'ESTABLISHED', stateText: 'ESTABLISHED', pid: null, owner: ['[nvcontainer.exe]'], lineNumber: 7 },
        { proto: 'TCP', local: '192.168.1.13:56195', foreign: '52.236.190.14:https', localAddress: '192.168.1.13', localPort: 56195, foreignAddress: '52.236.190.14', foreignPort: null, state: 'ESTABLISHED', stateText: 'ESTABLISHED', pid: null, owner: ['[vsls-agent.exe]'], lineNumber: 9 },
        { proto: 'TCP', local: '192.168.1.13:56764', foreign: '40.67.254.36:https', localAddress: '192.168.1.13', localPort: 56764, foreignAddress: '40.67.254.36', foreignPort: null, state: 'ESTABLISHED', stateText: 'ESTABLISHED', pid: null, owner: ['WpnService', '[svchost.exe]'], lineNumber: 11 },
        { proto: 'TCP', local: '192.168.1.13:56826', foreign: '40.69.216.251:https', localAddress: '192.168.1.13', localPort: 56826, foreignAddress: '40.69.216.251', foreignPort: null, state: 'ESTABLISHED', stateText: 'ESTABLISHED', pid: null, owner: ['Impossible d’obtenir les informations de propriétaire'], lineNumber: 14 },
        { proto: 'TCP', local: '192.168.1.13:56827', foreign: '40.69.221.239:https', localAddress: '192.168.1.13', localPort: 56827, foreignAddress: '40.69.221.239', foreignPort: null, state: 'ESTABLISHED', stateText: 'ESTABLISHED', pid: null, owner: ['[jhi_service.exe]'], lineNumber: 16 },
        { proto: 'UDP', local: '0.0.0.0:500', foreign: '*:*', localAddress: '0.0.0.0', localPort: 500, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['IKEEXT', '[svchost.exe]'], lineNumber: 18 },
        { proto: 'UDP', local: '0.0.0.0:4500', foreign: '*:*', localAddress: '0.0.0.0', localPort: 4500, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['IKEEXT', '[svchost.exe]'], lineNumber: 21 },
        { proto: 'UDP', local: '0.0.0.0:5050', foreign: '*:*', localAddress: '0.0.0.0', localPort: 5050, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['CDPSvc', '[svchost.exe]'], lineNumber: 24 },
        { proto: 'UDP', local: '0.0.0.0:5353', foreign: '*:*', localAddress: '0.0.0.0', localPort: 5353, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['Dnscache', '[svchost.exe]'], lineNumber: 27 },
        { proto: 'UDP', local: '0.0.0.0:5355', foreign: '*:*', localAddress: '0.0.0.0', localPort: 5355, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['Dnscache', '[svchost.exe]'], lineNumber: 30 },
        { proto: 'UDP', local: '0.0.0.0:63385', foreign: '*:*', localAddress: '0.0.0.0', localPort: 63385, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[nvcontainer.exe]'], lineNumber: 33 },
        { proto: 'UDP', local: '10.3.1.1:137', foreign: '*:*', localAddress: '10.3.1.1', localPort: 137, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['Impossible d’obtenir les informations de propriétaire'], lineNumber: 35 },
        { proto: 'UDP', local: '10.3.1.1:138', foreign: '*:*', localAddress: '10.3.1.1', localPort: 138, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['Impossible d’obtenir les informations de propriétaire'], lineNumber: 37 },
        { proto: 'UDP', local: '10.3.1.1:1900', foreign: '*:*', localAddress: '10.3.1.1', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 39 },
        { proto: 'UDP', local: '10.3.1.1:2177', foreign: '*:*', localAddress: '10.3.1.1', localPort: 2177, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['QWAVE', '[svchost.exe]'], lineNumber: 42 },
        { proto: 'UDP', local: '10.3.1.1:5353', foreign: '*:*', localAddress: '10.3.1.1', localPort: 5353, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[nvcontainer.exe]'], lineNumber: 45 },
        { proto: 'UDP', local: '10.3.1.1:51491', foreign: '*:*', localAddress: '10.3.1.1', localPort: 51491, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 47 },
        { proto: 'UDP', local: '10.3.2.1:137', foreign: '*:*', localAddress: '10.3.2.1', localPort: 137, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['Impossible d’obtenir les informations de propriétaire'], lineNumber: 50 },
        { proto: 'UDP', local: '10.3.2.1:138', foreign: '*:*', localAddress: '10.3.2.1', localPort: 138, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['Impossible d’obtenir les informations de propriétaire'], lineNumber: 52 },
        { proto: 'UDP', local: '10.3.2.1:1900', foreign: '*:*', localAddress: '10.3.2.1', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 54 },
        { proto: 'UDP', local: '10.3.2.1:2177', foreign: '*:*', localAddress: '10.3.2.1', localPort: 2177, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['QWAVE', '[svchost.exe]'], lineNumber: 57 },
        { proto: 'UDP', local: '10.3.2.1:5353', foreign: '*:*', localAddress: '10.3.2.1', localPort: 5353, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[nvcontainer.exe]'], lineNumber: 60 },
        { proto: 'UDP', local: '10.3.2.1:51493', foreign: '*:*', localAddress: '10.3.2.1', localPort: 51493, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 62 },
        { proto: 'UDP', local: '127.0.0.1:1900', foreign: '*:*', localAddress: '127.0.0.1', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 65 },
        { proto: 'UDP', local: '127.0.0.1:48701', foreign: '*:*', localAddress: '127.0.0.1', localPort: 48701, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[NVIDIA Web Helper.exe]'], lineNumber: 68 },
        { proto: 'UDP', local: '127.0.0.1:51481', foreign: '*:*', localAddress: '127.0.0.1', localPort: 51481, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[nvcontainer.exe]'], lineNumber: 70 },
        { proto: 'UDP', local: '127.0.0.1:51482', foreign: '*:*', localAddress: '127.0.0.1', localPort: 51482, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[nvcontainer.exe]'], lineNumber: 72 },
        { proto: 'UDP', local: '127.0.0.1:51498', foreign: '*:*', localAddress: '127.0.0.1', localPort: 51498, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 74 },
        { proto: 'UDP', local: '127.0.0.1:52919', foreign: '*:*', localAddress: '127.0.0.1', localPort: 52919, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[NVIDIA Web Helper.exe]'], lineNumber: 77 },
        { proto: 'UDP', local: '127.0.0.1:52920', foreign: '*:*', localAddress: '127.0.0.1', localPort: 52920, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[NVIDIA Web Helper.exe]'], lineNumber: 79 },
        { proto: 'UDP', local: '127.0.0.1:55723', foreign: '*:*', localAddress: '127.0.0.1', localPort: 55723, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['iphlpsvc', '[svchost.exe]'], lineNumber: 81 },
        { proto: 'UDP', local: '127.0.0.1:55724', foreign: '*:*', localAddress: '127.0.0.1', localPort: 55724, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[nvcontainer.exe]'], lineNumber: 84 },
        { proto: 'UDP', local: '127.0.0.1:55725', foreign: '*:*', localAddress: '127.0.0.1', localPort: 55725, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[nvcontainer.exe]'], lineNumber: 86 },
        { proto: 'UDP', local: '127.0.0.1:55726', foreign: '*:*', localAddress: '127.0.0.1', localPort: 55726, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[nvcontainer.exe]'], lineNumber: 88 },
        { proto: 'UDP', local: '127.0.0.1:60973', foreign: '*:*', localAddress: '127.0.0.1', localPort: 60973, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[NVIDIA Web Helper.exe]'], lineNumber: 90 },
        { proto: 'UDP', local: '127.0.0.1:60974', foreign: '*:*', localAddress: '127.0.0.1', localPort: 60974, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[NVIDIA Web Helper.exe]'], lineNumber: 92 },
        { proto: 'UDP', local: '127.0.0.1:65000', foreign: '*:*', localAddress: '127.0.0.1', localPort: 65000, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[nvcontainer.exe]'], lineNumber: 94 },
        { proto: 'UDP', local: '192.168.1.13:137', foreign: '*:*', localAddress: '192.168.1.13', localPort: 137, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['Impossible d’obtenir les informations de propriétaire'], lineNumber: 96 },
        { proto: 'UDP', local: '192.168.1.13:138', foreign: '*:*', localAddress: '192.168.1.13', localPort: 138, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['Impossible d’obtenir les informations de propriétaire'], lineNumber: 98 },
        { proto: 'UDP', local: '192.168.1.13:1900', foreign: '*:*', localAddress: '192.168.1.13', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 100 },
        { proto: 'UDP', local: '192.168.1.13:2177', foreign: '*:*', localAddress: '192.168.1.13', localPort: 2177, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['QWAVE', '[svchost.exe]'], lineNumber: 103 },
        { proto: 'UDP', local: '192.168.1.13:5353', foreign: '*:*', localAddress: '192.168.1.13', localPort: 5353, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[nvcontainer.exe]'], lineNumber: 106 },
        { proto: 'UDP', local: '192.168.1.13:51497', foreign: '*:*', localAddress: '192.168.1.13', localPort: 51497, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 108 },
        { proto: 'UDP', local: '192.168.8.1:137', foreign: '*:*', localAddress: '192.168.8.1', localPort: 137, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['Impossible d’obtenir les informations de propriétaire'], lineNumber: 111 },
        { proto: 'UDP', local: '192.168.8.1:138', foreign: '*:*', localAddress: '192.168.8.1', localPort: 138, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['Impossible d’obtenir les informations de propriétaire'], lineNumber: 113 },
        { proto: 'UDP', local: '192.168.8.1:1900', foreign: '*:*', localAddress: '192.168.8.1', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 115 },
        { proto: 'UDP', local: '192.168.8.1:2177', foreign: '*:*', localAddress: '192.168.8.1', localPort: 2177, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['QWAVE', '[svchost.exe]'], lineNumber: 118 },
        { proto: 'UDP', local: '192.168.8.1:5353', foreign: '*:*', localAddress: '192.168.8.1', localPort: 5353, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[nvcontainer.exe]'], lineNumber: 121 },
        { proto: 'UDP', local: '192.168.8.1:51495', foreign: '*:*', localAddress: '192.168.8.1', localPort: 51495, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 123 },
        { proto: 'UDP', local: '192.168.80.1:137', foreign: '*:*', localAddress: '192.168.80.1', localPort: 137, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['Impossible d’obtenir les informations de propriétaire'], lineNumber: 126 },
        { proto: 'UDP', local: '192.168.80.1:138', foreign: '*:*', localAddress: '192.168.80.1', localPort: 138, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['Impossible d’obtenir les informations de propriétaire'], lineNumber: 128 },
        { proto: 'UDP', local: '192.168.80.1:1900', foreign: '*:*', localAddress: '192.168.80.1', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 130 },
        { proto: 'UDP', local: '192.168.80.1:2177', foreign: '*:*', localAddress: '192.168.80.1', localPort: 2177, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['QWAVE', '[svchost.exe]'], lineNumber: 133 },
        { proto: 'UDP', local: '192.168.80.1:5353', foreign: '*:*', localAddress: '192.168.80.1', localPort: 5353, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[nvcontainer.exe]'], lineNumber: 136 },
        { proto: 'UDP', local: '192.168.80.1:51496', foreign: '*:*', localAddress: '192.168.80.1', localPort: 51496, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 138 },
        { proto: 'UDP', local: '192.168.197.1:137', foreign: '*:*', localAddress: '192.168.197.1', localPort: 137, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['Impossible d’obtenir les informations de propriétaire'], lineNumber: 141 },
        { proto: 'UDP', local: '192.168.197.1:138', foreign: '*:*', localAddress: '192.168.197.1', localPort: 138, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['Impossible d’obtenir les informations de propriétaire'], lineNumber: 143 },
        { proto: 'UDP', local: '192.168.197.1:1900', foreign: '*:*', localAddress: '192.168.197.1', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 145 },
        { proto: 'UDP', local: '192.168.197.1:2177', foreign: '*:*', localAddress: '192.168.197.1', localPort: 2177, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['QWAVE', '[svchost.exe]'], lineNumber: 148 },
        { proto: 'UDP', local: '192.168.197.1:5353', foreign: '*:*', localAddress: '192.168.197.1', localPort: 5353, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[nvcontainer.exe]'], lineNumber: 151 },
        { proto: 'UDP', local: '192.168.197.1:51494', foreign: '*:*', localAddress: '192.168.197.1', localPort: 51494, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 153 },
        { proto: 'UDP', local: '192.168.225.1:137', foreign: '*:*', localAddress: '192.168.225.1', localPort: 137, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['Impossible d’obtenir les informations de propriétaire'], lineNumber: 156 },
        { proto: 'UDP', local: '192.168.225.1:138', foreign: '*:*', localAddress: '192.168.225.1', localPort: 138, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['Impossible d’obtenir les informations de propriétaire'], lineNumber: 158 },
        { proto: 'UDP', local: '192.168.225.1:1900', foreign: '*:*', localAddress: '192.168.225.1', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 160 },
        { proto: 'UDP', local: '192.168.225.1:2177', foreign: '*:*', localAddress: '192.168.225.1', localPort: 2177, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['QWAVE', '[svchost.exe]'], lineNumber: 163 },
        { proto: 'UDP', local: '192.168.225.1:5353', foreign: '*:*', localAddress: '192.168.225.1', localPort: 5353, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[nvcontainer.exe]'], lineNumber: 166 },
        { proto: 'UDP', local: '192.168.225.1:51492', foreign: '*:*', localAddress: '192.168.225.1', localPort: 51492, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 168 },
        { proto: 'UDP', local: '[::]:500', foreign: '*:*', localAddress: '[::]', localPort: 500, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['IKEEXT', '[svchost.exe]'], lineNumber: 171 },
        { proto: 'UDP', local: '[::]:4500', foreign: '*:*', localAddress: '[::]', localPort: 4500, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['IKEEXT', '[svchost.exe]'], lineNumber: 174 },
        { proto: 'UDP', local: '[::]:5353', foreign: '*:*', localAddress: '[::]', localPort: 5353, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['Dnscache', '[svchost.exe]'], lineNumber: 177 },
        { proto: 'UDP', local: '[::]:5355', foreign: '*:*', localAddress: '[::]', localPort: 5355, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['Dnscache', '[svchost.exe]'], lineNumber: 180 },
        { proto: 'UDP', local: '[::]:63386', foreign: '*:*', localAddress: '[::]', localPort: 63386, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[nvcontainer.exe]'], lineNumber: 183 },
        { proto: 'UDP', local: '[::1]:1900', foreign: '*:*', localAddress: '[::1]', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 185 },
        { proto: 'UDP', local: '[::1]:5353', foreign: '*:*', localAddress: '[::1]', localPort: 5353, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['[nvcontainer.exe]'], lineNumber: 188 },
        { proto: 'UDP', local: '[::1]:51490', foreign: '*:*', localAddress: '[::1]', localPort: 51490, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 190 },
        { proto: 'UDP', local: '[::1]:56732', foreign: '*:*', localAddress: '[::1]', localPort: 56732, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['RemoteAccess', '[svchost.exe]'], lineNumber: 193 },
        { proto: 'UDP', local: '[::1]:56733', foreign: '*:*', localAddress: '[::1]', localPort: 56733, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['RemoteAccess', '[svchost.exe]'], lineNumber: 196 },
        { proto: 'UDP', local: '[fe80::4908:39de:a1dd:4552%9]:1900', foreign: '*:*', localAddress: '[fe80::4908:39de:a1dd:4552%9]', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 199 },
        { proto: 'UDP', local: '[fe80::4908:39de:a1dd:4552%9]:2177', foreign: '*:*', localAddress: '[fe80::4908:39de:a1dd:4552%9]', localPort: 2177, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['QWAVE', '[svchost.exe]'], lineNumber: 202 },
        { proto: 'UDP', local: '[fe80::4908:39de:a1dd:4552%9]:51483', foreign: '*:*', localAddress: '[fe80::4908:39de:a1dd:4552%9]', localPort: 51483, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 205 },
        { proto: 'UDP', local: '[fe80::50d1:5b64:a3cc:1677%22]:1900', foreign: '*:*', localAddress: '[fe80::50d1:5b64:a3cc:1677%22]', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 208 },
        { proto: 'UDP', local: '[fe80::50d1:5b64:a3cc:1677%22]:2177', foreign: '*:*', localAddress: '[fe80::50d1:5b64:a3cc:1677%22]', localPort: 2177, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['QWAVE', '[svchost.exe]'], lineNumber: 211 },
        { proto: 'UDP', local: '[fe80::50d1:5b64:a3cc:1677%22]:51485', foreign: '*:*', localAddress: '[fe80::50d1:5b64:a3cc:1677%22]', localPort: 51485, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 214 },
        { proto: 'UDP', local: '[fe80::9073:b7ea:8cad:a60e%12]:1900', foreign: '*:*', localAddress: '[fe80::9073:b7ea:8cad:a60e%12]', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 217 },
        { proto: 'UDP', local: '[fe80::9073:b7ea:8cad:a60e%12]:2177', foreign: '*:*', localAddress: '[fe80::9073:b7ea:8cad:a60e%12]', localPort: 2177, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['QWAVE', '[svchost.exe]'], lineNumber: 220 },
        { proto: 'UDP', local: '[fe80::9073:b7ea:8cad:a60e%12]:51487', foreign: '*:*', localAddress: '[fe80::9073:b7ea:8cad:a60e%12]', localPort: 51487, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 223 },
        { proto: 'UDP', local: '[fe80::9467:4fb8:608:286b%18]:1900', foreign: '*:*', localAddress: '[fe80::9467:4fb8:608:286b%18]', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 226 },
        { proto: 'UDP', local: '[fe80::9467:4fb8:608:286b%18]:2177', foreign: '*:*', localAddress: '[fe80::9467:4fb8:608:286b%18]', localPort: 2177, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['QWAVE', '[svchost.exe]'], lineNumber: 229 },
        { proto: 'UDP', local: '[fe80::9467:4fb8:608:286b%18]:51486', foreign: '*:*', localAddress: '[fe80::9467:4fb8:608:286b%18]', localPort: 51486, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 232 },
        { proto: 'UDP', local: '[fe80::9d49:b2a7:936b:b3df%23]:1900', foreign: '*:*', localAddress: '[fe80::9d49:b2a7:936b:b3df%23]', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 235 },
        { proto: 'UDP', local: '[fe80::9d49:b2a7:936b:b3df%23]:2177', foreign: '*:*', localAddress: '[fe80::9d49:b2a7:936b:b3df%23]', localPort: 2177, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['QWAVE', '[svchost.exe]'], lineNumber: 238 },
        { proto: 'UDP', local: '[fe80::9d49:b2a7:936b:b3df%23]:51489', foreign: '*:*', localAddress: '[fe80::9d49:b2a7:936b:b3df%23]', localPort: 51489, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 241 },
        { proto: 'UDP', local: '[fe80::d465:655a:650a:7d54%15]:1900', foreign: '*:*', localAddress: '[fe80::d465:655a:650a:7d54%15]', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 244 },
        { proto: 'UDP', local: '[fe80::d465:655a:650a:7d54%15]:2177', foreign: '*:*', localAddress: '[fe80::d465:655a:650a:7d54%15]', localPort: 2177, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['QWAVE', '[svchost.exe]'], lineNumber: 247 },
        { proto: 'UDP', local: '[fe80::d465:655a:650a:7d54%15]:51484', foreign: '*:*', localAddress: '[fe80::d465:655a:650a:7d54%15]', localPort: 51484, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 250 },
        { proto: 'UDP', local: '[fe80::dd96:2dd7:653a:f3e2%24]:1900', foreign: '*:*', localAddress: '[fe80::dd96:2dd7:653a:f3e2%24]', localPort: 1900, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 253 },
        { proto: 'UDP', local: '[fe80::dd96:2dd7:653a:f3e2%24]:2177', foreign: '*:*', localAddress: '[fe80::dd96:2dd7:653a:f3e2%24]', localPort: 2177, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['QWAVE', '[svchost.exe]'], lineNumber: 256 },
        { proto: 'UDP', local: '[fe80::dd96:2dd7:653a:f3e2%24]:51488', foreign: '*:*', localAddress: '[fe80::dd96:2dd7:653a:f3e2%24]', localPort: 51488, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, owner: ['SSDPSRV', '[svchost.exe]'], lineNumber: 259 },
      ],
      messages: ['Connexions actives', 'Proto  Adresse locale         Adresse distante       État'],
      unrecognizedLines: [],
    });
  });

  it('reads Windows Server 2003 netstat -nat: the Offload State column and padded UDP rows', () => {
    expect(parseNetstat(win2003_01)).toEqual({
      connections: [
        { proto: 'TCP', local: '0.0.0.0:80', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 80, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: null, offloadState: 'InHost', lineNumber: 6 },
        { proto: 'TCP', local: '0.0.0.0:135', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 135, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: null, offloadState: 'InHost', lineNumber: 7 },
        { proto: 'TCP', local: '0.0.0.0:445', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 445, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: null, offloadState: 'InHost', lineNumber: 8 },
        { proto: 'TCP', local: '0.0.0.0:1025', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 1025, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: null, offloadState: 'InHost', lineNumber: 9 },
        { proto: 'TCP', local: '0.0.0.0:1027', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 1027, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: null, offloadState: 'InHost', lineNumber: 10 },
        { proto: 'TCP', local: '0.0.0.0:5859', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 5859, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: null, offloadState: 'InHost', lineNumber: 11 },
        { proto: 'TCP', local: '10.10.10.15:80', foreign: '10.10.14.16:50124', localAddress: '10.10.10.15', localPort: 80, foreignAddress: '10.10.14.16', foreignPort: 50124, state: 'ESTABLISHED', stateText: 'ESTABLISHED', pid: null, offloadState: 'InHost', lineNumber: 12 },
        { proto: 'TCP', local: '10.10.10.15:139', foreign: '0.0.0.0:0', localAddress: '10.10.10.15', localPort: 139, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: null, offloadState: 'InHost', lineNumber: 13 },
        { proto: 'TCP', local: '10.10.10.15:1033', foreign: '10.10.14.16:445', localAddress: '10.10.10.15', localPort: 1033, foreignAddress: '10.10.14.16', foreignPort: 445, state: 'ESTABLISHED', stateText: 'ESTABLISHED', pid: null, offloadState: 'InHost', lineNumber: 14 },
        { proto: 'TCP', local: '10.10.10.15:1035', foreign: '10.10.14.16:443', localAddress: '10.10.10.15', localPort: 1035, foreignAddress: '10.10.14.16', foreignPort: 443, state: 'ESTABLISHED', stateText: 'ESTABLISHED', pid: null, offloadState: 'InHost', lineNumber: 15 },
        { proto: 'TCP', local: '127.0.0.1:1028', foreign: '0.0.0.0:0', localAddress: '127.0.0.1', localPort: 1028, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: null, offloadState: 'InHost', lineNumber: 16 },
        { proto: 'UDP', local: '0.0.0.0:445', foreign: '*:*', localAddress: '0.0.0.0', localPort: 445, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, lineNumber: 17 },
        { proto: 'UDP', local: '0.0.0.0:500', foreign: '*:*', localAddress: '0.0.0.0', localPort: 500, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, lineNumber: 18 },
        { proto: 'UDP', local: '0.0.0.0:1026', foreign: '*:*', localAddress: '0.0.0.0', localPort: 1026, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, lineNumber: 19 },
        { proto: 'UDP', local: '0.0.0.0:4500', foreign: '*:*', localAddress: '0.0.0.0', localPort: 4500, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, lineNumber: 20 },
        { proto: 'UDP', local: '10.10.10.15:123', foreign: '*:*', localAddress: '10.10.10.15', localPort: 123, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, lineNumber: 21 },
        { proto: 'UDP', local: '10.10.10.15:137', foreign: '*:*', localAddress: '10.10.10.15', localPort: 137, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, lineNumber: 22 },
        { proto: 'UDP', local: '10.10.10.15:138', foreign: '*:*', localAddress: '10.10.10.15', localPort: 138, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, lineNumber: 23 },
        { proto: 'UDP', local: '127.0.0.1:123', foreign: '*:*', localAddress: '127.0.0.1', localPort: 123, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, lineNumber: 24 },
        { proto: 'UDP', local: '127.0.0.1:1029', foreign: '*:*', localAddress: '127.0.0.1', localPort: 1029, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: null, lineNumber: 25 },
      ],
      messages: ['Active Connections', 'Proto  Local Address          Foreign Address        State           Offload State'],
      unrecognizedLines: [],
    });
  });
});

// Row layouts from netstat's message table ("  %-5s  %-21s  %-21s  %-12s    %u\t%-12s") and public
// captures of -o -t and -b output; these texts are written to that layout, not captured.
describe('parseNetstat on the documented layout', () => {
  it('reads -o -t rows, where the PID and the offload state are separated by a TAB', () => {
    const text = [
      '',
      'Active Connections',
      '',
      '  Proto  Local Address          Foreign Address        State           PID      Offload State',
      '',
      '  TCP    10.10.10.172:1433      10.10.10.172:49825     ESTABLISHED     3416\tInHost      ',
      '  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4       InHost',
      '  UDP    0.0.0.0:500            *:*                                    1256\t',
    ].join('\r\n');
    expect(parseNetstat(text)).toEqual({
      connections: [
        { proto: 'TCP', local: '10.10.10.172:1433', foreign: '10.10.10.172:49825', localAddress: '10.10.10.172', localPort: 1433, foreignAddress: '10.10.10.172', foreignPort: 49825, state: 'ESTABLISHED', stateText: 'ESTABLISHED', pid: 3416, offloadState: 'InHost', lineNumber: 6 },
        { proto: 'TCP', local: '0.0.0.0:445', foreign: '0.0.0.0:0', localAddress: '0.0.0.0', localPort: 445, foreignAddress: '0.0.0.0', foreignPort: 0, state: 'LISTENING', stateText: 'LISTENING', pid: 4, offloadState: 'InHost', lineNumber: 7 },
        { proto: 'UDP', local: '0.0.0.0:500', foreign: '*:*', localAddress: '0.0.0.0', localPort: 500, foreignAddress: '*', foreignPort: null, state: '', stateText: '', pid: 1256, lineNumber: 8 },
      ],
      messages: ['Active Connections', 'Proto  Local Address          Foreign Address        State           PID      Offload State'],
      unrecognizedLines: [],
    });
  });

  it('reads English -b output with the "Can not obtain ownership information" line', () => {
    const text = [
      '',
      'Active Connections',
      '',
      '  Proto  Local Address          Foreign Address        State           PID',
      '  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       748',
      '  RpcSs',
      ' [svchost.exe]',
      '  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4',
      ' Can not obtain ownership information',
      '  TCP    192.168.1.10:445       192.168.1.21:50112     ESTABLISHED     4',
      ' Can not obtain ownership information',
    ].join('\n');
    const result = parseNetstat(text);
    expect(result.connections.map((c) => [c.local, c.foreign, c.state, c.pid, c.owner])).toEqual([
      ['0.0.0.0:135', '0.0.0.0:0', 'LISTENING', 748, ['RpcSs', '[svchost.exe]']],
      ['0.0.0.0:445', '0.0.0.0:0', 'LISTENING', 4, ['Can not obtain ownership information']],
      ['192.168.1.10:445', '192.168.1.21:50112', 'ESTABLISHED', 4, ['Can not obtain ownership information']],
    ]);
    expect(result.messages).toEqual(['Active Connections', 'Proto  Local Address          Foreign Address        State           PID']);
    expect(result.unrecognizedLines).toEqual([]);
  });

  it('reports indented lines that are no -b owner block: several without an executable, or any after it', () => {
    const text = [
      '  Proto  Local Address          Foreign Address        State           PID',
      '  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       748',
      '  RpcSs',
      ' [svchost.exe]',
      '   pasted noise after the executable',
      '  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4',
      '   first stray line',
      '   second stray line',
      '  TCP    0.0.0.0:139            0.0.0.0:0              LISTENING       4',
      ' Can not obtain ownership information',
    ].join('\n');
    const result = parseNetstat(text);
    expect(result.connections.map((c) => c.owner)).toEqual([['RpcSs', '[svchost.exe]'], undefined, ['Can not obtain ownership information']]);
    expect(result.unrecognizedLines).toEqual([
      { lineNumber: 5, text: '   pasted noise after the executable' },
      { lineNumber: 7, text: '   first stray line' },
      { lineNumber: 8, text: '   second stray line' },
    ]);
    // Under the last row too: they sit inside the table, so they are no messages.
    const underLastRow = parseNetstat(['  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4', '   first', '   second'].join('\n'));
    expect(underLastRow.unrecognizedLines.map((line) => line.lineNumber)).toEqual([2, 3]);
    expect(underLastRow.messages).toEqual([]);
  });

  it('reads a zh-CN header (double-width words that do not line up) with English states', () => {
    const text = [
      '',
      '活动连接',
      '',
      '  协议  本地地址          外部地址        状态           PID',
      '  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4',
      '  TCP    192.168.0.8:445        192.168.0.31:49731     ESTABLISHED     4',
    ].join('\r\n');
    const result = parseNetstat(text);
    expect(result.messages).toEqual(['活动连接', '协议  本地地址          外部地址        状态           PID']);
    expect(result.connections.map((c) => [c.localPort, c.foreignAddress, c.state, c.pid])).toEqual([
      [445, '0.0.0.0', 'LISTENING', 4],
      [445, '192.168.0.31', 'ESTABLISHED', 4],
    ]);
  });

  it('keeps the elevation notice of netstat -b as a message when there is no table', () => {
    expect(parseNetstat('The requested operation requires elevation.\r\n')).toEqual({
      connections: [],
      messages: ['The requested operation requires elevation.'],
      unrecognizedLines: [],
    });
  });

  it('reports a stray line between rows and keeps reading; a line after the last row is a message', () => {
    const text = [
      '  Proto  Local Address          Foreign Address        State           PID',
      '  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4',
      'garbage here',
      '  TCP    0.0.0.0:139            0.0.0.0:0              LISTENING       4',
      '  TCP    0.0.0.0:80',
    ].join('\n');
    const result = parseNetstat(text);
    expect(result.connections.map((c) => c.localPort)).toEqual([445, 139]);
    expect(result.unrecognizedLines).toEqual([{ lineNumber: 3, text: 'garbage here' }]);
    // A TCP row without a state was cut short: it is not a connection.
    expect(result.messages).toEqual(['Proto  Local Address          Foreign Address        State           PID', 'TCP    0.0.0.0:80']);
  });

  it('handles stray CRs and trailing padding', () => {
    const text = '\r  TCP    10.0.0.2:445           10.0.0.9:50001         ESTABLISHED     4      \r\n';
    expect(parseNetstat(text).connections).toEqual([
      { proto: 'TCP', local: '10.0.0.2:445', foreign: '10.0.0.9:50001', localAddress: '10.0.0.2', localPort: 445, foreignAddress: '10.0.0.9', foreignPort: 50001, state: 'ESTABLISHED', stateText: 'ESTABLISHED', pid: 4, lineNumber: 2 },
    ]);
  });
});

describe('normalizeTcpState', () => {
  it.each([
    ['LISTENING', 'LISTENING'],
    ['ABHÖREN', 'LISTENING'],
    ['ABH™REN', 'LISTENING'], // CP850 0x99 read as Windows-1252
    ['ABH\u0099REN', 'LISTENING'], // read as Latin-1
    ['ABH\uFFFDREN', 'LISTENING'], // read as UTF-8
    ['ABHÃ–REN', 'LISTENING'], // UTF-8 read as Windows-1252
    ['HERGESTELLT', 'ESTABLISHED'],
    ['WARTEND', 'TIME_WAIT'],
    ['SCHLIESSEN_WARTEN', 'CLOSE_WAIT'],
    ['FIN_WARTEN_1', 'FIN_WAIT_1'],
    ['FIN_WARTEN_2', 'FIN_WAIT_2'],
    ['SYN_GESENDET', 'SYN_SENT'],
    ['SYN_EMPFANGEN', 'SYN_RECEIVED'],
    ['LETZTE_BEST', 'LAST_ACK'],
    ['SCHLIESSEN', 'CLOSING'],
    ['GESCHLOSSEN', 'CLOSED'],
    ['ÉCOUTE', 'LISTENING'],
    ['E\u0301TABLIE', 'ESTABLISHED'], // decomposed accent
    ['ПРОСЛУШИВАНИЕ', 'LISTENING'],
    ['УСТАНОВЛЕНО', 'ESTABLISHED'],
    ['ESCUCHANDO', 'LISTENING'],
    ['DELETE_TCB', 'DELETE_TCB'],
    ['BOUND', 'BOUND'],
  ])('%s is %s', (printed, state) => {
    expect(normalizeTcpState(printed)).toBe(state);
  });

  it('keeps a word it does not know exactly as printed, even one with a space', () => {
    const row = parseNetstat('  TCP    0.0.0.0:3000           0.0.0.0:0              IN ASCOLTO       31').connections[0];
    expect(row).toMatchObject({ state: 'IN ASCOLTO', stateText: 'IN ASCOLTO', pid: 31 });
  });
});

describe('smbClientsFromNetstat', () => {
  it('finds no SMB clients in captures without inbound 445/139 connections', () => {
    for (const text of [de_03, ru_06, en_05, fr_09]) expect(smbClientsFromNetstat(parseNetstat(text).connections)).toEqual([]);
  });

  it('does not count an outbound connection to a remote port 445', () => {
    // win2003: 10.10.10.15:1033 -> 10.10.14.16:445 ESTABLISHED is this PC acting as a client.
    expect(smbClientsFromNetstat(parseNetstat(win2003_01).connections)).toEqual([]);
  });

  it('counts ESTABLISHED connections to local 445 or 139 per remote address, in any language', () => {
    const text = [
      '  Proto  Lokale Adresse         Remoteadresse          Status           PID',
      '  TCP    0.0.0.0:445            0.0.0.0:0              ABHÖREN          4',
      '  TCP    192.168.2.10:445       192.168.2.21:49731     HERGESTELLT      4',
      '  TCP    192.168.2.10:445       192.168.2.33:50112     HERGESTELLT      4',
      '  TCP    192.168.2.10:139       192.168.2.21:49790     HERGESTELLT      4',
      '  TCP    192.168.2.10:445       192.168.2.40:50200     WARTEND          0',
      '  TCP    192.168.2.10:50300     192.168.2.50:445       HERGESTELLT      4',
      '  TCP    [fe80::1c2d:3e4f:5a6b:7c8d%12]:445  [fe80::aa:bb:cc:dd%12]:51000  HERGESTELLT      4',
    ].join('\r\n');
    expect(smbClientsFromNetstat(parseNetstat(text).connections)).toEqual([
      { remoteAddress: '192.168.2.21', connectionCount: 2, lineNumbers: [3, 5] },
      { remoteAddress: '192.168.2.33', connectionCount: 1, lineNumbers: [4] },
      { remoteAddress: '[fe80::aa:bb:cc:dd%12]', connectionCount: 1, lineNumbers: [8] },
    ]);
  });

  it('accepts hand-built connections too', () => {
    const connection: NetstatConnection = {
      proto: 'TCP', local: '10.0.0.2:139', foreign: 'CLIENT7:1034', localAddress: '10.0.0.2', localPort: 139,
      foreignAddress: 'CLIENT7', foreignPort: 1034, state: 'ESTABLISHED', stateText: 'ESTABLISHED', pid: null, lineNumber: 1,
    };
    expect(smbClientsFromNetstat([connection])).toEqual([{ remoteAddress: 'CLIENT7', connectionCount: 1, lineNumbers: [1] }]);
  });
});
