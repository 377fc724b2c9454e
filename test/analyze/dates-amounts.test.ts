import { describe, expect, it } from 'vitest';
import { findAmounts, findDates } from '../../src/analyze/dates-amounts.js';

/** Each date found: its words, value and `since`. */
const dates = (sentence: string, publishedAt?: string) =>
  findDates(sentence, publishedAt).map((h) => [sentence.slice(h.start, h.end), h.value, h.since]);
/** Each amount found: its words, value and unit. */
const amounts = (sentence: string) => findAmounts(sentence).map((h) => [sentence.slice(h.start, h.end), h.value, h.unit]);

/** Friday 7 June 2024. */
const PUBLISHED = '2024-06-07';

describe('analyze: findDates', () => {
  it('gives offsets into the sentence, in text order', () => {
    expect(findDates('Signed on 14 November 2024 and in force since 2025.')).toEqual([
      { start: 10, end: 26, value: '2024-11-14', since: false },
      { start: 40, end: 50, value: '2025', since: true },
    ]);
  });

  it.each([
    ['In June 2024, Cosco Shipping opened the Chancay port.', [['June 2024', '2024-06', false]]],
    ['Xi Jinping inaugurated the port on 14 November 2024.', [['14 November 2024', '2024-11-14', false]]],
    ['The terminal began operating on November 14, 2024, officials said.', [['November 14, 2024', '2024-11-14', false]]],
    ['On Thursday, November 14, 2024, the leaders met in Lima.', [['Thursday, November 14, 2024', '2024-11-14', false]]],
    ['The deal was first discussed on the 3rd of March, 2019.', [['3rd of March, 2019', '2019-03-03', false]]],
    ['The free trade agreement took effect on Mar. 1, 2010.', [['Mar. 1, 2010', '2010-03-01', false]]],
    ['China Three Gorges bought Luz del Sur in 2019.', [['2019', '2019', false]]],
    ['China has been Peru’s largest trading partner since 2014.', [['since 2014', '2014', true]]],
    ['The filing is dated 2024-06-14.', [['2024-06-14', '2024-06-14', false]]],
    ['Chinaco expects output to peak by mid-2026 and fall in the late 2030s.', [['2026', '2026', false]]],
    ['Peru joined the Belt and Road Initiative in the year 2019.', [['2019', '2019', false]]],
    [
      'The 2009 free trade agreement was upgraded in 2024.',
      [
        ['2009', '2009', false],
        ['2024', '2024', false],
      ],
    ],
  ])('reads English dates: %s', (sentence, expected) => {
    expect(dates(sentence)).toEqual(expected);
  });

  it.each([
    ['En junio de 2024 la naviera inauguró el puerto.', [['junio de 2024', '2024-06', false]]],
    ['El tratado se firmó el 14 de noviembre de 2024 en Lima.', [['14 de noviembre de 2024', '2024-11-14', false]]],
    ['El jueves 14 de noviembre del 2024 llegó Xi Jinping.', [['jueves 14 de noviembre del 2024', '2024-11-14', false]]],
    ['Shougang opera la mina de Marcona desde 1993.', [['desde 1993', '1993', true]]],
    ['La empresa compró la distribuidora en el 2019.', [['2019', '2019', false]]],
    ['El acuerdo rige a partir del 2026.', [['a partir del 2026', '2026', true]]],
    ['Las obras terminarán a finales de 2025.', [['2025', '2025', false]]],
    ['El puerto opera desde junio de 2024 con grúas chinas.', [['desde junio de 2024', '2024-06', true]]],
    ['Junio de 2024 fue un mes récord para las exportaciones.', [['Junio de 2024', '2024-06', false]]],
    ['El puerto opera desde setiembre de 2024.', [['desde setiembre de 2024', '2024-09', true]]],
  ])('reads Spanish dates: %s', (sentence, expected) => {
    expect(dates(sentence)).toEqual(expected);
  });

  it.each([
    ['The minister visited Beijing in March.', [['March', '2024-03', false]]],
    [
      'Talks began in November and ended in June.',
      [
        ['November', '2023-11', false],
        ['June', '2024-06', false],
      ],
    ],
    [
      'The ministers met last June and again last March.',
      [
        ['last June', '2023-06', false],
        ['last March', '2024-03', false],
      ],
    ],
    ['The port handled its first ship on 14 November.', [['14 November', '2023-11-14', false]]],
    ['Boluarte said on Thursday that the port is ready.', [['Thursday', '2024-06-06', false]]],
    ['Boluarte said Friday that the port is ready.', [['Friday', '2024-06-07', false]]],
    ['Boluarte said last Friday that the port is ready.', [['last Friday', '2024-05-31', false]]],
    ['Boluarte firmó el viernes pasado el acuerdo.', [['viernes pasado', '2024-05-31', false]]],
    ['La APEC se celebrará del 10 al 16 de noviembre.', [['del 10 al 16 de noviembre', '2023-11-10', false]]],
    ['The summit runs from 10 to 16 November 2024.', [['from 10 to 16 November 2024', '2024-11-10', false]]],
    ['Xi will visit Lima next week.', [['next week', '2024-06', false]]],
    ['El ministro viajó a Pekín la semana pasada.', [['la semana pasada', '2024-05', false]]],
    ['Since Monday, the terminal has been closed.', [['Since Monday', '2024-06-03', true]]],
    ['The regulator approved the sale today.', [['today', '2024-06-07', false]]],
    ['The regulator approved the sale yesterday.', [['yesterday', '2024-06-06', false]]],
    [
      'Exports to China grew 20% last year and this year.',
      [
        ['last year', '2023', false],
        ['this year', '2024', false],
      ],
    ],
    ['Cosco took control last month.', [['last month', '2024-05', false]]],
    ['La ministra viajó a Pekín en marzo.', [['marzo', '2024-03', false]]],
    ['El 14 de noviembre se inauguró el puerto.', [['14 de noviembre', '2023-11-14', false]]],
    ['El presidente lo anunció el jueves en Palacio.', [['jueves', '2024-06-06', false]]],
    ['Las empresas firmaron este miércoles el contrato.', [['miércoles', '2024-06-05', false]]],
    [
      'Se reunieron el lunes pasado y el pasado martes.',
      [
        ['lunes pasado', '2024-06-03', false],
        ['pasado martes', '2024-06-04', false],
      ],
    ],
    [
      'La compra se concretó ayer y hoy se anunció.',
      [
        ['ayer', '2024-06-06', false],
        ['hoy', '2024-06-07', false],
      ],
    ],
    ['Las exportaciones crecieron el año pasado.', [['año pasado', '2023', false]]],
    [
      'Las ventas subieron este año y desde el año pasado.',
      [
        ['este año', '2024', false],
        ['desde el año pasado', '2023', true],
      ],
    ],
    ['La firma se realizó el pasado mes de marzo.', [['pasado mes de marzo', '2024-03', false]]],
  ])('places dates without a year from publishedAt: %s', (sentence, expected) => {
    expect(dates(sentence, PUBLISHED)).toEqual(expected);
  });

  it('places a weekday on the publishing day itself ("last" one a week before), and reads a timestamp as its date', () => {
    expect(dates('The deal closed on Friday.', '2024-06-07')).toEqual([['Friday', '2024-06-07', false]]);
    expect(dates('The deal closed last Friday.', '2024-06-07')).toEqual([['last Friday', '2024-05-31', false]]);
    expect(dates('The deal closed on Friday.', '2024-06-08T09:30:00Z')).toEqual([['Friday', '2024-06-07', false]]);
    expect(dates('Talks began in January.', '2025-01-15')).toEqual([['January', '2025-01', false]]);
    expect(dates('Cosco took control last month.', '2025-01-15')).toEqual([['last month', '2024-12', false]]);
  });

  it('skips what it cannot place: no publishedAt, or one without the precision needed', () => {
    const sentence = 'On Thursday, the minister, who took office in March, said talks ended yesterday, not last year.';
    expect(dates(sentence)).toEqual([]);
    expect(dates(sentence, 'not a date')).toEqual([]);
    expect(dates(sentence, '2024')).toEqual([['last year', '2023', false]]);
    expect(dates(sentence, '2024-06')).toEqual([
      ['March', '2024-03', false],
      ['last year', '2023', false],
    ]);
    expect(dates('The port opened today.', '2024-06')).toEqual([['today', '2024-06', false]]);
  });

  it('gives the first year of a range, not as a start', () => {
    expect(dates('Both signed the 2024–2028 cooperation plan.')).toEqual([['2024–2028', '2024', false]]);
    expect(dates('The plan runs from 2024 to 2028.')).toEqual([['from 2024 to 2028', '2024', false]]);
    expect(dates('Trade doubled between 2019 and 2023.')).toEqual([['between 2019 and 2023', '2019', false]]);
    expect(dates('El comercio creció entre 2019 y 2023.')).toEqual([['entre 2019 y 2023', '2019', false]]);
    expect(dates('El plan rige desde 2024 hasta 2028.')).toEqual([['desde 2024 hasta 2028', '2024', false]]);
    expect(dates('The 2019-20 season.')).toEqual([['2019-20', '2019', false]]);
    expect(dates('The 2028–2024 misprint.')).toEqual([['2028', '2028', false]]);
  });

  it.each([
    'The company has 1.5 million customers and has operated in Peru for 30 years.',
    'Five years ago, the port did not exist.',
    'Cosco paid $2,019m for the stake.',
    'The mine shipped 2,019 tonnes of iron ore.',
    'Más de 2000 personas trabajan en la mina.',
    'Julio Velarde, head of the central bank, spoke at Av. 28 de Julio.',
    'Officials may march to the ministry.',
    'The Vision 2030 plan and the Agenda 2030 goals.',
    'The leaders will meet next Monday, not on Good Friday.',
    'El presidente viajará el próximo jueves y el jueves próximo.',
    'Hoy en día China es el primer socio comercial del Perú.',
    'Investment boomed in the 1990s.',
    'The treaty is older than the 2,000 page report on 2.019 sites.',
    // An end is no start: "until 2028", "hasta 2028".
    'La empresa invertirá US$ 300 millones en el Perú hasta 2028.',
    'The contract runs until 2030.',
  ])('finds no date in: %s', (sentence) => {
    expect(dates(sentence, PUBLISHED)).toEqual([]);
  });

  it('prefers the longest reading, and keeps a month when its day cannot exist', () => {
    expect(dates('On 31 June 2024 nothing happened.')).toEqual([['June 2024', '2024-06', false]]);
    expect(dates('El 30 de febrero de 2024 no existe.')).toEqual([['febrero de 2024', '2024-02', false]]);
    expect(dates('In June 2,000 tonnes left the port.', PUBLISHED)).toEqual([['June', '2024-06', false]]);
  });
});

