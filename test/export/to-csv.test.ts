import { describe, expect, it } from 'vitest';
import { parseExportQuery, STREAM_FORMATS } from '../../src/export/index.js';
import { nastySubgraph, written, type NastySubgraph } from './nasty-subgraph.js';
import { parseCsv } from '../helpers/parse-csv.js';

const query = parseExportQuery({ id: 'peru' }).query;
const toNodesCsv = (sub: NastySubgraph): Promise<string> => written(STREAM_FORMATS['nodes.csv'], sub, query);
const toEdgesCsv = (sub: NastySubgraph): Promise<string> => written(STREAM_FORMATS['edges.csv'], sub, query);

describe('export: nodesCsvFormat', () => {
  it('writes RFC 4180 rows sorted by id, quoting commas, quotes and newlines, and defusing formulas', async () => {
    expect(await toNodesCsv(nastySubgraph())).toBe(
      'id,name,type,aliases,description\r\n' +
        ('acme-co,"ACME ""Holdings"", <Ltd> & Co",COMPANY,"\'=HYPERLINK(""http://evil"") | O\'Brien","Line one\nline two, with a ' +
          'comma\u0007 and a bell"\r\n') +
        'peru,Perú,COUNTRY,Peru | 秘鲁,\r\n',
    );
  });

  it('writes only the header for no entities', async () => {
    expect(await toNodesCsv({ nodes: [], edges: [], truncated: false })).toBe('id,name,type,aliases,description\r\n');
  });

  it('prefixes a quote to every cell that starts with = + - @ tab or CR', async () => {
    const sub = nastySubgraph();
    sub.nodes = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'a=b'].map((name, i) => ({
      id: `n${i}`,
      name,
      type: 'PERSON',
      aliases: [],
      description: null,
      mergedIds: [],
    }));
    const names = (await toNodesCsv(sub))
      .split('\r\n')
      .slice(1, -1)
      .map((row) => row.split(',')[1]);
    expect(names).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", '"\'\rx"', 'a=b']);
  });
});

describe('export: edgesCsvFormat', () => {
  it('writes one row per relationship sorted by id, with quantities and evidence lines in one field', async () => {
    expect(await toEdgesCsv(nastySubgraph())).toBe(
      'id,source,target,type,validFrom,validTo,status,topic,quantities,evidence\r\n' +
        'invested-in-1,acme-co,peru,INVESTED_IN,2023,2024-06,CONFIRMED,"ports & ""roads""",first phase: 1300000000 USD; 60 percent,' +
        ('"He said ""<invest>"", then left — Xinhua (2024-06-26) https://x.example/a?b=1&c=2\nConfirmed, again — XINHUA (2024-07) ' +
          'https://x.example/c"\r\n') +
        'stated-2,acme-co,peru,STATED,,,REPORTED,\'-2% growth,,"\'@once upon\r\na time — Blog"\r\n',
    );
  });
});

describe('export: CSV read back', () => {
  it('reads back to the original strings with a strict RFC 4180 reader', async () => {
    const [header, ...rows] = parseCsv(await toEdgesCsv(nastySubgraph()));
    expect(header).toHaveLength(10);
    expect(rows.map((r) => r.length)).toEqual([10, 10]);
    expect(rows[0]![7]).toBe('ports & "roads"');
    expect(rows[1]![9]).toBe("'@once upon\r\na time — Blog");
    expect(parseCsv(await toNodesCsv(nastySubgraph()))[1]![1]).toBe('ACME "Holdings", <Ltd> & Co');
  });
});
