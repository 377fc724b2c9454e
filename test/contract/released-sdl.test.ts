import { describe, expect, it } from 'vitest';
import { releasedSdlText, releasedVersion } from '../../src/contract/released-sdl.js';

describe('contract: the released SDL file', () => {
  it('puts a first line naming the release before the SDL, and reads it back', () => {
    const text = releasedSdlText('type Query { a: Int }', '1.2.3');
    expect(text).toBe('# The SDL of release 1.2.3. Written by npm run schema:release; do not edit.\ntype Query { a: Int }\n');
    expect(releasedVersion(text)).toBe('1.2.3');
    expect(releasedSdlText('type Query { a: Int }\n', '1.2.3')).toBe(text);
  });

  it('names no release for a file without that first line', () => {
    expect(releasedVersion('type Query { a: Int }\n')).toBeNull();
    expect(
      releasedVersion('type Query { a: Int }\n# The SDL of release 1.2.3. Written by npm run schema:release; do not edit.\n'),
    ).toBeNull();
  });
});
