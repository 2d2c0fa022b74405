// findRequest and findReportedRequest one row per word of their lists: each request frame, each
// polite word between the frame and the verb, each place a frame may start, each courtesy formula,
// verb of perceiving and information ask, each imperative verb, each want and reported-request form.
import { describe, expect, it } from 'vitest';
import { findReportedRequest, findRequest } from './request';

const action = (sentence: string) => findRequest(sentence)?.action ?? null;

describe('findRequest: the frames', () => {
  it.each([
    ['Could you send the logs by Friday?', 'send the logs by Friday?'],
    ['Can you send the logs?', 'send the logs?'],
    ['Would you send the logs?', 'send the logs?'],
    ['Will you send the logs?', 'send the logs?'],
    ['Could u send the logs?', 'send the logs?'],
    ["Could y'all send the logs?", 'send the logs?'],
    ['Could you guys send the logs?', 'send the logs?'],
    ['Could you all send the logs?', 'send the logs?'],
    ['COULD YOU SEND THE LOGS?', 'SEND THE LOGS?'],
    ['Could  you  send the logs?', 'send the logs?'],
    ['Would you be able to send the logs?', 'send the logs?'],
    ['Could u be willing to send the logs?', 'send the logs?'],
    ['Can you please be so kind as to send the logs?', 'send the logs?'],
    ['Will you be able to send the logs?', 'send the logs?'],
    ['Would you mind sending the logs?', 'sending the logs?'],
    ['Do you mind sending the logs?', 'sending the logs?'],
    ['Would you mind please sending the logs?', 'sending the logs?'],
    ['Is it possible to send the logs?', 'send the logs?'],
    ['Would it be possible for you to send the logs?', 'send the logs?'],
    ['Is it possible for your team to send the logs?', 'send the logs?'],
    ['Can I ask you to send the logs?', 'send the logs?'],
    ['Could we get you to send the logs?', 'send the logs?'],
    ['May I ask your team to send the logs?', 'send the logs?'],
    ['Might I ask you to please send the logs?', 'send the logs?'],
    ['I need you to send the logs.', 'send the logs.'],
    ["I'd need you to send the logs.", 'send the logs.'],
    ['We would like you to send the logs.', 'send the logs.'],
    ['I really want you to send the logs.', 'send the logs.'],
    ['We will ask you to send the logs.', 'send the logs.'],
    ['I require that you send the logs.', 'send the logs.'],
    ['We expect your team to send the logs.', 'send the logs.'],
    ['I need you send the logs.', 'send the logs.'],
    ["I'd appreciate it if you could send the logs.", 'send the logs.'],
    ['We would really appreciate if you would send the logs.', 'send the logs.'],
    ['I appreciate it if you can send the logs.', 'send the logs.'],
    ["I'd appreciate it if you send the logs.", 'send the logs.'],
    ['It would be great if you could send the logs.', 'send the logs.'],
    ["It'd be really helpful if you would send the logs.", 'send the logs.'],
    ['That would be good if you can send the logs.', 'send the logs.'],
    ["That'd be nice if you could send the logs.", 'send the logs.'],
    ['It would be ideal if you could send the logs.', 'send the logs.'],
    ['It would be wonderful if you could send the logs.', 'send the logs.'],
    ['It would be perfect if you could send the logs.', 'send the logs.'],
    ['It would be appreciated if you could send the logs.', 'send the logs.'],
    ['It would be useful if you could send the logs.', 'send the logs.'],
    ['Please send the logs.', 'send the logs.'],
    ['Pls send the logs.', 'send the logs.'],
    ['Plz send the logs.', 'send the logs.'],
    ['Kindly send the logs.', 'send the logs.'],
    ['Please do send the logs.', 'send the logs.'],
    ['Please also send the logs.', 'send the logs.'],
    ['Please just send the logs.', 'send the logs.'],
  ])('%j asks: %j', (sentence, asked) => {
    expect(action(sentence)).toBe(asked);
    expect(findRequest(sentence)?.needsDeadline).toBe(false);
  });

  it.each([
    ['I need the signed form from you by Friday.', 'provide the signed form by Friday.'],
    ["We'd need the PO from you.", 'provide the PO.'],
    ['We would require the logs from you by Monday.', 'provide the logs by Monday.'],
    ['I will need the serial number from you.', 'provide the serial number.'],
    ['We still need the photos from you.', 'provide the photos.'],
  ])('the thing needed from the other side: %j', (sentence, asked) => {
    expect(action(sentence)).toBe(asked);
  });

  it('"from you" with nothing needed before it is no request of that form', () => {
    expect(findRequest('I need from you by Friday.')).toBeNull();
  });

  it.each([
    ['You need to sign the form by Friday.', 'sign the form by Friday.'],
    ["You'll have to sign the form.", 'sign the form.'],
    ['You will need to sign the form.', 'sign the form.'],
    ['You must sign the form.', 'sign the form.'],
    ['You should sign the form.', 'sign the form.'],
    ['You have to just sign the form.', 'sign the form.'],
  ])('an instruction is a request only with a deadline: %j', (sentence, asked) => {
    expect(findRequest(sentence)).toEqual({ before: '', action: asked, needsDeadline: true });
  });
});

