// A deterministic corpus of support-reply drafts for the benchmark.
// Everything comes from the templates below and a seeded PRNG, so every run
// (and every machine) checks exactly the same text: no network, no files.

/** mulberry32: tiny, fast and good enough to pick templates reproducibly. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Sam', 'Priya', 'Jordan', 'Mei', 'Carlos', 'Aisha', 'Tom', 'Olga', 'Kwame', 'Lena', 'Ravi', 'Hannah'];
const SURNAMES = ['Lee', 'Patel', 'Nguyen', 'García', 'Okafor', 'Schmidt', 'Brown', 'Kowalski', 'Haddad', 'Rossi'];
const AGENTS = ['Alex Kim', 'Maria Lopez', 'Chris Evans', 'Dana Whitfield', 'Yuki Tanaka'];
const PRODUCTS = [
  'the Aero 2 headphones',
  'your Pro subscription',
  'the standing desk',
  'the espresso grinder',
  'the smart thermostat',
  'the hiking backpack',
];
const CARRIERS = ['UPS', 'FedEx', 'DHL', 'the postal service', 'our local courier'];
const CITIES = ['Memphis', 'Leipzig', 'Rotterdam', 'Denver', 'Lyon', 'Manchester'];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const BROWSERS = ['Chrome', 'Firefox', 'Safari', 'Edge'];

// Sentence templates. `{x}` slots are filled by fill(); topics keep each
// paragraph coherent, the way a real reply explains one thing at a time.
const GREETINGS = ['Hi {name},', 'Hello {name},', 'Dear {name},', 'Hey {name},', 'Good morning {name},'];
const THANKS = [
  'Thank you for reaching out about {product}.',
  'Thanks so much for your patience while we looked into this.',
  'Thanks for getting back to me with the screenshots, they helped a lot.',
  'Thank you for taking the time to write such a detailed message.',
  'Thanks for letting us know, and for including your order number.',
];
const APOLOGIES = [
  "I'm sorry that order #{order} arrived damaged; that's not the experience we want you to have.",
  "I'm really sorry for the trouble with {product}.",
  "I'm sorry this has taken so long to sort out.",
  "I'm so sorry about the mix-up with your delivery address.",
  'My apologies for the late reply; our queue was longer than usual this week.',
];
const EMPATHY = [
  'I understand how frustrating it is when a package you were counting on does not show up.',
  'I can see why that would be confusing, the two emails do look almost identical.',
  'That sounds really stressful, especially with the trip coming up on {weekday}.',
  'I completely understand wanting this settled before the weekend.',
];
const TOPICS = {
  refund: [
    "I've issued a refund of {usd} to the card ending in {last4}; it usually takes 5 to 7 business days to appear on your statement.",
    'Once the return reaches our warehouse in {city}, the refund is processed automatically within two business days.',
    'Because the payment was made with a gift card, the refund will go back to the same gift card balance.',
    'I have attached a prepaid return label, so you do not need to pay anything to send {product} back.',
    'If your bank shows the charge as pending, it will drop off on its own and no money will leave your account.',
    'You will get an email from us as soon as the refund has been approved, with the exact amount and the reference number.',
  ],
  shipping: [
    'Your package left our warehouse on {date} and is now with {carrier}; the tracking number is {tracking}.',
    'The carrier shows a delay in {city} because of the weather, so the new estimated delivery date is {date}.',
    'I have upgraded the shipment to express at no extra cost, so it should arrive by {weekday}.',
    'The tracking page can take up to 24 hours to update after a parcel is scanned, so a gap of a day is normal.',
    'If nobody is home, {carrier} will leave a card and try again the next working day.',
    'I have asked {carrier} to open a trace on the parcel, which usually takes three to five working days.',
  ],
  password: [
    'To reset your password, open the sign-in page, click "Forgot password" and enter the email address on your account.',
    'The reset link expires after 30 minutes, so if it has expired, request a new one and use it straight away.',
    'If the email does not arrive, please check the spam folder, and add support@northwind.example to your contacts.',
    'I have unlocked your account after the failed attempts, so you can try again now.',
    'For your security, two-step verification will ask for a code from your phone the first time you sign in on a new device.',
    'Signing in with {browser} in a private window is a quick way to rule out an old cookie getting in the way.',
  ],
  bug: [
    'Our engineers have reproduced the crash in version {version} of the app when exporting reports as PDF.',
    'A fix is scheduled for the next release, which we plan to ship on {date}.',
    'In the meantime, exporting to CSV and printing from your spreadsheet app works as a workaround.',
    'I have added your account to the bug report so you will be notified as soon as the fix is live.',
    'The error only appears in {browser} when the window is narrower than 800 pixels, which is why it was hard to spot.',
    'Could you send me the log file from Settings, then Help, then Export diagnostics, so the team can confirm it is the same issue?',
  ],
  billing: [
    'You were charged twice because the first payment timed out and the checkout page retried it automatically.',
    'I have cancelled the duplicate charge of {usd}, and your bank should release it within three business days.',
    'Your plan renews on {date}; you can switch to monthly billing at any time from the Billing page.',
    'The invoice for {month} is attached, and you can download earlier ones from your account settings.',
    'I have applied a credit of {usd} to your account, which will be used automatically on your next invoice.',
  ],
};
const TRIGGERS = [
  'You should have received a confirmation email when the order was placed.',
  'You should have selected express shipping at checkout if you needed it before the weekend.',
  "It's our policy to hold refunds until the item is back in our warehouse.",
  'Unfortunately, we cannot ship to P.O. boxes or to parcel lockers.',
  'Unfortunately the discount code had already expired when the order was placed.',
  'Please calm down so that I can look into this properly.',
  'We apologize for any inconvenience this may have caused.',
  'As per our policy, opened items can only be exchanged, not refunded.',
  "There's no problem on our end, and the payment went through normally.",
  'You need to clear your browser cache before trying again.',
  "I'm afraid that option is not available on the basic plan.",
  'You must have entered the wrong email address when you signed up.',
  'Nobody else has reported this issue so far.',
  "We won't be able to change the order once it has shipped.",
];
// A flat "No" only counts at the start of a sentence, so these open a paragraph.
const NO_OPENERS = [
  "No, we don't offer overnight delivery to Alaska or Hawaii.",
  "No, we don't keep a copy of your card details after the payment.",
  'No, that is not something we can change after the invoice is issued.',
];
const NEXT_STEPS = [
  "I'll follow up on {weekday} with an update from the warehouse team.",
  'Could you tell me which browser and version you are using?',
  'Is there anything else I can help you with?',
  'Does that make sense, or would a quick call be easier?',
  'Just reply to this email if anything is unclear and I will pick it up straight away.',
  "I'll keep this ticket open until you confirm that everything works.",
];
const CUSTOMER_LINES = [
  'I ordered this two weeks ago and still nothing has arrived.',
  'Your website keeps telling me my password is wrong, even after the reset.',
  'Why was I charged twice for the same order?',
  'The app crashes every time I try to export a report.',
  'I want a full refund, the product arrived broken.',
  'This is the third time I am writing about this and nobody answers.',
  'Can you at least tell me where my package is?',
  'I have been a customer for six years and I have never been treated like this.',
];
const SIGN_OFFS = ['Best regards,', 'Kind regards,', 'Thanks again,', 'All the best,', 'Cheers,'];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

/** `n` distinct items of `list` in random order (a partial Fisher-Yates shuffle). */
function sample(rand, list, n) {
  const a = [...list];
  const k = Math.min(n, a.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (a.length - i));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, k);
}

