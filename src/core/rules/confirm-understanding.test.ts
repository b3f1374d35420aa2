import { requireRule } from './rule-test.js';

requireRule('confirm-understanding', {
  met: [
    'If I understand correctly, the app closes when you tap Export.',
    'Just to confirm, you were charged twice on 3 June?',
    'So the issue is that the invoice shows the old address.',
    "It sounds like the code isn't arriving.",
    'You mentioned that the error appears after the update.',
    "From what you've described, the sync stopped on Monday.",
  ],
  unmet: ['I have refunded the order.', 'Thanks for writing in.', 'I am writing to confirm your refund.'],
  expected: [{ draft: 'Done.', customer: 'The app crashes when I export a PDF.' }],
  notExpected: [{ draft: 'Done.', customer: 'Can I get a copy of my invoice?' }, 'Here is your invoice.'],
});