describe('findRequest: polite words between the frame and the verb', () => {
  it.each([
    'please',
    'pls',
    'plz',
    'kindly',
    'possibly',
    'perhaps',
    'maybe',
    'also',
    'just',
    'still',
    'quickly',
    'both',
    'all',
    'then',
    'now',
  ])('"Could you %s send the logs?"', (word) => {
    expect(action(`Could you ${word} send the logs?`)).toBe('send the logs?');
  });

  it('several polite words in a row, and two spaces', () => {
    expect(action('Could you please just quickly send the logs?')).toBe('send the logs?');
    expect(action('Could you please  send the logs?')).toBe('send the logs?');
  });
});

describe('findRequest: where a frame may start', () => {
  it.each([
    ['Thanks, could you send the logs?', 'Thanks'],
    ['Thanks,could you send the logs?', 'Thanks'],
    ['OK; could you send the logs?', 'OK'],
    ['One thing: could you send the logs?', 'One thing'],
    ['(could you send the logs?)', ''],
    ['Right — could you send the logs?', 'Right '],
    ['Right – could you send the logs?', 'Right '],
    ['Got it and could you send the logs?', 'Got it '],
    ['Got it but could you send the logs?', 'Got it '],
    ['Got it so could you send the logs?', 'Got it '],
    ['Got it also could you send the logs?', 'Got it '],
    ['Got it then could you send the logs?', 'Got it '],
    ['Got it, and please send the logs.', 'Got it, '],
    ['Got it and please send the logs.', 'Got it '],
  ])('%j', (sentence, before) => {
    expect(findRequest(sentence)?.before).toBe(before);
    expect(findRequest(sentence)?.action).toMatch(/^send the logs/);
  });

  it.each([
    'How could you send it to the wrong address?',
    'Why would you send it twice?',
    'Nobody could you believe it.',
    'The ones you need to sign are gone.',
    'Your site says please send the logs.',
    'Sandwiches could you send?',
  ])('not at a frame start: %j', (sentence) => {
    expect(findRequest(sentence)).toBeNull();
  });
});

