import { describe, expect, it } from 'vitest';
import {
  IDENTIFIER_SCHEMES,
  identifierKey,
  identifierModel,
  identifierProblem,
  identifiersOfKeys,
  isIdentifierScheme,
  normalizeIdentifierValue,
  parseIdentifierKey,
  sortedIdentifierKeys,
  wikidataEntityIri,
} from '../../src/domain/identifiers.js';

// Fixture values are fictitious: made of a chosen body and the check digit computed here, by the
// published rules, independently of the module under test.

/** A RUC: the ten digits and the SUNAT modulo-11 check digit. */
function ruc(body: string): string {
  const sum = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * Number(body[i]), 0);
  return body + String((11 - (sum % 11)) % 10);
}

const USCC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** A USCC: the 17 characters and the GB 32100-2015 modulo-31 check character (weights 3^i mod 31). */
function uscc(body: string): string {
  const sum = [...body].reduce((s, c, i) => s + USCC.indexOf(c) * (3 ** i % 31), 0);
  return body + USCC[(31 - (sum % 31)) % 31]!;
}

/** An LEI: the 18 characters and the ISO 7064 MOD 97-10 check digits. */
function lei(body: string): string {
  const digits = [...`${body}00`].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');
  const check = 98n - (BigInt(digits) % 97n);
  return body + String(check).padStart(2, '0');
}

const RUC = ruc('2012345678');
const USCC_VALUE = uscc('91110000MA01A2B3C');
const LEI_VALUE = lei('TESTFIXTURE0000001');

describe('domain: identifier schemes', () => {
  it('lists the schemes in the SDL order and recognises only them', () => {
    expect(IDENTIFIER_SCHEMES).toEqual(['WIKIDATA', 'PE_RUC', 'CN_USCC', 'LEI', 'OPENSANCTIONS', 'ISO3166']);
    expect(isIdentifierScheme('LEI')).toBe(true);
    expect(isIdentifierScheme('lei')).toBe(false);
    expect(isIdentifierScheme(7)).toBe(false);
  });

  it('writes each value in its one form: upper case where the scheme has none, no spaces or hyphens in numbers', () => {
    expect(normalizeIdentifierValue('WIKIDATA', ' q419 ')).toBe('Q419');
    expect(normalizeIdentifierValue('ISO3166', 'pe')).toBe('PE');
    expect(normalizeIdentifierValue('PE_RUC', '20 1234-5678 9')).toBe('20123456789');
    expect(normalizeIdentifierValue('CN_USCC', ' 9111 0000 ma01a2b3c8 ')).toBe('91110000MA01A2B3C8');
    expect(normalizeIdentifierValue('LEI', 'test fixture0000001 00')).toBe('TESTFIXTURE000000100');
    expect(normalizeIdentifierValue('OPENSANCTIONS', ' NK-abc ')).toBe('NK-abc');
  });
});

