import type { CorpusArticle } from '../../corpus-article.js';

/** ProInversión adjudica a China Gas Holdings el gas natural de Apurímac, Ayacucho y Huancavelica: rivales, filial, proveedor (Spanish). */
export const article: CorpusArticle = {
  name: 'energy: China Gas Holdings gana la concesión de gas natural del sur andino',
  language: 'es',
  publishedAt: '2024-03-27',
  annotated:
    '[[LIMA|lima]], 26 de marzo — {{ProInversión|GOVERNMENT}} adjudicó este martes a la china ' +
    '{{China Gas Holdings|COMPANY}} la concesión para distribuir gas natural en {{Apurímac|PLACE}}, ' +
    '{{Ayacucho|PLACE}} y {{Huancavelica|PLACE}}, un proyecto que beneficiará a unas 90.000 viviendas. ' +
    'La empresa, con sede en [[Shenzhen|shenzhen]] y que cotiza en la bolsa de {{Hong Kong|PLACE}}, ofreció invertir ' +
    'US$ 210 millones en redes de ductos durante los primeros ocho años. ' +
    'Superó a {{Cálidda|COMPANY}}, la distribuidora de gas de [[Lima|lima]], controlada por el ' +
    '{{Grupo Energía Bogotá|COMPANY}}, y a la española {{Naturgy|COMPANY}}. ' +
    'El gas llegará en camiones cisterna desde la planta de {{Pampa Melchorita|INFRASTRUCTURE}}, que ' +
    '{{Perú LNG|COMPANY}} opera en {{Cañete|PLACE}}, hasta que se construya el ' +
    '{{Gasoducto Sur Andino|INFRASTRUCTURE}}. ' +
    'El titular del {{Ministerio de Energía y Minas|GOVERNMENT}}, {{Rómulo Mucho|PERSON}}, sostuvo que es la primera ' +
    'vez que una empresa china distribuirá gas en el [[Perú|peru]]. ' +
    'El contrato, de 32 años, se firmará en abril y será supervisado por {{Osinergmin|GOVERNMENT}}, que fijará las ' +
    'tarifas. ' +
    'El gerente para {{América Latina|PLACE}} de {{China Gas|COMPANY|china-gas-holdings}}, {{Chen Xiaoyun|PERSON}}, ' +
    'dijo a la agencia {{EFE|MEDIA}} que la compañía creará una filial, {{China Gas Perú|COMPANY}}, con oficinas en ' +
    '{{Ayacucho|PLACE}}. ' +
    'Añadió que {{China Gas Perú|COMPANY}} comprará tuberías al fabricante peruano {{Tubos Andinos|COMPANY}}, de ' +
    '{{Arequipa|PLACE}}. ' +
    'Dirigentes del {{Frente de Defensa de los Intereses de Ayacucho|ORGANIZATION}} saludaron la adjudicación, pero ' +
    'exigieron que el gas llegue primero a los barrios pobres de {{Huamanga|PLACE}}.',
  relationships: [
    { type: 'GRANTED_EXCLUSIVITY_TO', source: 'proinversion', target: 'china-gas-holdings', sentence: 1, validFrom: '2024-03-26' },
    { type: 'AFFILIATED_WITH', source: 'china-gas-holdings', target: 'china', sentence: 1 },
    { type: 'HEADQUARTERED_IN', source: 'china-gas-holdings', target: 'shenzhen', sentence: 2 },
    { type: 'OWNS', source: 'grupo-energia-bogota', target: 'calidda', sentence: 3 },
    { type: 'LOCATED_IN', source: 'calidda', target: 'lima', sentence: 3 },
    { type: 'OPERATES', source: 'peru-lng', target: 'pampa-melchorita', sentence: 4 },
    { type: 'LOCATED_IN', source: 'pampa-melchorita', target: 'canete', sentence: 4 },
    { type: 'LEADS', source: 'romulo-mucho', target: 'ministerio-de-energia-y-minas', sentence: 5 },
    { type: 'STATED', source: 'romulo-mucho', target: 'china-gas-holdings', sentence: 5 },
    { type: 'REGULATES', source: 'osinergmin', target: 'china-gas-holdings', sentence: 6 },
    { type: 'LEADS', source: 'chen-xiaoyun', target: 'china-gas-holdings', sentence: 7 },
    { type: 'COMMUNICATED_VIA', source: 'chen-xiaoyun', target: 'efe', sentence: 7 },
    { type: 'STATED', source: 'chen-xiaoyun', target: 'china-gas-holdings', sentence: 7 },
    { type: 'PART_OF', source: 'china-gas-peru', target: 'china-gas-holdings', sentence: 7 },
    { type: 'HEADQUARTERED_IN', source: 'china-gas-peru', target: 'ayacucho', sentence: 7 },
    { type: 'PARTNERS_WITH', source: 'china-gas-peru', target: 'tubos-andinos', sentence: 8 },
    { type: 'AFFILIATED_WITH', source: 'tubos-andinos', target: 'peru', sentence: 8 },
    { type: 'HEADQUARTERED_IN', source: 'tubos-andinos', target: 'arequipa', sentence: 8 },
    { type: 'STATED', source: 'frente-de-defensa-de-los-intereses-de-ayacucho', target: 'proinversion', sentence: 9 },
  ],
};
