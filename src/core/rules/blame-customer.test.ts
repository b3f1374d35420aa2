import { avoidRule } from './rule-test.js';

avoidRule('blame-customer', {
  flags: [
    ["You didn't attach the file.", "You didn't attach"],
    ['You did not follow the steps.', 'You did not follow'],
    ['You failed to confirm your email.', 'You failed to'],
    ['It seems you forgot to save.', 'you forgot to'],
    ["That's your fault, not ours.", 'your fault'],
    { draft: 'As I already said, the refund takes five days.', text: 'As I already said', suggestion: 'To recap' },
    ['As stated before, we need the order number.', 'As stated before'],
    ['Obviously the link expired.', 'Obviously'],
    { draft: 'You must have entered the wrong password.', text: 'You must have entered', suggestion: 'It may be that you entered' },
    ['Did you even read my last email?', 'Did you even read'],
    ['For the third time, the code is on the card.', 'For the third time'],
    ['This is user error.', 'user error'],
  ],
  leaves: [
    "You didn't have to wait this time: I fixed it right away.",
    "You didn't do anything wrong.",
    "It's not your fault at all.",
    'None of this is your fault.',
    'You must have been so frustrated.',
    "If you didn't receive the code, I can send another.",
    "Sorry you didn't get the email; I've resent it.",
    'As I mentioned on the phone, I have sent the label.',
    'I did not see the attachment, could you send it again?',
    '> You obviously don’t care about customers.\n\nI do care, and I am on it.',
  ],
});
