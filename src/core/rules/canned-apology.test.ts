import { avoidRule } from './rule-test.js';

avoidRule('canned-apology', {
  flags: [
    {
      draft: 'We apologize for any inconvenience.',
      text: 'We apologize for any inconvenience',
      suggestion: "I'm sorry for the trouble this has caused you",
    },
    ['Sorry for any inconvenience this may have caused.', 'Sorry for any inconvenience this may have caused'],
    ['We apologise for the inconvenience.', 'We apologise for the inconvenience'],
    ['We regret any inconvenience.', 'We regret any inconvenience'],
    ['Your call is important to us.', 'Your call is important to us'],
    ["I'm sorry you feel that way.", "I'm sorry you feel that way"],
    ['Sorry if you were offended.', 'Sorry if you were offended'],
  ],
  leaves: [
    "I'm sorry that your order arrived damaged.",
    'I apologize for the delay in getting back to you.',
    'I am so sorry we charged you twice.',
    'My apologies for the mix-up with your address.',
    'We value your feedback.',
  ],
});
