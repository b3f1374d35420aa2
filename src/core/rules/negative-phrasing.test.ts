import { avoidRule } from './rule-test.js';

avoidRule('negative-phrasing', {
  flags: [
    { draft: 'Unfortunately, the item is out of stock.', text: 'Unfortunately', suggestion: 'Right now', severity: 'hint' },
    ['We unfortunately missed the cut-off.', 'unfortunately'],
    { draft: 'The problem is that the server was down.', text: 'The problem is', suggestion: "What's happening is" },
    ["We won't be able to ship it before Monday.", "won't be able to"],
    { draft: "I can't promise it will arrive by Friday.", text: "I can't promise", suggestion: "I'll do everything I can to make sure" },
    ["I'm afraid that's sold out.", "I'm afraid"],
  ],
  leaves: [
    'So the problem is that your card was charged twice?',
    'The new one ships on Monday and arrives by Wednesday.',
    'You will be able to log in as soon as the reset email arrives.',
    "Don't be afraid of breaking anything: it is all backed up.",
  ],
});
