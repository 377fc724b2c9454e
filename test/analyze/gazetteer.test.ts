import { describe, expect, it } from 'vitest';
import { CHINESE_SURNAMES, countryOfPlaceIn, gazetteerType, placeKind } from '../../src/analyze/gazetteer.js';

describe('analyze: gazetteerType', () => {
  it('knows places of Peru, China and the world, and countries, however they are written', () => {
    expect(gazetteerType('Shanghái')).toBe('PLACE');
    expect(gazetteerType('JUNÍN')).toBe('PLACE');
    expect(gazetteerType('América Latina')).toBe('PLACE');
    expect(gazetteerType('Estados Unidos')).toBe('COUNTRY');
    expect(gazetteerType('Brasil')).toBe('COUNTRY');
    // Provincial capitals, Lima's districts, Chinese cities and more countries.
    expect(['Puerto Maldonado', 'Tarapoto', 'San Isidro', 'Kunming', 'Yiwu'].map(gazetteerType)).toEqual(Array(5).fill('PLACE'));
    expect(['Sudáfrica', 'Turkey', 'Kazajistán'].map(gazetteerType)).toEqual(Array(3).fill('COUNTRY'));
  });

  it('knows outlets, state bodies and universities, a short one only written as an acronym', () => {
    expect(gazetteerType('Global Times')).toBe('MEDIA');
    expect(gazetteerType('Sunat')).toBe('GOVERNMENT');
    expect(gazetteerType('ANA')).toBe('GOVERNMENT');
    expect(gazetteerType('Ana')).toBeUndefined();
    expect(gazetteerType('Ica')).toBe('PLACE');
    expect(gazetteerType('Tsinghua')).toBe('ORGANIZATION');
  });

  it('knows the common Chinese surnames a person is named again by ("Ling" of "Ling Ji"), and no Spanish or English word', () => {
    for (const surname of ['ling', 'wang', 'qi', 'lei', 'zhuang']) expect(CHINESE_SURNAMES.test(surname), surname).toBe(true);
    for (const other of ['la', 'de', 'the', 'and', 'si', 'no']) expect(CHINESE_SURNAMES.test(other), other).toBe(false);
  });

  it('holds whole names only: a name with a place in it is not that place', () => {
    expect(gazetteerType('Lima Convention Center')).toBeUndefined();
    expect(gazetteerType('Volcan')).toBeUndefined();
    expect(gazetteerType('')).toBeUndefined();
  });

  it('tells a region from a city: Peru’s regions and China’s provinces, their capitals, both when they share a name', () => {
    expect(['Loreto', 'JUNÍN', 'Sichuan', 'América Latina'].map(placeKind)).toEqual(Array(4).fill('region'));
    expect(['Tarapoto', 'Lima', 'Callao', 'Chengdu'].map(placeKind)).toEqual(Array(4).fill('city'));
    expect(['Arequipa', 'Ica'].map(placeKind)).toEqual(['either', 'either']);
    expect(placeKind('Zorritos Norte')).toBeUndefined();
  });

  it('finds the country of a place a name holds, when the name holds places of one country only', () => {
    expect(countryOfPlaceIn('Universidad Nacional de Piura')).toBe('peru');
    expect(countryOfPlaceIn('Universidad de Estudios Internacionales de Shanghái')).toBe('china');
    expect(countryOfPlaceIn('Hunan Zhuye Smelting')).toBe('china');
    expect(countryOfPlaceIn('Lima–Shanghai Shipping')).toBeUndefined();
    expect(countryOfPlaceIn('Universidad Católica de Santa María')).toBeUndefined();
  });
});
