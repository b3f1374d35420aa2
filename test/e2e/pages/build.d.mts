export const PAGES_DIR: string;
/** Builds every test page and the demo into dist/test-pages/ and returns that directory. */
export function buildPages(): Promise<string>;
