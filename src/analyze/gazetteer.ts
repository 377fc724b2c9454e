/**
 * Places and countries a name is known to be, whatever its neighbours say: the regions and main
 * cities of Peru and China, the world's regions, and the countries China–Peru news names most.
 * Names are folded (lower case, no accents) as `foldForMatch` folds them.
 */
import { foldForMatch, wordsPattern } from '../domain/text.js';
import type { EntityType } from '../domain/vocabulary.js';

const PERU =
  'lima|callao|chancay|huaral|arequipa|cusco|cuzco|trujillo|chiclayo|piura|iquitos|tacna|puno|juliaca|ica|pisco|huancayo|' +
  'cajamarca|ayacucho|huancavelica|apurimac|abancay|junin|ancash|huaraz|chimbote|moquegua|ilo|loreto|ucayali|pucallpa|' +
  'madre de dios|san martin|amazonas|tumbes|pasco|huanuco|lambayeque|la libertad|paita|san juan de marcona|nazca|' +
  'pachacamac|huari|puquio|lucanas|' +
  'la oroya|macusani|' +
  'chala|cerro de pasco|puerto maldonado|chachapoyas|moyobamba|tarapoto|sullana|talara|chincha|canete|huacho|barranca|' +
  'huarmey|jaen|tarma|la merced|yurimaguas|mollendo|camana|andahuaylas|bagua|tingo maria|huamanga|nasca|quillabamba|' +
  'sicuani|challhuahuacho|ilave|desaguadero|mancora|casma|huanta|satipo|oxapampa|lurin|ancon|ventanilla|miraflores|' +
  'san isidro|santiago de surco|la victoria|san borja|chorrillos|barranco|comas|carabayllo|san juan de lurigancho|' +
  'villa el salvador|lince|pueblo libre|rimac|la molina|san martin de porres|los olivos|independencia';
const CHINA =
  'beijing|pekin|peking|shanghai|guangzhou|canton|shenzhen|tianjin|chongqing|wuhan|chengdu|hangzhou|nanjing|xiamen|' +
  'qingdao|ningbo|dalian|xian|xi an|hong kong|macau|macao|guangdong|fujian|zhejiang|jiangsu|shandong|yunnan|sichuan|hubei|' +
  'hunan|hebei|henan|anhui|jiangxi|guangxi|hainan|liaoning|jilin|heilongjiang|shaanxi|shanxi|gansu|qinghai|xinjiang|' +
  'tibet|inner mongolia|ningxia|guizhou|taiwan|taipei|suzhou|kunming|harbin|zhengzhou|changsha|jinan|shenyang|hefei|' +
  'fuzhou|nanning|lanzhou|urumqi|lhasa|yiwu|zhuhai|dongguan|foshan|wuxi|changchun|taiyuan|shijiazhuang|guiyang|haikou|' +
  'sanya|hohhot|yinchuan|xining|zhoushan|lianyungang|yantai|weihai|tangshan|baotou|shantou|wenzhou|quanzhou';
const WORLD =
  'latin america|america latina|latinoamerica|south america|sudamerica|suramerica|america del sur|north america|' +
  'central america|centroamerica|asia|asia pacific|asia pacifico|the pacific|el pacifico|pacific|pacifico|south pacific|' +
  'pacifico sur|andes|africa|europe|' +
  'europa|oceania|the andes|los andes|amazon|amazonia|the amazon|la amazonia|middle east|medio oriente|washington dc|' +
  'new york|nueva york|sao paulo|santiago|bogota|quito|buenos aires|mexico city|la paz|brasilia|tokyo|seoul|moscow|' +
  'london|paris|madrid|brussels|geneva|ginebra|singapore|singapur';
const COUNTRIES =
  'peru|china|united states|estados unidos|usa|brazil|brasil|chile|argentina|colombia|ecuador|bolivia|mexico|canada|' +
  'japan|japon|south korea|corea del sur|korea|corea|russia|rusia|india|australia|new zealand|nueva zelanda|germany|' +
  'alemania|france|francia|spain|espana|italy|italia|united kingdom|reino unido|switzerland|suiza|netherlands|' +
  'paises bajos|vietnam|indonesia|philippines|filipinas|thailand|tailandia|malaysia|malasia|panama|venezuela|uruguay|' +
  'paraguay|cuba|costa rica|guatemala|honduras|nicaragua|el salvador|dominican republic|republica dominicana|' +
  'south africa|sudafrica|egypt|egipto|saudi arabia|arabia saudita|united arab emirates|emiratos arabes unidos|turkey|' +
  'turquia|iran|israel|pakistan|bangladesh|sri lanka|myanmar|cambodia|camboya|laos|mongolia|north korea|corea del norte|' +
  'kazakhstan|kazajistan|ukraine|ucrania|poland|polonia|portugal|belgium|belgica|sweden|suecia|norway|noruega|denmark|' +
  'dinamarca|finland|finlandia|austria|greece|grecia|ireland|irlanda|nigeria|kenya|kenia|ethiopia|etiopia|' +
  'fiji|papua new guinea|papua nueva guinea|brunei';

/** Peru's regions that are no city's name too, China's provinces, and the world's regions: what "the region" can name. */
const REGIONS_ONLY = new Set(
  (
    'amazonas|ancash|apurimac|junin|la libertad|lambayeque|loreto|madre de dios|san martin|ucayali|guangdong|fujian|zhejiang|' +
    'jiangsu|shandong|yunnan|sichuan|hubei|hunan|hebei|henan|anhui|jiangxi|guangxi|hainan|liaoning|jilin|heilongjiang|shaanxi|' +
    'shanxi|gansu|qinghai|xinjiang|tibet|inner mongolia|ningxia|guizhou|' +
    WORLD
  ).split('|'),
);
/**
 * Peru's regions whose capital has their name ("Arequipa", "Ica"): "the region" or "the city" can name
 * them. Lima and Callao are read as their cities.
 */
