import { avoidRule } from './rule-test.js';

avoidRule('trigger-should', {
  flags: [
    { draft: 'You should have read the FAQ.', text: 'You should have read', suggestion: 'Next time, it may help to read' },
    {
      draft: 'Honestly, you should have checked the settings first.',
      text: 'you should have checked',
      suggestion: 'next time, it may help to check',
    },
    { draft: "You should've updated the app.", text: "You should've updated", suggestion: 'Next time, it may help to update' },
    { draft: 'You shouldn’t have deleted the folder.', text: 'You shouldn’t have deleted', suggestion: "It's best not to delete" },
    { draft: 'You need to restart the router.', text: 'You need to restart', suggestion: 'Please restart' },
    { draft: 'To fix it you must clear the cache.', text: 'you must clear', suggestion: 'please clear' },
    { draft: 'You have to log out first.', text: 'You have to log', suggestion: 'Please log' },
    { draft: 'You should contact your bank.', text: 'You should contact', suggestion: "I'd recommend that you contact" },
    { draft: "You'd better save a copy.", text: "You'd better save" },
    { draft: 'YOU SHOULD HAVE READ THE TERMS', text: 'YOU SHOULD HAVE READ' },
  ],
  hints: [
    'You should receive it by Friday.',
    'You should get a confirmation email shortly.',
    'You should have received an email from us yesterday.',
  ],
  leaves: [
    'You should be able to log in now.',
    'You should now see the new plan on your account.',
    'You should already have access.',
    'If you need to change the address, just reply here.',
    'Do you need to keep the old invoices?',
    'All you need to do is click the link.',
    'You must be so frustrated after all that waiting.',
    'I should have caught this earlier, and I am sorry.',
    'We need to check one more thing on our side.',
    '> You should have told me sooner!\n\nI understand, and I am sorry.',
  ],
});
