// A customer's "I'll…" is tracked only when it undertakes an act the agent relies on. One row per
// verb of the undertaking list and per lead-in adverb, and the near misses each guard excludes
// (paying with a card, paying a visit, checking a place out), so dropping or widening any word fails.
import { describe, expect, it } from 'vitest';
import { customerUndertakes } from './customer-acts';

describe('customerUndertakes: acts toward the other side', () => {
  it.each([
    'send the photos',
    'resend the invoice',
    'email the receipt',
    'e-mail the receipt',
    'mail the form',
    'post it today',
    'post them to you',
    'post the parts back',
    'post you the key',
    'forward the thread',
    'upload the logs',
    'attach the screenshot',
    'provide the serial number',
    'give you the code',
    'give it to your colleague',
    'give them the details',
    'give back the loaner',
    'share the file',
    'submit the claim',
    'fill in the form',
    'fill out the survey',
    'complete the form',
    'complete it tonight',
    'complete that survey',
    'complete this step',
    'sign the contract',
    'return the kettle',
    'ship the unit back',
    'drop the keys off',
    'bring the receipt',
    'hand over the keys',
    'deliver the documents',
    'leave it at the front desk',
    'leave them with reception',
    'leave the parcel outside the door',
    'leave a note for the driver',
    'leave my keys in the box',
    'pay the invoice',
    'pay you on Friday',
    'transfer the balance',
    'wire the money',
    'settle the bill',
    'top up the account',
    'deposit the cheque',
    'reimburse the fee',
    'refund the difference',
    'call you tomorrow',
    'ring you back',
    'phone the office',
    'text you the code',
    'message you later',
    'dm you the order number',
    'pm you the details',
    'tweet you the link',
    'inbox you the photo',
    'whatsapp you the picture',
    'continue the test tonight',
    'keep an eye on it',
    'keep you posted',
    'keep trying',
    'keep at it',
    'keep checking the router',
    'start this conversation again tomorrow',
    'pick the chat up later',
    'start our thread over',
    'reply tonight',
    'respond by Friday',
    'write back tomorrow',
    'write to you later',
    'write you a note',
    'find the receipt',
    'dig out the invoice',
    'look up the order number',
    'get you the number',
    'get your team the logs',
    'get hold of the manager',
    'get back to you',
    'get in touch tomorrow',
    'get it to you by Monday',
    'get them over to you tonight',
    'get this back to you',
    'get that to you',
    'get the form back to you',
    'let you know',
    'let your team know',
    'update you tomorrow',
    'confirm the address',
    'contact the store',
    'reach out tomorrow',
    'follow up on Monday',
    'try the new cable',
    'test it again',
    'restart the router',
    'reboot the phone',
    'reinstall the app',
    'install the update',
    'update the firmware',
    'reset the password',
    'run the scan',
    'clear the cache',
    'check the settings',
    'look for the receipt',
    'look into it',
    'measure the window',
    'take a photo of it',
    'take photos tonight',
    'take pictures of the box',
    'take a screenshot',
    'take screenshots of the error',
    'take care of it',
    'take it to the store',
    'take them to the depot',
    'take the laptop to the shop',
    'photograph the label',
    'collect the parcel',
    'pick it up',
    'pick them up',
    'pick the parcel up',
    'pick up the order',
    'pick my order up',
    'meet the technician',
    'arrange a time',
    'schedule the visit',
    'book a call',
    'book the visit',
    'book the appointment',
    'book a time',
    'book a slot',
    'be back at 3',
    'be there at noon',
    'be here all day',
    'be home from 9',
    'be at the office',
    'be in all morning',
    'be available tomorrow',
    'be on site from 8',
    'be around after lunch',
    'be in touch',
    'be back in touch tomorrow',
    'be ready at 5',
    'go to the store at 5',
    'head over at 3',
    'head down around 4pm',
    'head to the depot at 10',
    'sort it out',
    'fix the settings',
    'handle the return',
    'deal with the courier',
    'make the payment',
    'make a transfer',
    'make my deposit',
    'make our appointment',
    'make that call',
    'make this booking',
    'make the final payment',
    'have it ready for you',
    'have them sent by Friday',
    'have the form signed',
    'have a copy for you',
    'have an answer to you',
    'have my part done',
    'have our forms over to you',
    'do it tonight',
    'do that now',
    'do this tomorrow',
    'do so today',
    'do the test',
  ])("I'll %s", (rest) => {
    expect(customerUndertakes(`I'll ${rest}`)).toBe(true);
  });
});

