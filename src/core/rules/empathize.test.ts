import { requireRule } from './rule-test.js';

requireRule('empathize', {
  met: [
    'I understand how frustrating this is.',
    "I can see why you're upset.",
    'That must have been really stressful.',
    'That sounds so frustrating.',
    'I completely understand your frustration.',
    "I'd be annoyed too.",
    "I'm so sorry to hear that.",
    'You must be exhausted after all those calls.',
  ],
  unmet: ['I have refunded the order.', 'I understand the order number is 123.', 'I can see the order in our system.'],
  expected: [
    { draft: 'Done.', customer: 'This is ridiculous, I have waited three weeks!' },
    { draft: 'Done.', customer: 'You people are useless idiots.' },
  ],
  notExpected: [{ draft: 'Done.', customer: 'Could you change my delivery address?' }, 'Here is your invoice.'],
});
