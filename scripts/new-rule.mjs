// `npm run new-rule <id> [avoid|require|signal]`: scaffolds a rule of the
// default pack: its JSON, its test file, and the line that registers it.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

const [id, kind = 'avoid'] = process.argv.slice(2);
if (!id || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id) || !['avoid', 'require', 'signal'].includes(kind)) {
  console.error('usage: npm run new-rule <rule-id> [avoid|require|signal]   (ids are kebab-case, like "promise-dates")');
  process.exit(2);
}
const dir = new URL('../src/core/rules/', import.meta.url);
const json = new URL(`${id}.json`, dir);
if (existsSync(json)) {
  console.error(`src/core/rules/${id}.json already exists`);
  process.exit(2);
}
const rule = {
  kind,
  label: 'TODO: a short name',
  ...(kind === 'avoid' ? { severity: 'warning' } : {}),
  message: 'TODO: what is wrong (or missing), in one sentence.',
  why: 'TODO: one line on why it matters to the customer.',
  ...(kind === 'require' ? { weight: 5, expectedWhen: ['always'] } : {}),
  phrases: [kind === 'avoid' ? { match: 'TODO phrase', rewrites: ['TODO rewrite'] } : 'TODO phrase'],
};
await writeFile(json, `${JSON.stringify(rule, null, 2)}\n`);
const camel = id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const helper = { avoid: 'avoidRule', require: 'requireRule', signal: 'signalRule' }[kind];
const cases = {
  avoid: "{\n  flags: [['TODO draft with the phrase.', 'TODO flagged text']],\n  leaves: ['TODO a near miss it must not flag.'],\n}",
  require: "{\n  met: ['TODO a draft that has it.'],\n  unmet: ['TODO a draft that lacks it.'],\n}",
  signal: "{\n  raises: ['TODO a customer message.'],\n  quiet: ['TODO a calm customer message.'],\n}",
}[kind];
await writeFile(new URL(`${id}.test.ts`, dir), `import { ${helper} } from './rule-test.js';\n\n${helper}('${id}', ${cases});\n`);
const registry = new URL('../src/core/packs/default.ts', import.meta.url);
let src = await readFile(registry, 'utf8');
src = src.replace(
  "import thank from '../rules/thank.json';",
  `import ${camel} from '../rules/${id}.json';\nimport thank from '../rules/thank.json';`,
);
src = src.replace('\n};\n\nexport const defaultPackSource', `\n  '${id}': ${camel} as RuleSpec,\n};\n\nexport const defaultPackSource`);
await writeFile(registry, src);
console.log(
  `created src/core/rules/${id}.json and ${id}.test.ts, registered in src/core/packs/default.ts; fill in the TODOs, then npm test`,
);