describe("customerUndertakes: the customer's own plans, choices and threats", () => {
  it.each([
    'take a look at the Italian place',
    'think about it',
    'stay three nights',
    'pay with my card',
    'pay by card',
    'pay by cash',
    'pay by check',
    'pay by cheque',
    'pay by credit card',
    'pay by debit card',
    'pay by visa',
    'pay by paypal',
    'pay by mastercard',
    'pay by amex',
    'pay it a visit',
    'pay them a visit',
    'pay you a visit',
    'pay him a visit',
    'pay her a visit',
    'check it out',
    'check them out',
    'check this out',
    'check that out',
    'check the place out',
    'cancel my account',
    'post a review',
    'give up',
    'complete my degree',
    'leave it',
    'leave the company',
    'keep the change',
    'go to the park',
    'head home',
    'book a table',
    'make dinner',
    'have a think',
    'be happy',
    'take a nap',
    'get a new phone',
    'do my best',
    'start a new job',
    'pick a color',
    // a listed verb as the start of a longer word is another word
    'testify tomorrow',
    'signal when ready',
    'callous',
  ])("I'll %s", (rest) => {
    expect(customerUndertakes(`I'll ${rest}`)).toBe(false);
  });
});

describe('customerUndertakes: lead-in words before the verb', () => {
  it.each([
    'also',
    'still',
    'just',
    'definitely',
    'certainly',
    'surely',
    'then',
    'now',
    'again',
    'gladly',
    'happily',
    'personally',
    'immediately',
    'promptly',
    'quickly',
    'make sure to',
    'make sure i',
    'make sure we',
    'be sure to',
    'go ahead and',
    'have to',
    'need to',
    'first',
    'both',
    'ALSO',
  ])("I'll %s send the photos", (adverb) => {
    expect(customerUndertakes(`I'll ${adverb} send the photos`)).toBe(true);
  });

  // Messages keep the spacing they were typed with (only notes fold it): two spaces between the
  // words of a lead-in or of "I promise" are still those words.
  it.each(['make  sure  to', 'make  sure  i', 'be  sure  to', 'go  ahead  and', 'have  to', 'need  to', 'also  ', 'also\t'])(
    'typed with more spaces: "I\'ll %s send the photos"',
    (adverb) => {
      expect(customerUndertakes(`I'll ${adverb} send the photos`)).toBe(true);
    },
  );

  it('the verbs are read in any case', () => {
    expect(customerUndertakes("I'll Send the photos")).toBe(true);
    expect(customerUndertakes("I'LL CALL YOU BACK")).toBe(true);
    expect(customerUndertakes("I'll Think about it")).toBe(false);
  });

  it('up to three lead-in words are skipped, not a fourth', () => {
    expect(customerUndertakes("I'll also still just send the photos")).toBe(true);
    expect(customerUndertakes("I'll also still just then send the photos")).toBe(false);
  });

  it('a lead-in word must be followed by a space: "nowhere" is not "now"', () => {
    expect(customerUndertakes("I'll nowsend it")).toBe(false);
  });
});

describe('customerUndertakes: the clause itself', () => {
  it('"I promise" said outright undertakes anything', () => {
    expect(customerUndertakes("I'll eat there every week, I promise")).toBe(true);
    expect(customerUndertakes("I'll eat there every week")).toBe(false);
    expect(customerUndertakes("I'll eat there, I PROMISE")).toBe(true);
    expect(customerUndertakes("I'll eat there, hi promises")).toBe(false);
    expect(customerUndertakes("I'll eat there, I  promise")).toBe(true);
  });

  it('a clause without a subject is read as it is, from its first word', () => {
    expect(customerUndertakes('send the photos tonight')).toBe(true);
    expect(customerUndertakes('   send the photos tonight')).toBe(true);
    expect(customerUndertakes('think about it')).toBe(false);
  });

  it('other subjects and modals: the verb after the modal counts', () => {
    expect(customerUndertakes('We will send the forms')).toBe(true);
    expect(customerUndertakes('My husband is going to drop the keys off')).toBe(true);
    expect(customerUndertakes('We will think it over')).toBe(false);
  });

  it('the verb must start the rest: a listed verb later in the clause does not count', () => {
    expect(customerUndertakes("I'll think about whether to send it")).toBe(false);
  });
});