describe('findRequest: what is not a request', () => {
  it.each([
    'Would you like me to call you?',
    'Would you prefer email?',
    'Would you rather wait?',
    'Would you want a call?',
    'Could you mind the gap?',
  ])('an offer or a preference: %j', (sentence) => {
    expect(findRequest(sentence)).toBeNull();
  });

  it.each([
    'note',
    'be advised',
    'be aware',
    'be assured',
    'rest assured',
    'find attached',
    'see below',
    'see above',
    'see attached',
    'see the attached',
    'feel free to call',
    'do not hesitate to call',
    "don't hesitate to call",
    "don't worry",
    'do not worry',
    'accept our apologies',
    'bear with us',
    'excuse the delay',
    'forgive the delay',
    'allow 3 days',
    'enjoy the weekend',
    'have a good day',
    'keep in mind the cut-off',
    'remember the cut-off',
    'stay safe',
    'disregard the last email',
    'ignore the last email',
    'understand the delay',
    'know that we care',
    'be patient',
    'be careful',
    'refer to the guide',
    'take care',
    'take note of the cut-off',
    'rate our service',
    'consider the upgrade',
    'let me know if you have any questions',
    'let us know if there is anything else',
    'let me know if you need anything',
    'let me know if there are any questions',
  ])('a courtesy formula: "Please %s."', (words) => {
    expect(findRequest(`Please ${words}.`)).toBeNull();
    expect(findRequest(`Could you ${words}?`)).toBeNull();
  });

  it.each([
    'believe it',
    'imagine that',
    'see the attachment',
    'hear me',
    'understand the bill',
    'remember my order',
    'recall my order',
    'think about it',
    'guess the total',
    'feel the difference',
    'tell if it shipped',
    'tell whether it shipped',
    'be there',
    'read it',
    'read this',
    'read that',
    'read me the total',
    'access the portal',
    'open the link',
    'login to the portal',
    'log in',
    'not charge me',
    'never charge me',
    'actually do it',
    'really do it',
  ])('a verb of perceiving or believing: "Can you %s?"', (words) => {
    expect(findRequest(`Can you ${words}?`)).toBeNull();
  });

  it('"still", "not" right after "please" (the polite words of the other frames take "still" first)', () => {
    expect(findRequest('Please still call me.')).toBeNull();
    expect(findRequest('Please not today.')).toBeNull();
    expect(findReportedRequest('Maria asked me to still call')).toBeNull();
  });

  it.each([
    ['Could you tell me why it failed?', 'tell me why it failed?'],
    ['Can you explain the charge?', 'explain the charge?'],
    ['Could you clarify the charge?', 'clarify the charge?'],
    ['Could you describe the issue?', 'describe the issue?'],
    ['Could you advise on this?', 'advise on this?'],
    ['Can you say when it ships?', 'say when it ships?'],
    ['Please let me know the total.', 'let me know the total.'],
    ['Please let us know the total.', 'let us know the total.'],
    ['Could you get back to me?', 'get back to me?'],
    ['Could you get back to us?', 'get back to us?'],
    ['Can you confirm if it shipped?', 'confirm if it shipped?'],
    ['Can you confirm whether it shipped?', 'confirm whether it shipped?'],
    ['Can you confirm that it shipped?', 'confirm that it shipped?'],
    ['Can you confirm what was charged?', 'confirm what was charged?'],
    ['Can you confirm which plan I have?', 'confirm which plan I have?'],
    ['Can you confirm who signed?', 'confirm who signed?'],
    ['Can you confirm how it works?', 'confirm how it works?'],
    ['Can you confirm when it ships?', 'confirm when it ships?'],
    ['Can you confirm why it failed?', 'confirm why it failed?'],
    ['Can you help?', 'help?'],
    ['Could you help me?', 'help me?'],
    ['Could you help us out?', 'help us out?'],
    ['Could you help me with this?', 'help me with this?'],
    ['Could you help with that?', 'help with that?'],
    ['Can you help with it!', 'help with it!'],
    ['Could you give me an idea of the cost?', 'give me an idea of the cost?'],
    ['Could you give us a sense of the timing?', 'give us a sense of the timing?'],
    ['Could you give me a clue?', 'give me a clue?'],
    ['Could you give me a hint?', 'give me a hint?'],
  ])('asking to be told: a request only with a deadline: %j', (sentence, asked) => {
    expect(findRequest(sentence)).toEqual({ before: '', action: asked, needsDeadline: true });
  });

  it.each([
    'Can you confirm the order?',
    'Could you help me move the booking?',
    'Could you give me a refund?',
    'Could you send the logs and say when?',
    'Could you send the logs and tell me?',
  ])('an act, not an information ask: %j', (sentence) => {
    expect(findRequest(sentence)?.needsDeadline).toBe(false);
  });

  it('empty, blank and over-long text is no request', () => {
    expect(findRequest('')).toBeNull();
    expect(findRequest('   ')).toBeNull();
    expect(findRequest(`Please send ${'x'.repeat(1489)}`)).toBeNull();
    expect(findRequest(`Please send ${'x'.repeat(1488)}`)?.action).toMatch(/^send x+$/);
    expect(findRequest('Please   ')).toBeNull();
  });
});