function digits(rand, n) {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(rand() * 10);
  return s;
}

/** Fills the `{slot}`s of a template; each call draws fresh values. */
function fill(rand, template, who) {
  return template.replace(/\{(\w+)\}/g, (_, slot) => {
    switch (slot) {
      case 'name':
        return who;
      case 'product':
        return pick(rand, PRODUCTS);
      case 'order':
        return digits(rand, 6);
      case 'usd': // a dollar amount; "$" outside the slot would read as a template placeholder
        return `$${10 + Math.floor(rand() * 490)}.${digits(rand, 2)}`;
      case 'last4':
        return digits(rand, 4);
      case 'city':
        return pick(rand, CITIES);
      case 'carrier':
        return pick(rand, CARRIERS);
      case 'tracking':
        return `1Z${digits(rand, 8)}`;
      case 'date':
        return `${1 + Math.floor(rand() * 28)} ${pick(rand, MONTHS)}`;
      case 'month':
        return pick(rand, MONTHS);
      case 'weekday':
        return pick(rand, WEEKDAYS);
      case 'browser':
        return pick(rand, BROWSERS);
      case 'version':
        return `4.${Math.floor(rand() * 20)}.${Math.floor(rand() * 10)}`;
      default:
        throw new Error(`unknown slot {${slot}}`);
    }
  });
}

