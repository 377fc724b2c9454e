/**
 * The last released SDL (schema/released.graphql): the schema as a release published it, with a
 * first line naming that release. `npm run schema:release` writes it; the change check compares
 * the schema with it and fails on a breaking change the change log does not list
 * (test/contract/schema-changes.test.ts).
 */

const HEADER = /^# The SDL of release (\S+)\. Written by npm run schema:release; do not edit\.\n/;

/** The released SDL file's text for `sdl` released as `version`. */
export function releasedSdlText(sdl: string, version: string): string {
  return `# The SDL of release ${version}. Written by npm run schema:release; do not edit.\n${sdl.endsWith('\n') ? sdl : `${sdl}\n`}`;
}

/** The release a released SDL file names, or null when its first line names none. */
export function releasedVersion(text: string): string | null {
  return HEADER.exec(text)?.[1] ?? null;
}