describe('domain: identifierProblem', () => {
  it('accepts well-formed values whose check digits hold', () => {
    expect(RUC).toMatch(/^20\d{9}$/);
    expect(identifierProblem('PE_RUC', RUC)).toBeUndefined();
    expect(identifierProblem('CN_USCC', USCC_VALUE)).toBeUndefined();
    expect(identifierProblem('LEI', LEI_VALUE)).toBeUndefined();
    expect(identifierProblem('WIKIDATA', 'Q419')).toBeUndefined();
    expect(identifierProblem('OPENSANCTIONS', 'NK-test.fixture_1')).toBeUndefined();
    expect(identifierProblem('ISO3166', 'PE')).toBeUndefined();
    expect(identifierProblem('ISO3166', 'CN')).toBeUndefined();
  });

  it('refuses a wrong check digit, naming the scheme, the value and the form', () => {
    const badRuc = RUC.slice(0, 10) + String((Number(RUC[10]) + 1) % 10);
    expect(identifierProblem('PE_RUC', badRuc)).toBe(
      `PE_RUC "${badRuc}" has a wrong check digit (the last digit) (Peru's 11-digit taxpayer number (RUC))`,
    );
    const badUscc = USCC_VALUE.slice(0, 17) + (USCC_VALUE[17] === '0' ? '1' : '0');
    expect(identifierProblem('CN_USCC', badUscc)).toBe(
      `CN_USCC "${badUscc}" has a wrong check character (the last one) (China's 18-character unified social credit code)`,
    );
    const badLei = LEI_VALUE.slice(0, 18) + (LEI_VALUE.slice(18) === '00' ? '01' : '00');
    expect(identifierProblem('LEI', badLei)).toBe(
      `LEI "${badLei}" has wrong check digits (the last two) (a 20-character Legal Entity Identifier)`,
    );
  });

  it('refuses values not of the form, each with its reason', () => {
    expect(identifierProblem('PE_RUC', '30123456789')).toBe(
      'PE_RUC "30123456789" must be 11 digits starting with 10, 15, 16, 17 or 20 (Peru\'s 11-digit taxpayer number (RUC))',
    );
    expect(identifierProblem('CN_USCC', '91110000MA01A2B3I1')).toBe(
      'CN_USCC "91110000MA01A2B3I1" must be 18 characters of 0-9 and the capitals other than I, O, S, V and Z ' +
        "(China's 18-character unified social credit code)",
    );
    expect(identifierProblem('LEI', 'ABC')).toBe(
      'LEI "ABC" must be 20 characters: 18 capitals or digits, then 2 check digits (a 20-character Legal Entity Identifier)',
    );
    expect(identifierProblem('WIKIDATA', 'Q0')).toBe(
      'WIKIDATA "Q0" must be "Q" and a number, such as "Q42" (a Wikidata item id such as "Q42")',
    );
    expect(identifierProblem('OPENSANCTIONS', 'NK abc')).toBe(
      'OPENSANCTIONS "NK abc" must be letters, digits, ".", "_" and "-" (at most 200) (an OpenSanctions entity id such as "NK-…" or "Q…")',
    );
    expect(identifierProblem('ISO3166', 'XX')).toBe(
      'ISO3166 "XX" must be an assigned ISO 3166-1 alpha-2 country code (an ISO 3166-1 alpha-2 country code such as "PE")',
    );
    expect(identifierProblem('ISO3166', 'PER')).toBe(
      'ISO3166 "PER" must be an assigned ISO 3166-1 alpha-2 country code (an ISO 3166-1 alpha-2 country code such as "PE")',
    );
  });
});

describe('domain: identifier keys and models', () => {
  it('gives each scheme its look-up address, or none', () => {
    expect(IDENTIFIER_SCHEMES.map((s) => identifierModel(s, s === 'ISO3166' ? 'PE' : 'X1').url)).toEqual([
      'https://www.wikidata.org/wiki/X1',
      null,
      null,
      'https://search.gleif.org/#/record/X1',
      'https://www.opensanctions.org/entities/X1/',
      'https://www.iso.org/obp/ui/#iso:code:3166:PE',
    ]);
    expect(wikidataEntityIri('Q419')).toBe('http://www.wikidata.org/entity/Q419');
  });

  it('stores an identifier as SCHEME:value and reads it back, a value with colons whole', () => {
    expect(identifierKey({ scheme: 'ISO3166', value: 'PE' })).toBe('ISO3166:PE');
    expect(parseIdentifierKey('OPENSANCTIONS:a:b')).toEqual({
      scheme: 'OPENSANCTIONS',
      value: 'a:b',
      url: 'https://www.opensanctions.org/entities/a%3Ab/',
    });
    expect(() => parseIdentifierKey('ISBN:123')).toThrow('not an identifier key: "ISBN:123"');
    expect(() => parseIdentifierKey(':PE')).toThrow('not an identifier key: ":PE"');
  });

  it('orders an entity’s identifiers by scheme, each key once', () => {
    const keys = ['ISO3166:PE', 'LEI:' + LEI_VALUE, 'WIKIDATA:Q419', 'ISO3166:PE'];
    expect(identifiersOfKeys(keys).map((i) => i.scheme)).toEqual(['WIKIDATA', 'LEI', 'ISO3166', 'ISO3166']);
    expect(sortedIdentifierKeys(keys)).toEqual(['WIKIDATA:Q419', `LEI:${LEI_VALUE}`, 'ISO3166:PE']);
    expect(identifiersOfKeys(undefined)).toEqual([]);
    expect(identifiersOfKeys(null)).toEqual([]);
  });
});
