import { avoidRule } from './rule-test.js';

avoidRule('trigger-no', {
  flags: [
    { draft: "No, we don't ship to Canada.", text: 'No,', suggestion: 'At the moment,' },
    ['No. That isn’t something we offer.', 'No.'],
    ['Hi Sam,\nNo, the discount has ended.', 'No,'],
    ['Thanks for asking. No, refunds are not available after 30 days.', 'No,'],
    ['No we can’t do that.', 'No'],
    ['Nope, not possible.', 'Nope,'],
    ['No! That is not how it works.', 'No!'],
  ],
  leaves: [
    'No problem!',
    'No worries, I have fixed it.',
    'There is no charge for the replacement.',
    'That plan is no longer available, but the new one costs the same.',
    "There's no need to send the receipt again.",
    'No, no, it is completely fine!',
    'No, thank you for your patience.',
    "No, it's not your fault at all.",
    'We have no record of a second charge, so I am checking with the bank.',
    'I said no to nothing.',
    'The answer is not no: it is "not yet".',
  ],
});
