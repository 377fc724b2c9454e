import type { CorpusArticle } from '../corpus-article.js';

export const article: CorpusArticle = {
  name: 'harina-pescado-tongwei-paita',
  language: 'es',
  publishedAt: '2023-11-30',
  annotated:
    'La pesquera {{Mar Andino|COMPANY}} firmó un contrato para vender 60.000 toneladas anuales de harina ' +
    'de pescado a {{Tongwei|COMPANY}}, el mayor fabricante chino de alimento para peces, por unos US$ ' +
    '100 millones durante los próximos tres años, informó la empresa el miércoles. La harina saldrá de ' +
    'la planta {{Paita Norte|INFRASTRUCTURE}}, que {{Mar Andino|COMPANY}} opera en {{Paita|PLACE}}, en ' +
    'la región {{Piura|PLACE}}, y será embarcada hacia el puerto de {{Zhanjiang|PLACE}}, en la provincia ' +
    'china de {{Guangdong|PLACE}}. {{Tongwei|COMPANY}}, con sede en {{Chengdu|PLACE}}, usa la harina ' +
    'peruana en el alimento de los camarones y las tilapias que cría en granjas del sur de ' +
    '[[China|china]]. “Los compradores chinos quieren contratos largos porque la anchoveta se ha vuelto ' +
    'impredecible”, dijo al diario {{Gestión|MEDIA}} el gerente general de la pesquera, {{Óscar Benavides Luna|PERSON}}. ' +
    'El acuerdo llega después de que el {{Ministerio de la Producción|GOVERNMENT}} ' +
    '({{Produce|GOVERNMENT|ministerio-de-la-produccion}}), que fija las cuotas de pesca, cancelara en ' +
    'junio la primera temporada de anchoveta del año por el calentamiento del mar asociado al fenómeno ' +
    '{{El Niño|EVENT}}. Según la {{Sociedad Nacional de Pesquería|ORGANIZATION}} ' +
    '({{SNP|ORGANIZATION|sociedad-nacional-de-pesqueria}}), [[China|china]] compró el 80% de la harina ' +
    'de pescado que exportó el [[Perú|peru]] en 2022. {{Mar Andino|COMPANY}} es controlada desde 2019 ' +
    'por el fondo de inversión {{Andes Pacífico Capital|COMPANY}}. En marzo, la pesquera compró la ' +
    'planta de {{Coishco|INFRASTRUCTURE}}, en {{Áncash|PLACE}}, a {{Austral Group|COMPANY}} por US$ 18 ' +
    'millones. {{Benavides|PERSON|oscar-benavides-luna}} añadió que la compañía evalúa abrir una oficina ' +
    'comercial en {{Shanghái|PLACE}} el próximo año. El consejero comercial de la {{Embajada de China|GOVERNMENT}} ' +
    'en [[Lima|lima]], {{Li Wei|PERSON}}, señaló que el [[TLC|china-peru-fta]] vigente desde 2010 ha ' +
    'convertido a la harina de pescado en uno de los pilares del comercio bilateral.',
  relationships: [
    {
      type: 'PARTNERS_WITH',
      source: 'mar-andino',
      target: 'tongwei',
      sentence: 1,
      quantities: [
        { value: 60000, unit: 't' },
        { value: 100000000, unit: 'USD' },
      ],
    },
    { type: 'AFFILIATED_WITH', source: 'tongwei', target: 'china', sentence: 1 },
    { type: 'STATED', source: 'mar-andino', target: 'tongwei', sentence: 1 },
    { type: 'OPERATES', source: 'mar-andino', target: 'paita-norte', sentence: 2 },
    { type: 'LOCATED_IN', source: 'paita-norte', target: 'paita', sentence: 2 },
    { type: 'LOCATED_IN', source: 'paita', target: 'piura', sentence: 2 },
    { type: 'LOCATED_IN', source: 'zhanjiang', target: 'guangdong', sentence: 2 },
    { type: 'LOCATED_IN', source: 'guangdong', target: 'china', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'tongwei', target: 'chengdu', sentence: 3 },
    { type: 'COMMUNICATED_VIA', source: 'oscar-benavides-luna', target: 'gestion', sentence: 4 },
    { type: 'LEADS', source: 'oscar-benavides-luna', target: 'mar-andino', sentence: 4 },
    { type: 'STATED', source: 'oscar-benavides-luna', target: 'china', sentence: 4 },
    { type: 'STATED', source: 'sociedad-nacional-de-pesqueria', target: 'china', sentence: 6 },
    { type: 'OWNS', source: 'andes-pacifico-capital', target: 'mar-andino', sentence: 7, validFrom: '2019' },
    {
      type: 'ACQUIRED',
      source: 'mar-andino',
      target: 'coishco',
      sentence: 8,
      validFrom: '2023-03',
      quantities: [{ value: 18000000, unit: 'USD' }],
    },
    {
      type: 'SOLD',
      source: 'austral-group',
      target: 'coishco',
      sentence: 8,
      validFrom: '2023-03',
      quantities: [{ value: 18000000, unit: 'USD' }],
    },
    { type: 'LOCATED_IN', source: 'coishco', target: 'ancash', sentence: 8 },
    { type: 'STATED', source: 'oscar-benavides-luna', target: 'mar-andino', sentence: 9 },
    { type: 'HOLDS_OFFICE_IN', source: 'li-wei', target: 'embajada-de-china', sentence: 10 },
    { type: 'LOCATED_IN', source: 'embajada-de-china', target: 'lima', sentence: 10 },
    { type: 'STATED', source: 'li-wei', target: 'china-peru-fta', sentence: 10 },
  ],
};
