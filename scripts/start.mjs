// `npm start`: until the extension's demo page lands, show the engine at work
// through the CLI on the bundled example replies.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = ['examples/curt-reply.txt', 'examples/kind-reply.txt', 'examples/replies.jsonl'];
console.log(`Tactful checks these example replies (node dist/cli.js lint ${files.join(' ')}):\n`);
const run = spawnSync(process.execPath, ['dist/cli.js', 'lint', ...files], { cwd: root, stdio: 'inherit' });
console.log('\nLoad the extension: see README.md, "Load the unpacked extension".');
process.exit(run.status === 1 ? 0 : (run.status ?? 1));
