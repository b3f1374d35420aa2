// Writes the default checks' texts (label, message, why) into _locales/en/messages.json as
// rule_<id>_label, rule_<id>_message and rule_<id>_why, so translators find them with the rest.
// The rule files stay the source; test/rule-messages.test.ts fails when the two drift apart.
// Usage: node scripts/rule-messages.mjs
import { readdir, readFile, writeFile } from 'node:fs/promises';

const root = new URL('../', import.meta.url);
const rulesDir = new URL('src/core/rules/', root);
const file = new URL('_locales/en/messages.json', root);

/** The message key of one text of a check (message names allow letters, digits and _). */
export function ruleKey(id, field) {
  return `rule_${id.replace(/-/g, '_')}_${field}`;
}

export async function ruleMessages() {
  const out = {};
  for (const name of (await readdir(rulesDir)).filter((n) => n.endsWith('.json')).sort()) {
    const rule = JSON.parse(await readFile(new URL(name, rulesDir), 'utf8'));
    const id = name.slice(0, -5);
    for (const field of ['label', 'message', 'why']) {
      if (typeof rule[field] !== 'string') continue;
      out[ruleKey(id, field)] = {
        message: rule[field].replaceAll('$', '$$$$'),
        description: `The ${field} of the "${id}" check (from src/core/rules/${name}).`,
      };
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const messages = JSON.parse(await readFile(file, 'utf8'));
  for (const key of Object.keys(messages)) if (key.startsWith('rule_')) delete messages[key];
  Object.assign(messages, await ruleMessages());
  await writeFile(file, `${JSON.stringify(messages, null, 2)}\n`);
  console.log('wrote the checks’ texts into _locales/en/messages.json');
}
