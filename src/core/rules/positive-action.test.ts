import { requireRule } from './rule-test.js';

requireRule('positive-action', {
  met: [
    "I'll send a replacement today.",
    'I will refund the full amount now.',
    'I can reset your password for you.',
    "I'd be happy to change the delivery date.",
    "It's my pleasure.",
    "I've gone ahead and refunded the second charge.",
    'I have updated your address.',
    'Let me check that for you.',
    "I'm going to escalate this to our engineers.",
  ],
  unmet: [
    'I can see why you are upset.',
    'I can imagine how annoying this is.',
    "I'll be honest with you.",
    'Let me know if you have questions.',
    "I'm sorry about the delay.",
    'Glad to hear it works.',
  ],
  expected: ['Thank you for writing in about the missing parcel, it is on its way now.'],
  notExpected: ['Thanks!'],
});