describe('findRequest: a bare imperative', () => {
  it.each([
    'send',
    'submit',
    'sign',
    'return',
    'email',
    'e-mail',
    'reply',
    'respond',
    'upload',
    'share',
    'forward',
    'provide',
    'pay',
    'complete',
    'fill in',
    'fill out',
    'confirm',
    'review',
    'approve',
    'book',
    'schedule',
    'call',
    'ring',
    'get',
    'fix',
    'update',
    'check',
    'install',
    'restart',
    'reset',
    'attach',
    'bring',
    'drop off',
    'ship',
    'post',
    'mail',
    'transfer',
    'renew',
    'cancel',
    'register',
    'log in',
    'sign up',
    'choose',
    'pick',
    'decide',
  ])('"%s it by Friday." asks for it with a deadline', (verb) => {
    const sentence = `${verb[0]!.toUpperCase()}${verb.slice(1)} it by Friday.`;
    expect(findRequest(sentence)).toEqual({ before: '', action: sentence, needsDeadline: true });
  });

  it.each(['Sending it by Friday.', 'Signage by Friday.', 'Then send it by Friday.', 'Fill the form by Friday.', 'Drop it by Friday.'])(
    'not an imperative of the list at the start: %j',
    (sentence) => {
      expect(findRequest(sentence)).toBeNull();
    },
  );
});

describe("findRequest: the writer's wants", () => {
  it.each([
    ["I'd like a refund for the kettle.", 'provide a refund for the kettle.'],
    ['I would like an exchange.', 'provide an exchange.'],
    ["We'd really like the invoice.", 'provide the invoice.'],
    ["I'd also like my deposit back.", 'provide my deposit back.'],
    ["I'd just like our money back.", 'provide our money back.'],
    ['I want some answers.', 'provide some answers.'],
    ['We really want one replacement.', 'provide one replacement.'],
    ['I also want two tickets.', 'provide two tickets.'],
    ['I just want three copies.', 'provide three copies.'],
    ['I want 2 copies.', 'provide 2 copies.'],
    ['Can I get a replacement?', 'provide a replacement?'],
    ['Could we have a refund?', 'provide a refund?'],
    ['May I order a new card?', 'provide a new card?'],
    ['Can I please get a new card?', 'provide a new card?'],
    ['Can I also have a receipt?', 'provide a receipt?'],
    ['Can I just get a receipt?', 'provide a receipt?'],
    ['Hi I want a refund.', 'provide a refund.'],
    ['Hello, I want a refund.', 'provide a refund.'],
    ['Hey I want a refund.', 'provide a refund.'],
    ['OK so I want a refund.', 'provide a refund.'],
    ['OK but I want a refund.', 'provide a refund.'],
    ['OK and I want a refund.', 'provide a refund.'],
    ['OK; I want a refund.', 'provide a refund.'],
    ['(I want a refund.)', 'provide a refund.)'],
    ['OK — I want a refund.', 'provide a refund.'],
    ['OK – I want a refund.', 'provide a refund.'],
    ['I want a refund\nfor the kettle.', 'provide a refund\nfor the kettle.'],
  ])('%j', (sentence, asked) => {
    const found = findRequest(sentence);
    expect(found?.action).toBe(asked);
    expect(found?.want).toBe(true);
    expect(found?.needsDeadline).toBe(false);
  });

  it.each([
    'cancel',
    'book',
    'reserve',
    'order',
    'purchase',
    'buy',
    'return',
    'exchange',
    'swap',
    'change',
    'upgrade',
    'downgrade',
    'reschedule',
    'renew',
    'schedule',
    'make a reservation',
    'make an appointment',
    'make a booking',
    'make an order',
    'make a transfer',
    'make a payment',
    'make a complaint',
    'make a claim',
    'request',
    'transfer',
    'send',
    'close',
    'open',
    'find',
    'report',
    'dispute',
    'claim',
    'get',
    'receive',
  ])('"I\'d like to %s it": an act the other side performs', (act) => {
    expect(findRequest(`I'd like to ${act} it.`)).toEqual({ before: '', action: `${act} it.`, needsDeadline: false, want: true });
  });

  it.each([
    "I'd like to pick it up on the 8th.",
    "I'd like to know why.",
    "I'd like to find out why it failed.",
    "I'd like to cancelled it.",
    'I want you to know.',
    'I want your help.',
    'I want it now.',
    'I want that one.',
    'I want this fixed.',
    'I want them back.',
    'I want.',
    'Why? I want a refund.',
  ])('not a want of the other side: %j', (sentence) => {
    expect(findRequest(sentence)?.want).toBeUndefined();
  });

  it('a want after a question in the same sentence is not an ask', () => {
    expect(findRequest('Is it broken? I want a refund.')?.want).toBeUndefined();
    expect(findRequest('Is it broken?  I want a refund.')?.want).toBeUndefined();
  });

  it('a want of a courtesy or a state is not an ask', () => {
    expect(findRequest("I'd like to note that it failed.")).toBeNull();
  });
});