const REGIONS_AND_CITIES = new Set('arequipa|cajamarca|cusco|cuzco|huancavelica|huanuco|ica|moquegua|piura|puno|tacna|tumbes'.split('|'));
const CITIES = new Set([...PERU.split('|'), ...CHINA.split('|')].filter((n) => !REGIONS_ONLY.has(n)));

/** What a known place's name is: a region, a city (or town), or either; undefined when the gazetteer does not know it. */
export function placeKind(name: string): 'region' | 'city' | 'either' | undefined {
  const key = foldForMatch(name);
  return REGIONS_AND_CITIES.has(key) ? 'either' : REGIONS_ONLY.has(key) ? 'region' : CITIES.has(key) ? 'city' : undefined;
}

const PERU_PLACES = new Set(PERU.split('|'));
const CHINA_PLACES = new Set(CHINA.split('|'));
/** The country whose place a name holds ("Universidad Nacional de Piura" → peru, "Hunan Zhuye Smelting" → china), if one. */
export function countryOfPlaceIn(name: string): 'china' | 'peru' | undefined {
  const words = foldForMatch(name)
    .split(/[^a-z]+/u)
    .filter(Boolean);
  const found = new Set<'china' | 'peru'>();
  for (let i = 0; i < words.length; i++)
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const key = words.slice(i, i + n).join(' ');
      if (PERU_PLACES.has(key)) found.add('peru');
      if (CHINA_PLACES.has(key)) found.add('china');
    }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Common Chinese surnames in pinyin, written first in a Chinese name ("Xi Jinping", "Wang Wentao"). */
export const CHINESE_SURNAMES = wordsPattern(
  'bai|cai|cao|chen|cheng|cui|dai|deng|ding|dong|du|duan|fan|fang|feng|fu|gao|gong|gu|guo|han|hao|he|hou|hu|huang|jia|jiang|' +
    'jin|kang|kong|lai|li|liang|liao|lin|liu|long|lu|luo|ma|mao|meng|pan|peng|qian|qin|qiu|ren|shao|shen|shi|song|su|sun|' +
    'tan|tang|tian|wan|wang|wei|wen|wu|xi|xia|xiao|xie|xiong|xu|xue|yan|yang|yao|ye|yi|yin|yu|yuan|zeng|zhang|zhao|' +
    'zheng|zhong|zhou|zhu|zou|' +
    'bao|bi|chai|chang|chu|gan|ge|geng|hong|huo|ji|jiao|jing|kou|lan|lei|lian|ling|lou|mei|miao|min|mu|nie|ning|niu|ou|pei|' +
    'pu|qi|qiao|qu|rao|rong|ruan|shan|shang|shu|tao|tong|weng|xiang|xin|xing|yong|yue|zhai|zhan|zhuang|zhuo|zuo',
);

/** News outlets of Peru, China and the wires, by name. */
const MEDIA =
  'el comercio|la republica|gestion|rpp|andina|canal n|america tv|latina|panamericana|peru21|correo|expreso|caretas|' +
  'ojo publico|idl reporteros|xinhua|cgtn|global times|people s daily|china daily|south china morning post|reuters|' +
  'bloomberg|afp|efe|associated press|ap|bbc|financial times|wall street journal';
/** State bodies of Peru and China that news name by acronym or short name. */
const STATE_BODIES =
  'sunat|sbs|promperu|ingemmet|indecopi|imarpe|osinergmin|osiptel|ositran|oefa|sunedu|mef|mtc|minem|produce|mincetur|' +
  'pcm|cancilleria|sernanp|ana|digesa|senasa|sunafil|devida|ceplan|proinversion|bcrp|minam|minsa|minedu|mtpe|mininter|' +
  'mindef|midagri|conida|senamhi|igp|contraloria|mofcom|ndrc|cidca|sasac|safe|pboc|cbirc|nhc|mfa';
/** Universities and research bodies news name by short name. */
const SCHOOLS = 'tsinghua|pucp|unmsm|uni|upc|up|usil|peking university|fudan|renmin|zhejiang university|cass';

const table = (names: string, type: EntityType): [string, EntityType][] => names.split('|').map((n) => [n, type]);
const KNOWN: ReadonlyMap<string, EntityType> = new Map([
  ...table(PERU, 'PLACE'),
  ...table(CHINA, 'PLACE'),
  ...table(WORLD, 'PLACE'),
  ...table(COUNTRIES, 'COUNTRY'),
  ...table(MEDIA, 'MEDIA'),
  ...table(STATE_BODIES, 'GOVERNMENT'),
  ...table(SCHOOLS, 'ORGANIZATION'),
]);

/** The type a gazetteer gives a whole name ("Shanghái" → PLACE, "Estados Unidos" → COUNTRY), if it holds it. */
export function gazetteerType(name: string): EntityType | undefined {
  const key = foldForMatch(name);
  const type = KNOWN.get(key);
  // A short body's name is an acronym, in capitals only: "ANA" is the water authority, "Ana" a first name.
  if (type && type !== 'PLACE' && type !== 'COUNTRY' && key.length <= 4 && name !== name.toUpperCase()) return undefined;
  return type;
}
