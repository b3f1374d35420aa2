/**
 * Turns a past tense or past participle into its base form, so a rewrite of
 * "you should have read the FAQ" can say "it may help to read the FAQ".
 * Irregular verbs come from a table; regular ones follow spelling rules that
 * cover the verbs support replies use (checked, updated, logged, provided…).
 */

const IRREGULAR: Record<string, string> = {
  been: 'be',
  was: 'be',
  were: 'be',
  done: 'do',
  did: 'do',
  had: 'have',
  made: 'make',
  said: 'say',
  gone: 'go',
  went: 'go',
  got: 'get',
  gotten: 'get',
  given: 'give',
  gave: 'give',
  taken: 'take',
  took: 'take',
  seen: 'see',
  saw: 'see',
  known: 'know',
  knew: 'know',
  told: 'tell',
  thought: 'think',
  found: 'find',
  sent: 'send',
  read: 'read',
  written: 'write',
  wrote: 'write',
  paid: 'pay',
  bought: 'buy',
  brought: 'bring',
  kept: 'keep',
  left: 'leave',
  put: 'put',
  set: 'set',
  let: 'let',
  run: 'run',
  ran: 'run',
  chosen: 'choose',
  chose: 'choose',
  forgotten: 'forget',
  forgot: 'forget',
  understood: 'understand',
  built: 'build',
  spent: 'spend',
  sold: 'sell',
  held: 'hold',
  meant: 'mean',
  met: 'meet',
  heard: 'hear',
  shown: 'show',
  begun: 'begin',
  began: 'begin',
  broken: 'break',
  broke: 'break',
  driven: 'drive',
  fallen: 'fall',
  felt: 'feel',
  hidden: 'hide',
  laid: 'lay',
  led: 'lead',
  lost: 'lose',
  shut: 'shut',
  spoken: 'speak',
  spoke: 'speak',
  stood: 'stand',
  taught: 'teach',
  thrown: 'throw',
  threw: 'throw',
  won: 'win',
  withdrawn: 'withdraw',
  cut: 'cut',
  quit: 'quit',
  changed: 'change',
  typed: 'type',
  used: 'use',
  closed: 'close',
  focused: 'focus',
  completed: 'complete',
  deleted: 'delete',
  guided: 'guide',
  cancelled: 'cancel',
  labelled: 'label',
  travelled: 'travel',
  reset: 'reset',
  reread: 'reread',
  created: 'create',
  recreated: 'recreate',
};

/** Ends of a stem (after "-ed" is removed) that take back a final "e". */
const TAKES_E =
  /(?:[^aeiou]at|iz|yz|ur|dg|rg|[^aeiou]ag|lv|rv|v|c|[aeiou][aeiou]s|[^aeiou]as|[^aeiou]l|ul|[^aeiou]id|[^aeiou]ud|[^aeiou]ib|[^aeiou]ir|quir|ang)$/;
const KEEP_DOUBLE = /(?:ll|ss|ff|zz|dd)$/;

/** The base form of a verb in past or participle form; other words come back unchanged (lower-cased). */
export function baseForm(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length > 4 && w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (w.length <= 3 || !w.endsWith('ed')) return w;
  const stem = w.slice(0, -2);
  if (stem.endsWith('e')) return stem; // agreed -> agree
  if (KEEP_DOUBLE.test(stem)) return stem; // called, added
  const n = stem.length;
  if (n >= 3 && stem[n - 1] === stem[n - 2] && !/[aeiou]/.test(stem[n - 1] as string)) return stem.slice(0, -1); // stopped
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(stem)) return `${stem}e`; // hoped, timed, named
  if (TAKES_E.test(stem)) return `${stem}e`; // updated, ensured, solved, received, provided
  return stem; // checked, contacted, opened
}