describe('findReportedRequest', () => {
  it.each([
    ['Customer asked me to send the quote by Friday', 'Customer', 'me', 'send the quote by Friday'],
    ['Maria asks us to call her back', 'Maria', 'us', 'call her back'],
    ['Legal has requested that we resend the draft', 'Legal', 'we', 'resend the draft'],
    ['Legal requests you to resend the draft', 'Legal', 'you', 'resend the draft'],
    ['Maria wants us to call her back tomorrow', 'Maria', 'us', 'call her back tomorrow'],
    ['Maria wanted him to call', 'Maria', 'him', 'call'],
    ['Maria needs her to call', 'Maria', 'her', 'call'],
    ['Maria needed them to call', 'Maria', 'them', 'call'],
    ['Maria would like Sam to call', 'Maria', 'Sam', 'call'],
    ["Maria'd like the team to call", 'Maria', 'the team', 'call'],
    ['Maria told our courier to call', 'Maria', 'our courier', 'call'],
    ['Maria tells me to call', 'Maria', 'me', 'call'],
    ['Maria expects me to call', 'Maria', 'me', 'call'],
    ['Maria expected that we would call', 'Maria', 'we', 'call'],
    ["She'd like us to call her back", 'She', 'us', 'call her back'],
    ['Maria told my colleague to call', 'Maria', 'my colleague', 'call'],
    ['cust asked sam to call', 'cust', 'sam', 'call'],
    ['Maria has just asked me to call', 'Maria', 'me', 'call'],
    ['Maria have also asked me to call', 'Maria', 'me', 'call'],
    ['Maria had asked me to call', 'Maria', 'me', 'call'],
    ['Maria asked me should call', 'Maria', 'me', 'call'],
    ['Maria asked me would call', 'Maria', 'me', 'call'],
    ['Maria asked me will call', 'Maria', 'me', 'call'],
    ['Maria asked me call', 'Maria', 'me', 'call'],
    ['The customer from Acme asked me to call', 'The customer from Acme', 'me', 'call'],
    ['  Maria asked  me  to  call  ', 'Maria', 'me', 'call'],
    ['maria@example.com asked me to call', 'maria@example.com', 'me', 'call'],
  ])('%j', (clause, asker, asked, what) => {
    expect(findReportedRequest(clause)).toEqual({ asker, asked, action: what });
  });

  it.each([
    'Maria asked me to believe it',
    'Maria asked me to note the date',
    'One two three four five asked me to call',
    'Maria asked',
    'Maria asked whether we ship',
    'Maria asked if we ship abroad',
    'Maria asked when we ship',
    'Maria asked why it failed',
    'Maria asked how it works',
    'Maria asked what we need',
    'Maria asked where it is',
    'Maria asked which plan fits',
    'Maria asked who signed',
  ])('no reported request: %j', (clause) => {
    expect(findReportedRequest(clause)).toBeNull();
  });
});

