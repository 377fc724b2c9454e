import { describe, expect, it } from 'vitest';
import { alternation, en, es, verbAlternation } from '../../src/analyze/verb-forms.js';

/** Every whole-word match of `pattern` (an alternation source) in `text`. */
const found = (pattern: string, text: string): string[] =>
  [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}-])(?:${pattern})(?![\\p{L}\\p{N}-])`, 'giu'))].map((m) => m[0]);

describe('analyze: en', () => {
  it('inflects a regular verb: base, -s, -ed, -ing, with the spelling rules', () => {
    expect(en('sign').finite).toEqual(['sign', 'signs', 'signed', 'signing']);
    expect(en('operate').finite).toEqual(['operate', 'operates', 'operated', 'operating']);
    expect(en('supply').finite).toEqual(['supply', 'supplies', 'supplied', 'supplying']);
    expect(en('finance').finite).toEqual(['finance', 'finances', 'financed', 'financing']);
    expect(en('discuss').finite).toEqual(['discuss', 'discusses', 'discussed', 'discussing']);
    expect(en('plan', { double: true }).finite).toEqual(['plan', 'plans', 'planned', 'planning']);
  });

  it('takes irregular pasts and participles, keeping a participle unlike the past apart', () => {
    expect(en('meet', { past: 'met' })).toMatchObject({ finite: ['meet', 'meets', 'met', 'meeting'], participles: [] });
    expect(en('take', { past: 'took', participle: 'taken' })).toMatchObject({
      finite: ['take', 'takes', 'took', 'taking'],
      participles: ['taken'],
    });
    expect(en('travel', { past: ['travelled', 'traveled'], double: true }).finite).toEqual([
      'travel',
      'travels',
      'travelled',
      'traveled',
      'travelling',
    ]);
  });

  it('leaves out the forms asked (nouns of the same spelling)', () => {
    expect(en('host', { omit: ['host'] }).finite).toEqual(['hosts', 'hosted', 'hosting']);
  });
});

describe('analyze: es', () => {
  it('inflects the three conjugations in every tense the triggers need, participles apart', () => {
    expect(es('firmar')).toMatchObject({
      finite: [
        'firma',
        'firman',
        'firmó',
        'firmaron',
        'firmaba',
        'firmaban',
        'firmará',
        'firmarán',
        'firmaría',
        'firmarían',
        'firmar',
        'firmando',
      ],
      participles: ['firmado', 'firmada', 'firmados', 'firmadas'],
    });
    expect(es('vender').finite).toEqual(
      expect.arrayContaining(['vende', 'venden', 'vendió', 'vendieron', 'vendía', 'venderá', 'vendiendo']),
    );
    expect(es('recibir').finite).toEqual(expect.arrayContaining(['recibe', 'recibió', 'recibieron', 'recibía', 'recibirá', 'recibiendo']));
    expect(es('recibir').participles).toEqual(['recibido', 'recibida', 'recibidos', 'recibidas']);
  });

  it('follows the spelling of -uir verbs and vowel stems', () => {
    expect(es('construir').finite).toEqual(
      expect.arrayContaining(['construye', 'construyen', 'construyó', 'construyeron', 'construyendo']),
    );
    expect(es('construir').participles[0]).toBe('construido');
    expect(es('poseer').finite).toEqual(expect.arrayContaining(['posee', 'poseyó', 'poseyeron', 'poseyendo']));
    expect(es('poseer').participles[0]).toBe('poseído');
  });

  it('takes stem changes, strong preterites, irregular futures and participles', () => {
    expect(es('invertir', { present: 'inviert', raised: 'invirt' }).finite).toEqual(
      expect.arrayContaining(['invierte', 'invierten', 'invirtió', 'invirtieron', 'invertirá', 'invirtiendo']),
    );
    const decir = es('decir', { present: 'dic', strong: 'dij', raised: 'dic', future: 'dir', participle: 'dicho' });
    expect(decir.finite).toEqual([
      'dice',
      'dicen',
      'dijo',
      'dijeron',
      'decía',
      'decían',
      'dirá',
      'dirán',
      'diría',
      'dirían',
      'decir',
      'diciendo',
    ]);
    expect(decir.participles).toEqual(['dicho', 'dicha', 'dichos', 'dichas']);
    expect(es('sostener', { present: 'sostien', strong: 'sostuv', future: 'sostendr' }).finite).toEqual(
      expect.arrayContaining(['sostiene', 'sostuvo', 'sostuvieron', 'sostendrá', 'sosteniendo']),
    );
  });

  it('puts "se" before a pronominal verb’s tenses and after its infinitive and gerund', () => {
    expect(es('reunirse', { present: 'reún' }).finite).toEqual([
      'se reúne',
      'se reúnen',
      'se reunió',
      'se reunieron',
      'se reunía',
      'se reunían',
      'se reunirá',
      'se reunirán',
      'se reuniría',
      'se reunirían',
      'reunirse',
      'reuniéndose',
    ]);
    expect(es('asociarse').finite).toContain('asociándose');
  });

  it('keeps only the tenses asked, and leaves out the forms asked', () => {
    expect(es('presidir', { tenses: ['present', 'imperfect'] }).finite).toEqual(['preside', 'presiden', 'presidía', 'presidían']);
    expect(es('firmar', { omit: ['firma'] }).finite).not.toContain('firma');
  });
});

describe('analyze: alternation', () => {
  it('matches exactly its words, factoring their common prefixes', () => {
    expect(alternation(['sign', 'signs', 'signed', 'signing'])).toBe('sign(?:ed|ing|s)?');
    expect(found(alternation(['firma', 'firman', 'firmó']), 'firma, firman, firmó, firmamos, firm')).toEqual(['firma', 'firman', 'firmó']);
  });

  it('prefers the longest word at a position and escapes regex characters', () => {
    expect(found(alternation(['invest', 'invest in']), 'they invest in Peru')).toEqual(['invest in']);
    expect(found(alternation(['a.b']), 'a.b axb')).toEqual(['a.b']);
  });
});

describe('analyze: verbAlternation', () => {
  const firmar = [es('firmar')];
  it('takes a participle as a verb only after an auxiliary or before its agent', () => {
    expect(found(verbAlternation(firmar), 'Perú ha firmado el acuerdo')).toEqual(['firmado']);
    expect(found(verbAlternation(firmar), 'el convenio fue firmada ayer')).toEqual(['firmada']);
    expect(found(verbAlternation(firmar), 'el acuerdo firmado por ambos')).toEqual(['firmado']);
    expect(found(verbAlternation(firmar), 'el acuerdo firmado el lunes')).toEqual([]);
    expect(found(verbAlternation([en('give', { past: 'gave', participle: 'given' })]), 'was given rights, given that')).toEqual(['given']);
  });

  it('takes participles bare or not at all when asked, and puts `after` after every form', () => {
    expect(found(verbAlternation(firmar, { participles: 'bare' }), 'el acuerdo firmado el lunes')).toEqual(['firmado']);
    expect(found(verbAlternation(firmar, { participles: 'none' }), 'ha firmado')).toEqual([]);
    expect(found(verbAlternation([es('reunirse')], { after: ' con' }), 'se reunió con él y se ha reunido con ella')).toEqual([
      'se reunió con',
      'reunido con',
    ]);
  });
});
