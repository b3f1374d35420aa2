// Prints the Chrome extension id that manifest.json's "key" gives the unpacked build, the id
// enterprise policies name (3rdparty.extensions.<id>). Chrome derives it from the public key:
// the first 32 hex digits of SHA-256 of the DER key, each digit 0-f written as a letter a-p.
// Usage: node scripts/extension-id.mjs
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** The extension id for a base64 DER public key. */
export function extensionId(keyBase64) {
  const hex = createHash('sha256').update(Buffer.from(keyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + Number.parseInt(d, 16))).join('');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(await readFile(new URL('../manifest.json', import.meta.url), 'utf8'));
  console.log(extensionId(manifest.key));
}
