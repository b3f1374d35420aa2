import { requireRule } from './rule-test.js';

requireRule('apologize', {
  met: [
    "I'm sorry that your order arrived damaged.",
    'I am so sorry about the double charge.',
    'I apologize for the delay.',
    'My apologies for the mix-up.',
    'Sorry about that!',
    'We are truly sorry this happened.',
  ],
  unmet: [
    'We apologize for any inconvenience.',
    'Sorry for any inconvenience this may have caused.',
    "I'm sorry you feel that way.",
    'I have refunded the order.',
    '> I am sorry to bother you.\n\nHappy to help!',
  ],
  expected: [
    { draft: 'I have refunded it.', customer: 'I was charged twice and I am really annoyed.' },
    { draft: 'I have refunded it.', customer: 'The app crashes every time I open it.' },
    'The error on the checkout page is fixed now.',
  ],
  notExpected: [
    { draft: 'Here is the invoice.', customer: 'Could you send me last month’s invoice please?' },
    'Here is the invoice you asked for.',
  ],
});
