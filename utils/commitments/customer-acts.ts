// A customer's "I'll…" is a commitment only when the other side relies on it: handing something
// over, paying, sending, calling or answering, trying a fix, being somewhere at a set time. Plans,
// visits, deliberations and threats are the customer's own business ("I'll take a look at the Italian
// place", "I'll think about it", "we'll stay three nights", "I'll pay with my card", "I will cancel my
// account"). Measured on service dialogues written outside the team (tests/eval/external), where a
// customer's own plan was the usual false alarm.
import { splitSubject } from './party';

const ADVERB =
  /^(?:also|still|just|definitely|certainly|surely|then|now|again|gladly|happily|personally|immediately|promptly|quickly|try\s+(?:and|to)|make\s+sure\s+(?:to|i|we)|be\s+sure\s+to|go\s+ahead\s+and|have\s+to|need\s+to|first|both)\s+/i;

// Acts toward the other side (what is handed over, paid, said, done to the product at their ask).
const UNDERTAKING = new RegExp(
  String.raw`^(?:` +
    String.raw`(?:re)?send|e-?mail|mail|post\s+(?:it|them|the|you)|forward|upload|attach|provide|give\s+(?:you|it|them|back)|share|submit|fill\s+(?:in|out)|complete\s+(?:the|it|that|this)|sign|return|ship|drop|bring|hand|deliver|leave\s+(?:it|them|the|a|my)\b[^.;!?]*\b(?:at|with|for|outside|in)\b|` +
    String.raw`pay\b(?!\s+(?:with|by\s+(?:card|cash|check|cheque|credit|debit|visa|paypal|mastercard|amex))|\s+(?:it|them|you|him|her)\s+a\s+visit)|transfer|wire|settle|top\s+up|deposit|reimburse|refund|` +
    String.raw`call|ring|phone|text|message|dm|pm|tweet|inbox|whatsapp|continue|keep\s+(?:an\s+eye|you|trying|at\s+it|(?:\w+ing))|(?:start|pick)\s+(?:this|the|our)\s+(?:conversation|chat|thread)|reply|respond|write\s+(?:back|to\s+you|you)|find|dig\s+out|look\s+up|get\s+(?:you|your|hold\s+of|back|in\s+touch|(?:it|them|this|that|the\s+\w+)\s+(?:to|over\s+to|back\s+to)\s+you)|let\s+(?:you|your)|keep\s+you|update\s+you|confirm|contact|reach\s+out|follow\s+up|` +
    String.raw`try|test|restart|reboot|reinstall|install|update|reset|run|clear|check(?!\s+(?:it|them|this|that|the\s+\w+)\s+out\b)|look\s+(?:for|into)|measure|take\s+(?:a\s+)?(?:photos?|pictures?|screenshots?|care|it\s+to|them\s+to|the\s+\w+\s+to)|photograph|` +
    String.raw`collect|pick\s+(?:it|them|the|up|my)|meet|arrange|schedule|book\s+(?:a|the)\s+(?:call|visit|appointment|time|slot)|be\s+(?:back|there|here|home|at|in|available|on\s+site|around|in\s+touch|back\s+in\s+touch|ready)|go\s+to\s+the\b[^.;!?]*\b\d\w*|head\s+(?:over|down|to)\b[^.;!?]*\b\d\w*|sort|fix|handle|deal\s+with|make\s+(?:the|a|my|our|that|this)\s+(?:\w+\s+)?(?:payment|transfer|deposit|appointment|call|booking)|have\s+(?:it|them|the|a|an|my|our)\b[^.;!?]*\b(?:for\s+you|to\s+you|ready|over\s+to\s+you|sent|done|signed)|do\s+(?:it|that|this|so|the)` +
    String.raw`)\b`,
  'i',
);

/** True when the customer's promise clause ("I'll send the photos tonight") undertakes an act toward the other side. */
export function customerUndertakes(clause: string): boolean {
  // Said outright: "I'll eat there every week, I promise".
  if (/\bi\s+promise\b/i.test(clause)) return true;
  const split = splitSubject(clause);
  let v = (split?.rest ?? clause).trimStart();
  for (let i = 0; i < 3 && ADVERB.test(v); i++) v = v.replace(ADVERB, '');
  return UNDERTAKING.test(v);
}
