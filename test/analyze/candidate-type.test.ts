import { describe, expect, it } from 'vitest';
import { candidateType, contextType, singular } from '../../src/analyze/candidate-type.js';
import type { NamedSpan } from '../../src/analyze/nlp.js';
import { handParsed } from './hand-parsed.js';

/** The terms of `text`, parsed by hand, and the range of the words `name`. */
function oneName(text: string, name: string, tags: Record<string, string[]> = {}) {
  const start = text.indexOf(name);
  const { terms } = handParsed(text, { tags });
  const first = terms.findIndex((t) => t.start === start);
  const last = terms.findIndex((t) => t.end === start + name.length);
  if (first < 0 || last < 0) throw new Error(`${name} is not a run of words of ${text}`);
  return { terms, first, last };
}

/** The type suggested for the words `name` of `text`, parsed by hand. */
function typeOf(text: string, name: string, options: { tags?: Record<string, string[]>; named?: NamedSpan['kind'] } = {}) {
  return candidateType({ ...oneName(text, name, options.tags), ...(options.named ? { named: options.named } : {}) });
}

describe('analyze: candidateType', () => {
  it('types whom a speaker tells, or whose account a speaker writes on, a medium, unless a person', () => {
    expect(typeOf('The minister told Exitosa that the plan was ready.', 'Exitosa')).toBe('MEDIA');
    expect(typeOf('El ministro dijo a Exitosa que el plan estaba listo.', 'Exitosa')).toBe('MEDIA');
    expect(typeOf('He told La Industria that it was ready.', 'Industria')).toBe('MEDIA');
    expect(typeOf('The company said on its WeChat account that it was ready.', 'WeChat')).toBe('MEDIA');
    expect(typeOf('El alcalde escribió en su cuenta de Facebook que no.', 'Facebook')).toBe('MEDIA');
    expect(typeOf('The minister told Ana Ruiz that the plan was ready.', 'Ana Ruiz', { named: 'person' })).toBe('PERSON');
  });

  it('types facilities by a data centre, a transmission line, a clinic, a copper project, a deposit or "mines such as"', () => {
    expect(typeOf('El Centro de Datos Río Seco tendrá 20 megavatios.', 'Centro de Datos Río Seco')).toBe('INFRASTRUCTURE');
    expect(typeOf('Busca financiamiento para la línea de transmisión Yana-Coyllurqui ahora.', 'Yana-Coyllurqui')).toBe('INFRASTRUCTURE');
    expect(typeOf('EsSalud construirá el policlínico Aucallama cerca del puerto.', 'Aucallama')).toBe('INFRASTRUCTURE');
    expect(typeOf('Presentó proyectos, entre ellos el cuprífero Tía María, en Arequipa.', 'Tía María')).toBe('INFRASTRUCTURE');
    expect(typeOf('The company wants to develop the Río Blanco deposit soon.', 'Río Blanco')).toBe('INFRASTRUCTURE');
    expect(typeOf('Copper from mines such as Cerro Verde goes to China.', 'Cerro Verde')).toBe('INFRASTRUCTURE');
    expect(typeOf('El Seguro Social de Salud construirá un policlínico.', 'Seguro Social de Salud')).toBe('GOVERNMENT');
    // A container line is a company.
    expect(
      typeOf('The Chinese container line Orient Overseas Container Line will open a route.', 'Orient Overseas Container Line'),
    ).not.toBe('INFRASTRUCTURE');
  });

  it('types a name before "pier" or "wharf" a facility', () => {
    expect(typeOf('Shougang ships ore from the San Nicolás pier every day.', 'San Nicolás')).toBe('INFRASTRUCTURE');
  });

  it('types a family a group, and a Spanish name opening with a company’s kind a company', () => {
    expect(typeOf('The founding Brescia family kept 55%.', 'Brescia')).toBe('GROUP');
    expect(typeOf('La familia Benavides vendió la empresa.', 'Benavides')).toBe('GROUP');
    expect(typeOf('Las acciones fueron vendidas por Inversiones Cordillera ayer.', 'Inversiones Cordillera')).toBe('COMPANY');
  });

  it('reads Spanish "la mayor productora" as "the largest producer", and "which" after a body', () => {
    expect(typeOf('Las plantas pertenecen a Marinasol, la mayor productora de langostinos.', 'Marinasol')).toBe('COMPANY');
    expect(typeOf('Vende a Camposol, una de las mayores agroexportadoras peruanas.', 'Camposol')).not.toBe('PERSON');
    // No person, so the sentence decides (contextType).
    expect(typeOf('It agreed to buy Torres Andinas, which runs 3,100 towers.', 'Torres Andinas', { named: 'person' })).toBeUndefined();
    expect(typeOf('It hired Juan Torres, which surprised many.', 'Juan Torres', { named: 'person', tags: { Juan: ['FirstName'] } })).toBe(
      'PERSON',
    );
  });

  it('types a bank of many states an organisation, a department or command a state body', () => {
    expect(typeOf('The Inter-American Development Bank lent $100m.', 'Inter-American Development Bank')).toBe('ORGANIZATION');
    expect(typeOf('El Banco Mundial prestó US$ 100 millones.', 'Banco Mundial')).toBe('ORGANIZATION');
    expect(typeOf('The China Development Bank lent $100m.', 'China Development Bank')).toBe('COMPANY');
    expect(typeOf('The State Department warned about the port.', 'State Department')).toBe('GOVERNMENT');
    expect(typeOf('The US Southern Command warned about the port.', 'US Southern Command')).toBe('GOVERNMENT');
  });

  it('types a community a group, not the province it is named after', () => {
    expect(typeOf('La comunidad campesina de Fuerabamba bloqueó la vía.', 'Fuerabamba')).toBe('GROUP');
    expect(typeOf('about 20 Matsigenka communities live there', 'Matsigenka')).toBe('GROUP');
    expect(typeOf('Communities of Chumbivilcas province blocked the road', 'Chumbivilcas')).toBe('PLACE');
  });

  it('types a consortium a company, whatever facility its name holds', () => {
    expect(typeOf('The Consorcio Metro Lima Norte won the tender', 'Consorcio Metro Lima Norte')).toBe('COMPANY');
    expect(typeOf('the Lima Metro Consortium won', 'Lima Metro Consortium')).toBe('COMPANY');
  });

  it('takes the head word before "of", else the last word with a type', () => {
    expect(typeOf('the Bank of the Port lent', 'Bank of the Port')).toBe('COMPANY');
    expect(typeOf('the Institute of the Port said', 'Institute of the Port')).toBe('ORGANIZATION');
    expect(typeOf('the National Institute of the Port said', 'National Institute of the Port')).toBe('GOVERNMENT');
    expect(typeOf('outside Government Palace today', 'Government Palace')).toBe('PLACE');
  });

  it('makes a person of a name before ", who" or after "el presidente de la petrolera estatal peruana,"; a campus a facility', () => {
    expect(typeOf('Ana Tacora, who heads the ministry, spoke', 'Ana Tacora')).toBe('PERSON');
    expect(typeOf('firmado por el presidente de la petrolera estatal peruana, Ana Tacora, y', 'Ana Tacora')).toBe('PERSON');
    expect(typeOf('opened the Tacora Cloud Campus on Monday', 'Tacora Cloud Campus')).toBe('INFRASTRUCTURE');
    expect(typeOf('places in Beca Tacora, a scholarship run by the state', 'Beca Tacora')).toBe('PROGRAM');
    expect(typeOf('run by Tacora Andes, the state agency for grants', 'Tacora Andes')).toBe('GOVERNMENT');
    // A facility's noun before the comma names a facility; a plural one after coordinated names, each of them.
    expect(typeOf('once a third pit, Tacora Sur, is running', 'Tacora Sur')).toBe('INFRASTRUCTURE');
    expect(typeOf('including the Andes and Tacora Sur plants.', 'Tacora Sur')).toBe('INFRASTRUCTURE');
    expect(typeOf('opened the plant with the Chinese ambassador, Qian Tacora, on Friday', 'Qian Tacora')).toBe('PERSON');
    expect(typeOf('opened the exhibition Tacora Bronzes on Tuesday', 'Tacora Bronzes')).toBe('EVENT');
    // A noun after "at" or "of" is a complement: "his counterpart at the smelter, X" is a person named after it.
    expect(typeOf('said his counterpart at the smelter, Liu Tacora, on Monday', 'Liu Tacora')).not.toBe('COMPANY');
    expect(typeOf('sells to Tacora Zinc, a smelter in Hunan', 'Tacora Zinc')).toBe('COMPANY');
  });

  it('makes a place of the two ends a road joins, past the road’s noun and the verb', () => {
    const typeOf = (text: string, name: string) => {
      const { terms, first, last } = oneName(text, name);
      return contextType(terms, { first, last });
    };
    expect(typeOf('El tramo unirá Tacora con La Oroya en 2027.', 'Tacora')).toBe('PLACE');
    expect(typeOf('The road will link Tacora to Cutervo.', 'Tacora')).toBe('PLACE');
    expect(candidateType(oneName('El tramo unirá Tacora con La Oroya.', 'Tacora'))).not.toBe('INFRASTRUCTURE');
  });

  it('makes a place of an English name ending in "River" or "Valley", even after a facility’s noun', () => {
    expect(typeOf('the mine pollutes the Tacora River, they said', 'Tacora River')).toBe('PLACE');
    expect(typeOf('a dam on the Tacora River planned by X', 'Tacora River')).toBe('PLACE');
    expect(typeOf('la mina Río Tacora produce', 'Río Tacora')).toBe('INFRASTRUCTURE');
  });

  it('makes a person of a first name and surnames that hold a head word inside or a Spanish head last', () => {
    const tags = { Jorge: ['FirstName'], Carmen: ['FirstName'] };
    expect(typeOf('presidida por el rector, Jorge Seminario Abad, ayer', 'Jorge Seminario Abad', { tags })).toBe('PERSON');
    expect(typeOf('encabezada por su presidenta, Carmen Olivares Puente, ayer', 'Carmen Olivares Puente', { tags })).toBe('PERSON');
    expect(typeOf('planes del Seminario Internacional de Minería ayer', 'Seminario Internacional de Minería', { tags })).toBe('EVENT');
    expect(typeOf('landed at Jorge Chávez International Airport today', 'Jorge Chávez International Airport', { tags })).toBe(
      'INFRASTRUCTURE',
    );
    expect(typeOf('por el jefe del organismo, Miguel Quevedo Valle, y', 'Miguel Quevedo Valle', { tags: { Miguel: ['FirstName'] } })).toBe(
      'PERSON',
    );
  });

  it('makes a place of an untyped name between "between" and "and", or before ", in the … region"', () => {
    const typeOf = (text: string, name: string) => {
      const { terms, first, last } = oneName(text, name);
      return candidateType({ terms, first, last }) ?? contextType(terms, { first, last });
    };
    expect(typeOf('paving the section between Chota and Cutervo, in the Cajamarca region, since 2022', 'Chota')).toBe('PLACE');
    expect(typeOf('paving the section between Chota and Cutervo, in the Cajamarca region, since 2022', 'Cutervo')).toBe('PLACE');
    expect(typeOf('fueron entregados en Marte Norte, en el distrito de Jesús María', 'Marte Norte')).toBe('PLACE');
    expect(typeOf('opera nueve centrales, entre ellas Cheves, en Huaral.', 'Cheves')).toBe('PLACE');
    expect(typeOf('the deal with Tacora Holdings, in which it holds 10%', 'Tacora Holdings')).toBe('COMPANY');
  });

  it('reads an apposition past the acronym in brackets ("X (TASA), Peru’s largest fishmeal producer,")', () => {
    const text = 'LIMA — Tecnológica de Alimentos (TASA), Peru’s largest fishmeal producer, signed a deal.';
    expect(typeOf(text, 'Tecnológica de Alimentos', { named: 'person' })).toBe('COMPANY');
  });

  it('takes the noun before a postposed adjective ("la automotriz china Chery"), for a body or facility only', () => {
    expect(typeOf('inauguró la automotriz china Chery su tienda', 'Chery')).toBe('COMPANY');
    expect(typeOf('con el grupo arequipeño Automotores Sur ayer', 'Automotores Sur')).toBe('COMPANY');
    expect(typeOf('el regulador peruano Osiptel multó', 'Osiptel')).toBe('GOVERNMENT');
    // A person's title before an adjective says nothing here.
    expect(typeOf('dijo el ministro chino Wang ayer', 'Wang')).not.toBe('COMPANY');
  });

  it('makes a person of a name after an office of a body, capitalised or not ("Peru’s Minister of Energy and Mines, X,")', () => {
    expect(typeOf('Peru’s Minister of Energy and Mines, Rómulo Mucho, met', 'Rómulo Mucho')).toBe('PERSON');
    expect(typeOf('el gobernador regional de Áncash, Koki Noriega, dijo', 'Koki Noriega')).toBe('PERSON');
    expect(typeOf('El titular del Ministerio de Energía y Minas, Rómulo Mucho, sostuvo', 'Rómulo Mucho')).toBe('PERSON');
  });

  it('reads a kind past the article a name holds ("the newspaper El Comercio"), and more facility nouns', () => {
    expect(typeOf('he told the newspaper El Comercio that', 'Comercio')).toBe('MEDIA');
    expect(typeOf('al parque eólico Wayra Sur, que', 'Wayra Sur')).toBe('INFRASTRUCTURE');
    expect(typeOf('partiría de la estación Desamparados, en', 'Desamparados')).toBe('INFRASTRUCTURE');
    expect(typeOf('construyó el Ferrocarril Adís Abeba-Yibuti en 2016', 'Ferrocarril Adís Abeba-Yibuti')).toBe('INFRASTRUCTURE');
    expect(typeOf('operará el Tren Lima-Ica desde', 'Tren Lima-Ica')).toBe('INFRASTRUCTURE');
    expect(typeOf('con la agencia de viajes en línea Trip.com ayer', 'Trip.com')).not.toBe('INFRASTRUCTURE');
  });

  it('takes a word before the name, then one or two words after it', () => {
    expect(typeOf('approved by the regulator Ositrán yesterday', 'Ositrán')).toBe('GOVERNMENT');
    expect(typeOf('work at the Toromocho copper mine began', 'Toromocho')).toBe('INFRASTRUCTURE');
    // "said" makes a person of a name that can be one, of two words or more: a body says things too.
    expect(typeOf('then Rómulo Mucho said so', 'Rómulo Mucho')).toBe('PERSON');
    expect(typeOf('then Mucho said so', 'Mucho')).toBeUndefined();
    expect(typeOf('the ATU said Yutong’s buses run', 'Yutong’s')).toBeUndefined();
    expect(typeOf('“It works,” said Ana Ruiz today', 'Ana Ruiz')).toBe('PERSON');
  });

  it('prefers "in" to the library’s guess of an organisation for one word, not for more', () => {
    expect(typeOf('born in Lima', 'Lima')).toBe('PLACE');
    expect(typeOf('born in Lima', 'Lima', { named: 'organization' })).toBe('PLACE');
    expect(typeOf('work in Blue Falcon Logistics', 'Blue Falcon Logistics', { named: 'organization' })).toBe('COMPANY');
    expect(typeOf('work in Blue Falcon', 'Blue Falcon', { named: 'organization' })).toBe('COMPANY');
    // One word is a person's only with a title before it, whatever the library's tags.
    expect(typeOf('born in Lima', 'Lima', { tags: { Lima: ['Person'] } })).toBe('PLACE');
    expect(typeOf('she met Minister Quispe', 'Quispe')).toBe('PERSON');
  });

  it('reads the library’s tags: all countries, else nothing to go by (an acronym alone is typed by its sentence)', () => {
    expect(typeOf('trade with Peru grew', 'Peru', { tags: { Peru: ['Country', 'Place'] } })).toBe('COUNTRY');
    expect(typeOf('the MTC approved', 'MTC', { tags: { MTC: ['Acronym'] } })).toBeUndefined();
    expect(typeOf('the Toromocho grew', 'Toromocho')).toBeUndefined();
  });

  it('types a name by the facility or place kind a few words before it, not across a place’s preposition', () => {
    expect(typeOf('loaded at el puerto de Matanza today', 'Matanza')).toBe('INFRASTRUCTURE');
    expect(typeOf('the hospital in Huanta opened', 'Huanta')).toBe('PLACE');
    expect(typeOf('con sede en el distrito limeño de La Victoria, importó', 'Victoria')).toBe('PLACE');
    expect(typeOf('then Matanza es operado por Tisal', 'Matanza')).toBe('INFRASTRUCTURE');
    expect(typeOf('the firm operates Talara now', 'Talara')).toBe('INFRASTRUCTURE');
    expect(typeOf('sostuvo que el río Rumichaca ya presenta arsénico', 'Rumichaca')).toBe('PLACE');
    expect(typeOf('piezas de Caral, en el valle de Supe, al norte', 'Supe')).toBe('PLACE');
  });

  it('makes a company of a name with a facility word that runs a facility or has a corporate last word', () => {
    expect(typeOf('opera desde 2018 la concesionaria Salaverry Terminal Norte en el puerto', 'Salaverry Terminal Norte')).toBe('COMPANY');
    expect(typeOf('que opera el consorcio Metro de Lima Línea 2 desde 2014', 'Metro de Lima Línea 2')).toBe('COMPANY');
    expect(typeOf('is 70% owned by Hanhai Port Investment since 2021', 'Hanhai Port Investment')).toBe('COMPANY');
    expect(typeOf('ships leave from the Salaverry Terminal since 2018', 'Salaverry Terminal')).toBe('INFRASTRUCTURE');
    // An apposition naming a company and what it does: "the company that operates", "the operator of".
    const railway = 'the yard of Ferrocarril Central Andino, the company that operates the line';
    expect(typeOf(railway, 'Ferrocarril Central Andino')).toBe('COMPANY');
    expect(typeOf('fined Callao Bulk Terminal, the operator of the pier', 'Callao Bulk Terminal')).toBe('COMPANY');
    // A facility named like a place: its apposition says what it is.
    expect(typeOf('to build Lima Cargo City, a freight terminal at the airport', 'Lima Cargo City')).toBe('INFRASTRUCTURE');
    // "the concessionaire said" is the next clause's subject, no apposition.
    expect(typeOf('a terminal at Jorge Chávez Airport, the concessionaire said', 'Jorge Chávez Airport')).toBe('INFRASTRUCTURE');
  });

  it('prefers a kind noun before the name to a head word only after "de" ("el consorcio Vías Andinas del Centro")', () => {
    expect(typeOf('firmó con el consorcio Vías Andinas del Centro el contrato', 'Vías Andinas del Centro')).toBe('COMPANY');
    expect(typeOf('firmó con el Centro de Estudios Andinos el contrato', 'Centro de Estudios Andinos')).toBe('ORGANIZATION');
  });

  it('makes a company of a name opening with a Spanish trade adjective or ending in a metal ("Aurífera X", "Northridge Gold")', () => {
    expect(typeOf('agreed to buy 60% of Aurífera Cóndor de Pataz from them', 'Aurífera Cóndor de Pataz')).toBe('COMPANY');
    expect(typeOf('bought it from Northridge Gold for $410m', 'Northridge Gold')).toBe('COMPANY');
  });

  it('types a name by an apposition after it, but not by a clause that follows a comma', () => {
    expect(typeOf('pay for Alto Yura, a dam and tunnel project', 'Alto Yura')).toBe('INFRASTRUCTURE');
    expect(typeOf('then Tisal, filial del grupo, said', 'Tisal')).toBe('COMPANY');
    expect(typeOf('Rosa Quispe Paz, the mine’s manager, spoke', 'Rosa Quispe Paz')).toBe('PERSON');
    expect(typeOf('then Rosa Quispe Paz, said the lender, spoke', 'Rosa Quispe Paz')).not.toBe('COMPANY');
  });

  it('types a person by an office before its comma: "the regulator’s head, X", "el gobernador de Áncash, X"', () => {
    expect(typeOf('The regulator’s head, Rosa Quispe Paz, said', 'Rosa Quispe Paz')).toBe('PERSON');
    expect(typeOf('El gobernador regional de Áncash, Hilario Rondán Paz, pidió', 'Hilario Rondán Paz')).toBe('PERSON');
    expect(typeOf('El jefe de la ANA, Ernesto Gálvez Paz, ordenó', 'Ernesto Gálvez Paz')).toBe('PERSON');
  });
  it('takes a Spanish name’s opening head noun over a company word after it', () => {
    expect(typeOf('ayer la Federación Minera del Sur convocó', 'Federación Minera del Sur')).toBe('ORGANIZATION');
    expect(typeOf('ayer la Cámara Minera informó', 'Cámara Minera')).toBe('ORGANIZATION');
    expect(typeOf('ayer la Presa Limonal almacenó', 'Presa Limonal')).toBe('INFRASTRUCTURE');
    expect(typeOf('ayer la Fundición de La Orilla reanudó', 'Fundición de La Orilla')).toBe('INFRASTRUCTURE');
    // A company's Spanish opening word is no institution's: "Sociedad Minera X" stays a company.
    expect(typeOf('ayer la Sociedad Minera Cerro Azul anunció', 'Sociedad Minera Cerro Azul')).toBe('COMPANY');
  });

  it('lets the rest of a name decide a park, a zone or a congress', () => {
    expect(typeOf('ayer el Parque Industrial de Ancona creció', 'Parque Industrial de Ancona')).toBe('INFRASTRUCTURE');
    expect(typeOf('the Tacora Special Economic Zone opened', 'Tacora Special Economic Zone')).toBe('INFRASTRUCTURE');
    expect(typeOf('ayer el Parque Kennedy lució', 'Parque Kennedy')).toBe('PLACE');
    expect(typeOf('ayer el Congreso Internacional de Minería abrió', 'Congreso Internacional de Minería')).toBe('EVENT');
    expect(typeOf('ayer el Congreso de la República votó', 'Congreso de la República')).toBe('GOVERNMENT');
  });

  it('types facilities, places and events by head words in either language', () => {
    expect(typeOf('the Ilo Smelter processes ore', 'Ilo Smelter')).toBe('INFRASTRUCTURE');
    expect(typeOf('el Gasoducto Sur Andino costó', 'Gasoducto Sur Andino')).toBe('INFRASTRUCTURE');
    expect(typeOf('el Túnel Trasandino conectaría', 'Túnel Trasandino')).toBe('INFRASTRUCTURE');
    expect(typeOf('la pesca en la Bahía de Paracas', 'Bahía de Paracas')).toBe('PLACE');
    expect(typeOf('the Lantern Festival drew crowds', 'Lantern Festival', { named: 'person' })).toBe('EVENT');
    expect(typeOf('el Consulado General de Tacora abrió', 'Consulado General de Tacora')).toBe('GOVERNMENT');
  });

  it('types a name by a facility noun before it, and by a facility or river noun after it', () => {
    expect(typeOf('la carretera Longitudinal de la Sierra une', 'Longitudinal de la Sierra', { named: 'person' })).toBe('INFRASTRUCTURE');
    expect(typeOf('the Mantara hydroelectric complex supplies', 'Mantara')).toBe('INFRASTRUCTURE');
    expect(typeOf('the Camisa pipeline carries gas', 'Camisa')).toBe('INFRASTRUCTURE');
    expect(typeOf('barges on the Ucayala river sail', 'Ucayala')).toBe('PLACE');
  });

  it('reads a Spanish locative "en" as English "in", and Spanish statement verbs as "said"', () => {
    expect(typeOf('protestaron en Huarmala el lunes', 'Huarmala')).toBe('PLACE');
    expect(typeOf('luego Elena Castro afirmó que', 'Elena Castro')).toBe('PERSON');
  });

  it('types a name by "one of the … <plural kind>" after its comma', () => {
    expect(typeOf('output at Quellabamba, one of the largest copper mines, fell', 'Quellabamba')).toBe('INFRASTRUCTURE');
    expect(typeOf('la producción de Antapampa, una de las minas más grandes, cayó', 'Antapampa')).toBe('INFRASTRUCTURE');
    expect(typeOf('the deal with Sinofer, one of the biggest companies, closed', 'Sinofer')).toBe('COMPANY');
    expect(['mines', 'refinerias', 'companies', 'fundiciones', 'empresas'].map(singular)).toEqual([
      'mine',
      'refineria',
      'company',
      'fundicion',
      'empresa',
    ]);
  });

  it('reads an organisation only in a sentence about non-profits, plural nouns included', () => {
    expect(typeOf('ayer Confiam, que agrupa a los gremios, respaldó', 'Confiam', { named: 'organization' })).toBe('ORGANIZATION');
  });

  it('takes the head of an apposition before a name, not the complement after its "of"', () => {
    expect(typeOf('El secretario general del sindicato, Marco Ruiz Paz, dijo', 'Marco Ruiz Paz')).not.toBe('ORGANIZATION');
    expect(typeOf('approved by the energy regulator, Osinerma, today', 'Osinerma')).toBe('GOVERNMENT');
    expect(typeOf('The head of the regulator, Rosa Quispe Paz, said', 'Rosa Quispe Paz')).toBe('PERSON');
  });
});
