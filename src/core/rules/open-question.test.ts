import { requireRule } from './rule-test.js';

requireRule('open-question', {
  met: [
    'What happened when you tapped Export?',
    'Could you tell me more about the error you see?',
    'How would you like us to handle the return?',
    'What would make this right for you?',
    'Thanks. Which browser are you using?',
    'Tell me more about what you were doing when it stopped.',
  ],
  unmet: ['Did you restart the app?', 'Is it working now?', 'I have refunded the order.', 'What a week it has been.'],
  expected: [{ draft: 'Done.', customer: 'It does not work.' }],
  notExpected: [
    {
      draft: 'Done.',
      customer:
        'Since the 4.2 update on Monday, the Android app crashes every time I tap Export on a PDF larger than 10 MB. I have reinstalled it, cleared the cache, and tried on a second phone with the same result, and my account is on the Team plan.',
    },
    'Here is your invoice.',
  ],
});
