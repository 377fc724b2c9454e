import { describe, expect, it } from 'vitest';
import { requestRelations } from '../../src/analyze/request-relations.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

const countryOf = (demonym: string) => (/^(?:chinese|chino)$/iu.test(demonym) ? 'china' : undefined);
/** Type, source and target of the requests of `text` as one sentence. */
const requests = (text: string, inside: Endpoint[]) =>
  requestRelations({ text, sentence: { start: 0, end: text.length }, inside, countryOf }).map((r) => [r.type, r.sourceId, r.targetId]);

describe('analyze: requestRelations', () => {
  it('makes whoever seeks a country’s money, named by its demonym, seek cooperation with that country', () => {
    const a = 'Agregó que el Perú busca financiamiento chino para la línea Yana-Coyllurqui.';
    const ends = [at(a, 'Perú', 'peru', 'COUNTRY'), at(a, 'Yana-Coyllurqui', 'yana', 'INFRASTRUCTURE')];
    expect(requests(a, ends)).toEqual([['SEEKS_COOPERATION_WITH', 'peru', 'china']]);
    const b = 'She told him that Peru wanted Chinese investment in a railway.';
    expect(requests(b, [at(b, 'Peru', 'peru', 'COUNTRY')])).toEqual([['SEEKS_COOPERATION_WITH', 'peru', 'china']]);
    // The medium a statement was made to seeks nothing: the speaker does.
    const c = 'Ganoza dijo a la agencia Andina que buscará inversión china para Chavimochic.';
    const three = [at(c, 'Ganoza', 'ganoza', 'PERSON'), at(c, 'Andina', 'andina', 'MEDIA'), at(c, 'Chavimochic', 'chav', 'INFRASTRUCTURE')];
    expect(requests(c, three)).toEqual([['SEEKS_COOPERATION_WITH', 'ganoza', 'china']]);
    const d = 'Peru sought Bolivian support.';
    expect(requests(d, [at(d, 'Peru', 'peru', 'COUNTRY')])).toEqual([]);
  });

  it('makes whoever asks someone for help, money or an opening seek cooperation with them, but not one asked anything else', () => {
    const a = 'El gobernador, René Chávez, pidió a Pekín apoyo para una línea de transmisión.';
    expect(requests(a, [at(a, 'René Chávez', 'chavez', 'PERSON'), at(a, 'Pekín', 'china', 'COUNTRY')])).toEqual([
      ['SEEKS_COOPERATION_WITH', 'chavez', 'china'],
    ]);
    const b = 'Mincetur would ask Beijing to let Peruvian avocados clear customs.';
    expect(requests(b, [at(b, 'Mincetur', 'mincetur', 'GOVERNMENT'), at(b, 'Beijing', 'china', 'COUNTRY')])).toEqual([
      ['SEEKS_COOPERATION_WITH', 'mincetur', 'china'],
    ]);
    const c = 'Villarreal pidió a la SBS explicar cómo se protegerán los datos.';
    expect(requests(c, [at(c, 'Villarreal', 'villarreal', 'PERSON'), at(c, 'SBS', 'sbs', 'GOVERNMENT')])).toEqual([]);
  });
});
