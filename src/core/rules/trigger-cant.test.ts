import { avoidRule } from './rule-test.js';

avoidRule('trigger-cant', {
  flags: [
    {
      draft: "I can't do anything until you send the receipt.",
      text: "I can't do anything until",
      suggestion: "I'll be happy to take care of that as soon as",
    },
    ["There's nothing I can do.", "There's nothing I can do"],
    {
      draft: "There's nothing I can do until the courier replies.",
      text: "There's nothing I can do until",
      suggestion: "I'll be happy to take care of that as soon as",
    },
    ['There is nothing we can do about it.', 'There is nothing we can do'],
    ['We are unable to process refunds on weekends.', 'We are unable to'],
    ["I'm unable to change the plan.", "I'm unable to"],
    { draft: 'This is not possible until Monday.', text: 'is not possible until', suggestion: 'will be possible as soon as' },
    ["I can't help you with that.", "I can't help you"],
    ["That's not my department.", "That's not my department"],
    ['No, we can not do that.', 'we can not do that'],
    ["No, we can't refund that.", "we can't refund that"],
    ['I cannot change your plan today.', 'I cannot change your'],
    ["I'm afraid I cannot make an exception.", 'I cannot make an exception'],
  ],
  leaves: [
    "I can't wait to hear how the new setup works for you.",
    "Let me know if there's anything else I can do.",
    'Is there anything more we can do for you?',
    "I can't thank you enough for your patience.",
    "I couldn't be happier that it works now.",
    "I can't help but notice you have been with us for ten years!",
    'Nothing is more important to me than getting this right.',
    'I will do everything I can to fix this today.',
    'We can do that for you today.',
    'We can refund that right away.',
    'Here is what I can do: a full refund.',
  ],
});
