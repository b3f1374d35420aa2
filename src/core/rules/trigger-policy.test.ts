import { avoidRule } from './rule-test.js';

avoidRule('trigger-policy', {
  flags: [
    ["It's our policy.", "It's our policy"],
    { draft: 'It is our policy to review every refund.', text: 'It is our policy to review', suggestion: 'We usually review' },
    { draft: 'Per our policy, refunds take five days.', text: 'Per our policy', suggestion: 'Normally' },
    ['As per company policy we cannot do that.', 'As per company policy'],
    ['That is company policy.', 'That is company policy'],
    ['Our policy states that returns need a receipt.', 'Our policy states'],
    ['I know, but rules are rules.', 'rules are rules'],
    ['My hands are tied here.', 'My hands are tied'],
    ["That's just the way it is.", "That's just the way it is"],
  ],
  leaves: [
    'You can find our return policy on the help page.',
    'Our refund policy gives you 60 days, so you are well within it.',
    'I have updated the privacy policy link in your account.',
    'The policy number is on your invoice.',
    'I will make an exception this time.',
  ],
});