describe('analyze: findAmounts', () => {
  it('gives offsets into the sentence, in text order', () => {
    expect(findAmounts('Cosco paid $1.3bn for 60% of the port.')).toEqual([
      { start: 11, end: 17, value: 1300000000, unit: 'USD' },
      { start: 22, end: 25, value: 60, unit: '%' },
    ]);
  });

  it.each([
    ['Cosco Shipping holds 60% of the Chancay terminal.', [['60%', 60, '%']]],
    ['The stake rose to 83.15% after the deal.', [['83.15%', 83.15, '%']]],
    [
      'Exports grew 60 percent, or 60 per cent in British spelling.',
      [
        ['60 percent', 60, '%'],
        ['60 per cent', 60, '%'],
      ],
    ],
    ['La empresa china posee el 60% del puerto.', [['60%', 60, '%']]],
    ['China compra el 60 por ciento del cobre peruano.', [['60 por ciento', 60, '%']]],
    ['La participación es de 83,15 %.', [['83,15 %', 83.15, '%']]],
    ['Its share grew 2 percentage points.', [['2 percentage points', 2, 'pp']]],
    ['La cuota subió 2 puntos porcentuales.', [['2 puntos porcentuales', 2, 'pp']]],
  ])('reads shares: %s', (sentence, expected) => {
    expect(amounts(sentence)).toEqual(expected);
  });

  it.each([
    ['China Three Gorges paid $3.59bn for Luz del Sur.', [['$3.59bn', 3590000000, 'USD']]],
    ['The first phase cost $1.3 billion.', [['$1.3 billion', 1300000000, 'USD']]],
    ['The port cost US$1.3 billion to build.', [['US$1.3 billion', 1300000000, 'USD']]],
    ['The sale was worth US$3,590 million.', [['US$3,590 million', 3590000000, 'USD']]],
    ['Huawei will invest $500m in a data centre.', [['$500m', 500000000, 'USD']]],
    ['The bonds raised $1.250 billion.', [['$1.250 billion', 1250000000, 'USD']]],
    [
      'The bank lent ¥10 billion, or 10 billion yuan.',
      [
        ['¥10 billion', 10000000000, 'CNY'],
        ['10 billion yuan', 10000000000, 'CNY'],
      ],
    ],
    [
      'The fund holds RMB 5bn and 2 billion renminbi.',
      [
        ['RMB 5bn', 5000000000, 'CNY'],
        ['2 billion renminbi', 2000000000, 'CNY'],
      ],
    ],
    [
      'A European lender added €3m, then 4 million euros.',
      [
        ['€3m', 3000000, 'EUR'],
        ['4 million euros', 4000000, 'EUR'],
      ],
    ],
    [
      'The contract is worth USD 500 million, or 500 million US dollars.',
      [
        ['USD 500 million', 500000000, 'USD'],
        ['500 million US dollars', 500000000, 'USD'],
      ],
    ],
    ['It listed in Hong Kong, raising HK$2bn.', [['HK$2bn', 2000000000, 'HKD']]],
    [
      'The mine ships 30,000 tonnes a month, 1.5 million tons a year.',
      [
        ['30,000 tonnes', 30000, 'tonnes'],
        ['1.5 million tons', 1500000, 'tonnes'],
      ],
    ],
    ['A grant of a million dollars.', [['a million dollars', 1000000, 'USD']]],
  ])('reads English sums and tonnages: %s', (sentence, expected) => {
    expect(amounts(sentence)).toEqual(expected);
  });

  it.each([
    ['La compra costó US$ 3.590 millones.', [['US$ 3.590 millones', 3590000000, 'USD']]],
    ['La obra costará US$ 3.590 millones de dólares.', [['US$ 3.590 millones de dólares', 3590000000, 'USD']]],
    ['El Estado aportará S/ 1.200 millones.', [['S/ 1.200 millones', 1200000000, 'PEN']]],
    ['La inversión suma 1.000 millones de dólares.', [['1.000 millones de dólares', 1000000000, 'USD']]],
    ['El proyecto costará 3.000 millones de soles.', [['3.000 millones de soles', 3000000000, 'PEN']]],
    ['Cosco invirtió mil millones de dólares en Chancay.', [['mil millones de dólares', 1000000000, 'USD']]],
    ['El banco prestó US$ 2 mil millones.', [['US$ 2 mil millones', 2000000000, 'USD']]],
    ['El puerto moverá 3,5 millones de toneladas al año.', [['3,5 millones de toneladas', 3500000, 'tonnes']]],
    ['Se exportaron 30.000 toneladas métricas de cobre.', [['30.000 toneladas métricas', 30000, 'tonnes']]],
    ['El PBI chino supera los 2 billones de soles.', [['2 billones de soles', 2000000000000, 'PEN']]],
    ['El fondo chino gestiona un billón de yuanes.', [['un billón de yuanes', 1000000000000, 'CNY']]],
    [
      'Un préstamo de un millón de dólares y S/ 500 mil.',
      [
        ['un millón de dólares', 1000000, 'USD'],
        ['S/ 500 mil', 500000, 'PEN'],
      ],
    ],
    [
      'El crédito fue de 10.000 millones de yuanes y 3 millones de euros.',
      [
        ['10.000 millones de yuanes', 10000000000, 'CNY'],
        ['3 millones de euros', 3000000, 'EUR'],
      ],
    ],
  ])('reads Spanish sums and tonnages: %s', (sentence, expected) => {
    expect(amounts(sentence)).toEqual(expected);
  });

  it.each([
    'Luz del Sur has 1.5 million customers.',
    'The port employs 2,000 people and has operated for 30 years.',
    'Peru and China signed the agreement on 14 November 2024.',
    'The pen and the 500 pen holders.',
    'The company paid A$5m in Australia.',
    'El puerto tiene millones de dólares en deudas.',
  ])('finds no amount in: %s', (sentence) => {
    expect(amounts(sentence)).toEqual([]);
  });
});
