import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePrintersJson } from './printers-json';

// Written to the shape ConvertTo-Json gives Get-Printer's objects (no public capture was kept).
describe('parsePrintersJson', () => {
  it('reads an array of printers', () => {
    const text = JSON.stringify([
      { Name: 'HP LaserJet 1020', ShareName: 'HPLaserJet', Shared: true, PortName: 'USB001', DriverName: 'HP LaserJet 1020' },
      { Name: 'Microsoft Print to PDF', ShareName: null, Shared: false, PortName: 'PORTPROMPT:', DriverName: 'Microsoft Print To PDF' },
    ]);
    expect(parsePrintersJson(text)).toEqual({
      printers: [
        { name: 'HP LaserJet 1020', shareName: 'HPLaserJet', shared: true, portName: 'USB001', driverName: 'HP LaserJet 1020' },
        { name: 'Microsoft Print to PDF', shareName: '', shared: false, portName: 'PORTPROMPT:', driverName: 'Microsoft Print To PDF' },
      ],
      problem: null,
    });
  });

  it('reads the single object ConvertTo-Json writes for one printer, with a BOM and string booleans', () => {
    expect(parsePrintersJson('\uFEFF{"Name":"Brother","ShareName":"Brother","Shared":"True","PortName":"IP_192.168.1.5"}\r\n')).toEqual({
      printers: [{ name: 'Brother', shareName: 'Brother', shared: true, portName: 'IP_192.168.1.5', driverName: '' }],
      problem: null,
    });
  });

  it('reads empty output as no printers', () => {
    expect(parsePrintersJson('\r\n')).toEqual({ printers: [], problem: null });
  });

  it('reports text that is not JSON instead of throwing', () => {
    const result = parsePrintersJson('Get-Printer : The term is not recognized');
    expect(result.printers).toEqual([]);
    expect(result.problem).toMatch(/^not JSON/);
  });

  it('tolerates the properties it does not use, as Get-Printer without Select-Object writes them', () => {
    const text = JSON.stringify({
      Name: 'HP',
      ShareName: 'HP',
      Shared: false,
      PortName: 'USB001',
      DriverName: 'HP',
      Location: '',
      PrinterStatus: 0,
      Datatype: 'RAW',
      CimClass: { x: 1 },
    });
    expect(parsePrintersJson(text)).toEqual({
      printers: [{ name: 'HP', shareName: 'HP', shared: false, portName: 'USB001', driverName: 'HP' }],
      problem: null,
    });
  });

  it.each([
    ['a number', '42', 'the value must be an object (it is 42)'],
    ['a string', '"HP LaserJet"', 'the value must be an object (it is "HP LaserJet")'],
    ['null', 'null', 'the value must be an object (it is null)'],
    ['a list of strings', '["HP", "Canon"]', '[0] must be an object (it is "HP"); [1] must be an object (it is "Canon")'],
    ['a list of lists', '[["HP"]]', '[0] must be an object (it is a list of 1)'],
    ['a printer without a name', '[{"Name": "HP"}, {"ShareName": "x"}]', '[1].Name is missing'],
    ['an empty name', '{"Name": ""}', 'Name must be a printer name, not empty (it is "")'],
    ['a number for a name', '{"Name": 5}', 'Name must be text (it is 5)'],
    ['a word that is not true or false', '{"Name": "HP", "Shared": "maybe"}', 'Shared must be true or false (it is "maybe")'],
    ['a number for a flag', '{"Name": "HP", "Shared": 1}', 'Shared must be true or false (it is 1)'],
    ['a list for a port', '{"Name": "HP", "PortName": ["USB001"]}', 'PortName must be text or null (it is a list of 1)'],
  ])('reports %s as a problem, with no printers', (_what, text, problem) => {
    expect(parsePrintersJson(text)).toEqual({ printers: [], problem });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parsePrintersJson(text);
        for (const printer of result.printers) expect(printer.name.length).toBeGreaterThan(0);
      }),
    );
  });
});