/** One body paragraph: a few sentences on one topic, sometimes with a trigger phrase mixed in. */
function paragraph(rand, who) {
  const topic = TOPICS[pick(rand, Object.keys(TOPICS))];
  const sentences = [];
  if (rand() < 0.08) sentences.push(pick(rand, NO_OPENERS));
  for (const t of sample(rand, topic, 3 + Math.floor(rand() * 3))) sentences.push(fill(rand, t, who));
  if (rand() < 0.35) sentences.splice(1 + Math.floor(rand() * (sentences.length - 1)), 0, pick(rand, TRIGGERS));
  if (rand() < 0.2) sentences.push(fill(rand, pick(rand, EMPATHY), who));
  if (rand() < 0.25) sentences.push(fill(rand, pick(rand, NEXT_STEPS), who));
  return sentences.join(' ');
}

/** An inline quote of the customer's message, answered right below it (interleaved reply). */
function inlineQuote(rand) {
  const lines = [];
  const n = 1 + Math.floor(rand() * 2);
  for (let i = 0; i < n; i++) lines.push(`> ${pick(rand, CUSTOMER_LINES)}`);
  return lines.join('\n');
}

/** The previous message of the thread, as a mail client quotes it below the reply. */
function quotedThread(rand, customer) {
  const d = 1 + Math.floor(rand() * 28);
  const header =
    rand() < 0.5
      ? `On ${pick(rand, DAYS)}, ${d} ${pick(rand, MONTHS)} 2024, ${customer.split(' ')[0]} wrote:`
      : `On ${pick(rand, DAYS)}, ${d} ${pick(rand, MONTHS)} 2024 at 09:${digits(rand, 2)}, ${customer} <${customer.split(' ')[0].toLowerCase()}@example.com> wrote:`;
  const lines = [header];
  const n = 3 + Math.floor(rand() * 5);
  for (let i = 0; i < n; i++) lines.push(`> ${pick(rand, CUSTOMER_LINES)}`);
  return lines.join('\n');
}

function signature(rand) {
  return `-- \n${pick(rand, AGENTS)}\nCustomer Support, Northwind\nsupport@northwind.example | +1 555 0100`;
}

/**
 * One draft of about `target` characters: greeting, thanks, apology, body
 * paragraphs (some answering inline quotes), a question, sign-off, signature
 * and the quoted thread. Body paragraphs are added until the next one would
 * overshoot, then a last paragraph is topped up sentence by sentence, so
 * lengths land just under the target.
 */
export function makeDraft(rand, target) {
  const customer = `${pick(rand, NAMES)} ${pick(rand, SURNAMES)}`;
  const first = customer.split(' ')[0];
  const head = [
    fill(rand, pick(rand, GREETINGS), first),
    `${fill(rand, pick(rand, THANKS), first)} ${fill(rand, pick(rand, APOLOGIES), first)}`,
  ];
  const tail = [fill(rand, pick(rand, NEXT_STEPS), first), pick(rand, SIGN_OFFS), signature(rand), quotedThread(rand, customer)];
  const sep = '\n\n';
  let length = head.join(sep).length + tail.join(sep).length + sep.length;
  const body = [];
  for (;;) {
    const p = rand() < 0.15 ? `${inlineQuote(rand)}\n\n${paragraph(rand, first)}` : paragraph(rand, first);
    if (length + p.length + sep.length > target) break;
    body.push(p);
    length += p.length + sep.length;
  }
  const last = [];
  length += sep.length;
  for (let tries = 0; tries < 20; tries++) {
    const s = fill(rand, pick(rand, TOPICS[pick(rand, Object.keys(TOPICS))]), first);
    if (length + s.length + 1 > target) continue;
    last.push(s);
    length += s.length + 1;
  }
  if (last.length > 0) body.push(last.join(' '));
  return [...head, ...body, ...tail].join(sep);
}

/** The benchmark corpus: `count` drafts of ~5,000 characters plus one 100k and one 1M draft. */
export function makeCorpus({ seed = 20240603, count = 40, size = 5000 } = {}) {
  const rand = prng(seed);
  const drafts = [];
  for (let i = 0; i < count; i++) drafts.push(makeDraft(rand, size));
  return { drafts, draft100k: makeDraft(rand, 100_000), draft1m: makeDraft(rand, 1_000_000) };
}
