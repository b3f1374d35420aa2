import { avoidRule } from './rule-test.js';

avoidRule('deny-problem', {
  flags: [
    ['There is no problem.', 'There is no problem'],
    ["There's no issue on our end.", "There's no issue on our end"],
    ['It works fine on our end.', 'works fine on our end'],
    ['Everything works for me.', 'Everything works for me'],
    ["That's impossible.", "That's impossible"],
    ['Nobody else has reported this.', 'Nobody else has reported'],
    ['No one else has had this problem.', 'No one else has had'],
    ['You must be mistaken.', 'You must be mistaken'],
    ['The feature is working as intended.', 'working as intended'],
    ['There is nothing wrong with the app.', 'There is nothing wrong'],
  ],
  leaves: [
    'No problem at all!',
    'Not a problem, happy to help.',
    "There's no problem with moving your delivery to Friday.",
    'I can see the problem on our end and I am fixing it.',
    'It works fine now: I reset the sync on our side.',
    'You are the first to know about our new plan!',
    'Nothing is too much trouble.',
  ],
});
