import { requireRule } from './rule-test.js';

requireRule('thank', {
  met: [
    'Thank you for your patience.',
    'Thanks for letting us know!',
    'I appreciate you reporting this.',
    'We really appreciate your help with the screenshots.',
    'Many thanks for your order.',
    "I'm grateful you took the time to write.",
    'I have fixed it.\n\nThanks,\nJo',
  ],
  unmet: [
    'Thanks to the update, the app is faster now.',
    "I'd appreciate it if you could send the receipt.",
    'Well, thanks a lot.',
    '> Thanks for nothing!\n\nI have refunded the order.',
    'I have refunded the order.',
  ],
  expected: ['I have refunded the order.', { draft: 'Done.', customer: 'Where is my parcel?' }],
});
