import { avoidRule } from './rule-test.js';

avoidRule('escalation', {
  flags: [
    ['Please calm down.', 'calm down'],
    ['Relax, it is only a small charge.', 'Relax'],
    ['There is no need to shout.', 'There is no need to shout'],
    ['Watch your tone, please.', 'Watch your tone'],
    ['PLEASE READ THE INSTRUCTIONS', 'PLEASE READ THE INSTRUCTIONS'],
    ['I told you this already!!!', '!!!'],
    ['Well, thanks a lot.', 'thanks a lot'],
    ['Thanks for nothing.', 'Thanks for nothing'],
    ['Good luck with that.', 'Good luck with that'],
    ['With all due respect, you are wrong.', 'With all due respect'],
    ['That is a stupid question.', 'stupid'],
  ],
  leaves: [
    'Please check the SKU and the API key in the FAQ.',
    'Our NYC and LA offices are open.',
    'Thanks a lot for your patience!',
    'Thank you so much for letting us know.',
    'Sit back and relax: the new one ships today.',
    "There's no need to worry, your data is safe.",
    'Thanks!! That really helps.',
    'There are no stupid questions here.',
    '> You are all IDIOTS!!!\n\nI am sorry this has been so frustrating.',
  ],
});
