/** Demonyms, shared by text analysis and search. */

/**
 * Demonyms and the country names (matching keys) they point to. In analyzed text a demonym is not
 * a mention but it affiliates ("Peruvian President …"); in a search it stands for its country
 * ("Chinese premier" finds the premier of China).
 */
export const DEMONYMS: readonly [RegExp, readonly string[]][] = [
  [/^(peruvian|peruano|peruana|peruanos|peruanas)$/iu, ['peru']],
  [/^(chinese|chino|chinos)$/iu, ['china', 'people s republic of china']],
  [/^(american|estadounidense)$/iu, ['united states', 'united states of america']],
  [/^(chilean|chileno|chilena)$/iu, ['chile']],
  [/^(brazilian|brasileño|brasileña|brasileno|brasilena)$/iu, ['brazil', 'brasil']],
  [/^(mexican|mexicano|mexicana)$/iu, ['mexico']],
  [/^(spanish|español|española|espanol|espanola)$/iu, ['spain', 'espana']],
  [/^(japanese|japonés|japonesa|japones)$/iu, ['japan', 'japon']],
  [/^(canadian|canadiense|canadienses)$/iu, ['canada']],
  [/^(british|británico|británica|britanico|britanica)$/iu, ['united kingdom', 'reino unido']],
  [/^(australian|australiano|australiana)$/iu, ['australia']],
  [/^(korean|coreano|coreana|surcoreano|surcoreana)$/iu, ['south korea', 'corea del sur']],
  [/^(russian|ruso|rusa)$/iu, ['russia', 'rusia']],
  [/^(german|alemán|alemana|aleman)$/iu, ['germany', 'alemania']],
  [/^(french|francés|francesa|frances)$/iu, ['france', 'francia']],
  [/^(italian|italiano|italiana)$/iu, ['italy', 'italia']],
  [/^(swiss|suizo)$/iu, ['switzerland', 'suiza']],
  [/^(colombian|colombiano|colombiana)$/iu, ['colombia']],
  [/^(ecuadorian|ecuatoriano|ecuatoriana)$/iu, ['ecuador']],
  [/^(bolivian|boliviano|boliviana)$/iu, ['bolivia']],
  [/^(argentine|argentinian|argentino)$/iu, ['argentina']],
  [/^(indian)$/iu, ['india']],
  [/^(vietnamese|vietnamita|vietnamitas)$/iu, ['vietnam']],
];

/** The first country key a word (folded or not) is a demonym of, or undefined. */
export function demonymCountry(word: string): string | undefined {
  return DEMONYMS.find(([re]) => re.test(word))?.[1][0];
}
