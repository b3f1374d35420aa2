import { requireRule } from './rule-test.js';

requireRule('follow-up', {
  met: [
    'Is there anything else I can help with?',
    'Let me know if the new link works.',
    "Feel free to reply here if anything's unclear.",
    "I'll check back with you on Friday.",
    "I'll keep you posted.",
    'Reply to this email anytime.',
    'Don’t hesitate to reach out.',
  ],
  unmet: ['I have refunded the order.', 'Thanks for writing in.', '> Let me know if you need anything.\n\nDone.'],
  expected: ['I have refunded the order.'],
});
