import { describe, expect, test } from 'vitest';
import { check } from './index.js';

const customer = 'My order arrived broken AGAIN. This is the second time and I am really annoyed. I want a refund.';
const kind = `Hi Sam,

Thank you for letting me know, and I'm so sorry your order arrived broken a second time. I can see why you're annoyed.
If I understand correctly, both deliveries were damaged. I've refunded the full amount today, and I'll send a replacement by express at no charge.
Is there anything else I can help with?

Best regards,
Jo`;
const curt = 'No. Per our policy, refunds take 5 days. You should have checked the parcel.';
const defensive = 'Nobody else has reported this. It works fine on our end, so calm down.';

describe('the score', () => {
  test('is null for an empty draft', () => expect(check({ draft: '   \n ', customer }).score).toBeNull());
  test('is null when the draft is only quoted text', () => expect(check('> You should have read the FAQ.').score).toBeNull());
  test('is 100 for a calm, specific, empathetic reply', () => expect(check({ draft: kind, customer }).score).toBe(100));
  test('is clearly lower for a curt reply', () => expect(check({ draft: curt, customer }).score).toBeLessThan(40));
  test('is clearly lower for a defensive reply', () => expect(check({ draft: defensive, customer }).score).toBeLessThan(30));
  test('repeats of one check cost less each time', () => {
    const close = ' Thanks! I will check. Anything else I can help with?';
    const once = check(`Per our policy it ships Monday.${close}`).score as number;
    const twice = check(`Per our policy it ships Monday. Per our policy it is free.${close}`).score as number;
    const thrice = check(`Per our policy it ships Monday. Per our policy it is free. Per our policy it is insured.${close}`)
      .score as number;
    expect(once - twice).toBeGreaterThan(twice - thrice);
  });
  test("reads the customer's mood: an upset customer expects apology and empathy", () => {
    const missing = (c?: string) =>
      check({ draft: 'I have refunded it. Thanks, and let me know if anything else comes up.', customer: c })
        .reminders.filter((r) => r.expected && !r.met)
        .map((r) => r.rule);
    expect(missing(customer)).toEqual(['apologize', 'empathize', 'confirm-understanding']);
    expect(missing('Could you send me the invoice for May?')).toEqual([]);
  });
});