// A message's sentence keeps the spacing it was typed with: every word group of the lists is read
// across two spaces too.
describe('findRequest and findReportedRequest: typed with two spaces', () => {
  it.each([
    ['Thanks,  please send the logs.', 'send the logs.'],
    ['Got it and  please send the logs.', 'send the logs.'],
    ['Please  send the logs.', 'send the logs.'],
    ['Please do  send the logs.', 'send the logs.'],
    ['Please also  send the logs.', 'send the logs.'],
    ['Please just  send the logs.', 'send the logs.'],
    ['I need the form from  you by Friday.', 'provide the form by Friday.'],
    ["I'd like to  cancel it.", 'cancel it.'],
    ["I'd like a ticket to Paris.", 'provide a ticket to Paris.'],
    ['Could you send the invoice from your portal?', 'send the invoice from your portal?'],
  ])('%j asks: %j', (sentence, asked) => {
    expect(action(sentence)).toBe(asked);
  });

  it.each([
    'Fill  in the form by Friday.',
    'Drop  off the keys by Friday.',
    'Log  in by Friday.',
    'Sign  up by Friday.',
    ' Send it by Friday.',
  ])('an imperative: %j', (sentence) => {
    expect(findRequest(sentence)).toEqual({ before: '', action: sentence.trim(), needsDeadline: true });
  });

  it.each([
    'Please do  not hesitate to call.',
    'Please do not  hesitate to call.',
    "Please don't  hesitate to call.",
    "Please don't  worry.",
    'Please do  not worry.',
    'Please do not  worry.',
    'Please rest  assured.',
    'Please bear  with us.',
    'Please have  a good day.',
    'Please keep  in mind the cut-off.',
    'Please keep in  mind the cut-off.',
    'Please take  care.',
    'Please let  me know if you have any questions.',
    'Please let me  know if you have any questions.',
    'Please let me know  if you have any questions.',
    'Please let me know if  you have any questions.',
    'Please let me know if you  have any questions.',
    'Please let me know if you have  any questions.',
    'Can you tell  if it shipped?',
    'Can you read  it?',
  ])('no request: %j', (sentence) => {
    expect(findRequest(sentence)).toBeNull();
  });

  it.each([
    'Can you confirm  if it shipped?',
    'Could you help  me?',
    'Could you help  out?',
    'Could you help with  this?',
    'Could you help me?  ',
    'Could you give  me an idea of the cost?',
    'Could you give me  an idea of the cost?',
    'Could you give me an  idea of the cost?',
    'Could you give me idea of the cost?',
    'Please let  me know the total.',
    'Please let me  know the total.',
    'Could you get  back to me?',
    'Could you get back  to me?',
    'Could you get back to  me?',
    'Can you explain the charge?!',
    'Could you help ?',
    'Could you help',
  ])('asking to be told: %j', (sentence) => {
    expect(findRequest(sentence)?.needsDeadline).toBe(true);
  });

  it('a want after a question is not an ask, wherever the question mark is in the words before', () => {
    expect(findRequest('Is it broken? so I want a refund.')?.want).toBeUndefined();
    expect(findRequest('Is it broken?  so I want a refund.')?.want).toBeUndefined();
    expect(findRequest('Is it broken?! so I want a refund.')?.want).toBeUndefined();
    expect(findRequest('Broken? Yes so I want a refund.')?.want).toBe(true);
  });

  it.each([
    ['Maria  Lopez asked me to call', 'Maria  Lopez', 'me', 'call'],
    ['Maria  asked me to call', 'Maria', 'me', 'call'],
    ['Maria has  asked me to call', 'Maria', 'me', 'call'],
    ['Maria have  asked me to call', 'Maria', 'me', 'call'],
    ['Maria had  asked me to call', 'Maria', 'me', 'call'],
    ['Maria just  asked me to call', 'Maria', 'me', 'call'],
    ['Maria also  asked me to call', 'Maria', 'me', 'call'],
    ['Maria would  like me to call', 'Maria', 'me', 'call'],
    ["She'd  like us to call", 'She', 'us', 'call'],
    ['Maria asked that  we call', 'Maria', 'we', 'call'],
    ['Maria told our  courier to call', 'Maria', 'our  courier', 'call'],
  ])('%j', (clause, asker, asked, what) => {
    expect(findReportedRequest(clause)).toEqual({ asker, asked, action: what });
  });
});
