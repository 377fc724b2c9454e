/** The pure part of public/explore/js/status.js: the words of the status line (the page itself is driven by test/explorer). */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../../src/project-root.js';

// A computed URL: the browser module is imported as it is served, without type declarations.
const FILE = path.join(projectRoot(), 'public', 'explore', 'js', 'status.js');
const { count, viewSummary } = (await import(pathToFileURL(FILE).href)) as {
  count: (n: number, noun: string) => string;
  viewSummary: (view: {
    focusName: string | null;
    actors: number;
    relationships: number;
    truncated: boolean;
    first: number;
  }) => string | null;
};

describe('public: explore/js/status.js', () => {
  it('counts in the singular for one only', () => {
    expect([0, 1, 2].map((n) => count(n, 'actor'))).toEqual(['0 actors', '1 actor', '2 actors']);
  });

  it('sums up a view by its focus, with a note when a neighbourhood was cut', () => {
    const view = { focusName: 'Peru', actors: 12, relationships: 1, truncated: false, first: 100 };
    expect(viewSummary(view)).toBe('Peru: 12 actors, 1 relationship in view.');
    expect(viewSummary({ ...view, truncated: true })).toBe(
      'Peru: 12 actors, 1 relationship in view. Only the first 100 relationships of a neighbourhood are shown.',
    );
  });

  it('gives the counts alone without a focus, and nothing for an empty view without one', () => {
    expect(viewSummary({ focusName: null, actors: 2, relationships: 1, truncated: true, first: 100 })).toBe(
      '2 actors, 1 relationship in view.',
    );
    expect(viewSummary({ focusName: null, actors: 0, relationships: 0, truncated: false, first: 100 })).toBeNull();
  });
});
