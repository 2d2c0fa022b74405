// Is this sentence a promise? We keep first-person future commitments ("I'll send…", "we will
// follow up", "let me check", "a member of our team will be in touch", "they will contact me")
// and leave out requests, questions, hypotheticals, hedged hopes, past facts, states ("I will be
// out of the office"), needs ("we will need…") and predictions nobody controls ("I will miss it").
// Rules look at the subject, the modal, and the first verb after it; no word lists per sentence.

export interface PromiseMatch {
  /** The promise clause, from its subject on ("we'll get back to you…"). */
  clause: string;
  /** Offset of the clause in the sentence. */
  index: number;
}

// Roles and departments that act for a side: "a representative", "our technician", "someone from
// billing", "the billing team", "a member of our team".
// People who act for the writer ("my accountant", "my husband", "our installer").
const PERSON = String.raw`(?:husband|wife|partner|spouse|son|daughter|kids?|mother|father|mom|mum|dad|parents?|brother|sister|assistant|accountant|bookkeeper|lawyer|attorney|solicitor|coworker|co-worker|boss|neighbou?r|friend|landlord|tenant|contractor|builder|plumber|electrician|secretary|pa|office|it\s+(?:guy|person|team|department))`;
export const ROLE = String.raw`(?:${PERSON}|representative|rep|agent|specialist|technician|tech|engineer|manager|supervisor|advis[oe]r|colleague|teammate|expert|consultant|coordinator|courier|driver|carrier|department|dept|desk|staff|associate|officer|installer|inspector|account\s+manager|case\s+manager|team)`;
const DEPARTMENT = String.raw`(?:billing|legal|engineering|finance|accounting|accounts|support|shipping|logistics|dispatch|returns|the\s+warehouse|our\s+warehouse|it\s+(?:team|department|desk)|security|compliance|payroll|sales|procurement|tech\s+support|customer\s+(?:care|service|success))`;
const SUBJECT = String.raw`(?:i|we|(?:someone|somebody)(?=\s+(?:will|shall)\b|'ll)|your\s+(?:[\w-]+\s+)?(?:account\s+manager|case\s+manager|representative|rep|specialist|technician|engineer|advis[oe]r|consultant|installer|agent)|our\s+(?:[\w-]+\s+){0,2}team|my\s+(?:[\w-]+\s+){0,2}team|your\s+(?:[\w-]+\s+){0,2}?(?:team|department|dept|desk)|(?:a\s+member|someone|somebody|one)\s+(?:of|from)\s+(?:our|my|the|that)\s+(?:[\w-]+\s+){0,2}team|they|he|she|team\s+@?\w+|(?:a|an|our|my|the|one\s+of\s+our)\s+(?:[\w-]+\s+){0,2}?${ROLE}s?|(?:someone|somebody|a\s+member|one\s+of\s+(?:our|the)\s+\w+)\s+(?:from|in|at|of)\s+(?:our\s+|the\s+|my\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:${DEPARTMENT}|${ROLE}s?)|(?<![\w'])${DEPARTMENT}(?:\s+team)?)`;
const MODAL = String.raw`(?:'ll|'d\s+be\s+(?:happy|glad)\s+to|\s+would\s+be\s+(?:happy|glad)\s+to|\s+will|\s+shall|'m\s+going\s+to|'re\s+going\s+to|\s+am\s+going\s+to|\s+are\s+going\s+to|\s+promise\s+to|\s+commit\s+to|\s+plan\s+to|\s+intend\s+to)`;
// "Our engineers are on it and will…": the writer's own people named before a shared "and will".
const OWN_GROUP_BEFORE = new RegExp(String.raw`^\s*(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:${ROLE}s?|engineers|people|folks)\b`, 'i');
const ROLE_BEFORE = new RegExp(String.raw`\b(?:my|our|the|your|a|an)\s+(?:[\w-]+\s+){0,2}?${ROLE}s?\b`, 'i');
const PROMISE = new RegExp(String.raw`(?:^|[\s,;:(—–-])(${SUBJECT}${MODAL})\s+((?:[\w']+\s+){0,3})`, 'gi');
// "We have received your DM and will follow up there": a promise sharing an earlier subject.
const COORDINATED = /\b(?:and|&|then)\s+(will|shall)\s+((?:[\w']+\s+){0,3})/gi;
// "Your new card is being printed and should reach you within 5 days", "A replacement has been
// ordered and will be dispatched tomorrow": a passive promise sharing the thing named first.
const COORDINATED_PASSIVE =
  /^(?:your|the|a|an|our|my)\s+[^,;.]{0,60}?\s(?:and|then)\s+((?:will|should|shall)\s+(?:(?:be|get)\s+(?:(?:also|then|now|promptly)\s+)?((?:[\w']+\s*){1,3})|(?:arrive|reach\s+you)))/i;
const LET_ME =
  /(?:^|[\s,;:(—–-])(let\s+(?:me|us)|allow\s+me\s+(?:just\s+)?(?:a\s+)?(?:minute|moment|second)?\s*to)\s+((?:[\w']+\s+){0,3})/gi;
const I_CAN = /(?:^|[\s,;:(—–-])((?:i|we)\s+can)\s+((?:[\w']+\s+){0,3})/gi;

const HEDGE =
  /\b(?:hopefully|apparently|supposedly|allegedly|reportedly|i\s+hope|we\s+hope|hoping|fingers\s+crossed|crossed|k?not\s+sure|i\s+(?:don't|do\s+not)\s+know|i\s+have\s+(?:a|this)\s+feeling|i\s+(?:think|guess|bet|suppose|imagine|expect)\s+(?:that\s+)?(?:we|i)\b|looks\s+like\s+i|probably|might|if\s+i\s+were|i\s+wish)\b/i;
const ADVERBS =
  /^(?:also|still|only|definitely|certainly|surely|gladly|happily|personally|then|now|just|again|both|all|at\s+least|absolutely|happily|really|immediately|promptly|quickly|directly|ourselves|myself|be\s+sure\s+to|make\s+sure\s+to)\s+/i;
// Verbs that state, need, feel or predict rather than promise an act.
// "look" alone predicts ("we'll look silly"); "look into / at / over" is an act.
const NON_ACT =
  /^(?:not|never|no|need|needs|be\s+(?:needing|wanting|requiring)|require|go\s+with|have\s+to|has\s+to|miss|look(?!\s+(?:into|in\s+to|at|over|through|for|after)\b)|looks|seem|feel|love|like|enjoy|hate|regret|lose|die|wait|probably|likely|ever|want|wonder|remember|forget|know|understand|appreciate|receive|rely|depend|run\s+out|end\s+up|refrain)\b/i;
const BE_ACT =
  /^be\s+(?:in\s+(?:touch|contact)|on\s+time\b|ready\s+(?:at|on|by|for)|sending|reaching|following|happy\s+to|glad\s+to|sure\s+to|able\s+to\s+help|there\s+(?:to|for)\s+(?:help|assist|you)|assisting|working|looking|checking|investigating|reviewing|updating|contacting|getting|calling|emailing|writing|sharing|processing|escalating|monitoring|taking|back\b|right\s+(?:back|with)|with\s+you|ready\s+to|submitting|preparing|setting\s+up|arranging|scheduling|organi[sz]ing|responding|replying|shipping|delivering|turning)/i;
const GET_ACT =
  /^get\s+(?:back|in\s+touch|this|that|it|you|them|these|those|your|everything|someone|somebody|started|on\s+it|right\s+on|a\s+(?:copy|quote|replacement|fix|response|reply|tech|technician)|an\s+(?:update|answer)|the\s+(?:team|right|details|information|info|ball|paperwork|documents?|contract|invoice|report|file|order)|with|to\s+(?:work|it|you|the\s+bottom)|(?:[\w']+\s+){1,3}(?:to|over\s+to|back\s+to)\s+(?:you|him|her|them|us)\b)/i;
const HAVE_ACT =
  /^have\s+(?:(?:an?\s+)?(?:\w+\s+)?(?:update|answer|fix|quote|decision|response|reply|resolution|estimate)\s+(?:for|to)\s+you\b|(?:my|our|an?|the|someone|somebody|one)\s+(?:\w+\s+)?\w+\s+(?:call|send|contact|email|reach|look|check|get|follow|review|fix|help|collect|pick|deliver|visit|install|repair|replace|ship|bring|drop|come|arrange|process|issue|refund|update|inspect|service|swap|return|confirm)|(?:it|this|that|them|these|those|everything|(?:the|your|our|my|an?)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:\w+\s+){0,3}?(?:ready|done|to\s+you|over|back|sent|fixed|completed|finished|sorted|resolved|[a-z]{3,}ed\b|out|up|by|for\s+you)|a\s+look|someone)/i;
const SEE_ACT =
  /^see\s+(?:you|to\s+it|what\s+(?:we|i)\s+can\s+do|that|(?:if|whether)\s+(?:we|i)\s+can|about\s+(?:getting|arranging|setting))/i;
const KNOW = /^(?:know|see\s+if)\b/i;
// A look taken there and then in a chat ("Let me check that.", "let me just see for you") is no step
// to track; checking with someone or getting back is ("Let me check with billing and get back to you").
const LOOK_NOW =
  /^(?:just\s+|quickly\s+)?(?:check|see|look|have\s+a\s+(?:quick\s+)?look)(?:\s+(?:that|this|it|on\s+(?:that|this|it)|at\s+(?:that|this|it)))?(?:\s+(?:for\s+you|real\s+quick|quickly|now|here|one\s+moment))*\s*[.!,]?\s*$/i;

// The future progressive of an act on something: "I'll be playing your playlist now", "we'll be
// replacing the meter on Friday". Travel, waiting and needs stay out ("I'll be flying out of Boston",
// "I'll be waiting for the call", "we'll be needing a room").
const BE_DOING =
  /^be\s+(?!(?:leaving|flying|going|travell?ing|staying|waiting|needing|wanting|requiring|using|having|hoping|visiting|attending|moving|living|missing|eating|drinking|celebrating|driving|heading|coming|arriving|departing|returning\s+(?:from|home)|spending|paying\s+(?:with|by|in)|charging|billing)\b)[a-z]{3,}ing\s+(?:your|you|it|them|this|that|these|those|the|a|an)\b/i;

// Being somewhere at a set time is a commitment to an appointment ("I'll be at the depot at 3:15",
// "we'll be there by 10am"); without a clock it is a plan or a state ("I'll be at the game tonight").
const BE_PRESENT =
  /^be\s+(?:there|here|home|at\s+(?:the|your|our|my|\d)|on\s+site|available|present|online|in\s+the\s+office)\b[^.;!?]{0,60}?\b(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|noon|\d{4}\s*h)/i;

// The writer's own travel is a plan, not an act the other side waits for: "I will go there this
// Sunday", "I'll go now", "I will depart from San Francisco", "we'll leave for the airport at 6".
// "Go" that leads into an act stays one ("I'll go ahead and refund it", "I'll go through the logs").
const CLOCK = /\b(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|noon|\d{4}\s*h)/i;
const MOTION =
  /^(?:go\s+(?:on\s+(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|tomorrow|today|tonight|next\s+\w+|this\s+(?:week|weekend|mon|tue|wed|thu|fri|sat|sun)|there|home|now|out|away|back(?!\s+(?:to\s+you|over|through))|to\s+(?:the|a|an|my|our|his|her|their|bed|work|school|sleep|[A-Z]))\b|depart|travel|fly|head\s+(?:out|off|home|there|back|over|to)\b|leave\s+(?:from|for|at|on|now|today|tomorrow|tonight|early|later|here|there|home|in\s+(?:a|\d))\b)/i;
// Choosing what to buy is an order, not a promise: "I'll take two tickets to see it", "I will take
// the 7:30 show". Taking something somewhere, or taking care/a look/over, is an act.
const CHOICE =
  /^take\s+(?:a|an|one|two|three|four|five|six|\d+|the|this|that|these|those)\b(?!\s+(?:look|closer\s+look|moment|minute|second|note|care|action|time)\b)(?![^.;,]*\b(?:to\s+(?:the|your|you|him|her|them|our|my|a)\b|back|over|off|care|ownership|responsibility|charge)\b)/i;

function acceptsVerb(after: string): boolean {
  let v = after.trimStart();
  // Every adverb in front goes (each pass removes a word, so the loop ends).
  while (ADVERBS.test(v)) v = v.replace(ADVERBS, '');
  // "I'll go ahead and …": the act is the verb after it.
  v = v.replace(/^go\s+ahead\s+and\s+/i, '');
  if (!v || NON_ACT.test(v) || CHOICE.test(v)) return false;
  // Going somewhere at a set clock time is an appointment, as with "be at the depot at 3:15".
  if (MOTION.test(v) && !CLOCK.test(v.split(/[.;!?]/)[0] ?? '')) return false;
  if (/^be\b/i.test(v)) return BE_ACT.test(v) || BE_PRESENT.test(v) || BE_DOING.test(v);
  if (/^get\b/i.test(v)) return GET_ACT.test(v);
  if (/^have\b/i.test(v)) return HAVE_ACT.test(v);
  if (/^see\b/i.test(v)) return SEE_ACT.test(v);
  return /^[a-z]/i.test(v);
}

function isQuestion(s: string): boolean {
  const t = s.trim();
  // "?!" and "?!!" end a question too ("You will refund it?!").
  if (/\?[?!]*\s*["')\]]*\s*$/.test(t)) return true;
  // "Should you need anything, we will…": an inverted condition ending in a comma, not a question.
  if (/^should\s+(?:you|we|i|they)\b[^,?]*,/i.test(t)) return false;
  return /^(?:will|would|could|can|shall|should|do|does|did|are|is|may)\s+(?:you|i|we)\b/i.test(t);
}

// Worries and fears about what will happen to the writer: "I'm afraid I'll be charged twice".
const WORRY_BEFORE = /\b(?:afraid|worried|worry|concerned|scared|fear|fearing|nervous|anxious|dread|risk|chance)\s+(?:that\s+)?$/i;
// Indirect questions and wonderings: "whether we'll get it", "if I can", "wondering when they'll call".
const COMPLEMENT_BEFORE = /\b(?:whether|if|when|how|why|what|where|which|who|wonder(?:ing)?|ask(?:ing|ed)?|unsure|idea)\s+$/i;
// Reported speech about the past: "you promised it would take 2 hours", "they told me they'd refund",
// "I was told we will get a call", "she said she'll send it" — a complaint, not a promise made now.
const REPORTED_BEFORE =
  /\b(?:said|told|promised|assured|claimed|mentioned|stated|wrote|indicated|guaranteed|informed|was\s+told|were\s+told|had\s+said|kept\s+saying|say\s+that|says|saying)\b(?:\s+(?:me|us|you|him|her|them|that|again|before|earlier|last\s+\w+|yesterday|on\s+\w+)){0,4}\s*$/i;
// Offers and abilities: "we can arrange a call if you like", "I'd be happy to send it if you'd prefer".
const OFFER =
  /\bif\s+(?:you|that)(?:'d|\s+would)?\s+(?:like|want|wish|prefer|need\s+it|think\s+it|find\s+it|helps)\b|\bif\s+(?:needed|necessary|required|helpful|preferred|desired)\b|\bshould\s+you\s+(?:wish|prefer|like|want)\b|\bif\s+it\s+helps\b/i;
// A read-back for the other side to approve is no promise yet: "Confirming: I will reserve a table
// for 2", "To confirm, I'll book…", "Please confirm: a car will be picked up at 3:30 pm". A request
// joined by "and" stays apart ("Just confirm the order and I'll send it off" promises).
// "To confirm, we'll send it Friday" states the plan and still promises.
const READ_BACK_BEFORE =
  /(?:\b(?:(?:please|just|kindly|can\s+you|could\s+you)\s+)?confirm(?:ing)?(?:\s+(?:the|these|this|that|for\s+me|the\s+following|details)(?:\s+[\w-]+){0,3})?\s*:|\b(?:please|kindly|can\s+you|could\s+you)\s+confirm(?:\s+that)?\s*,?)\s*$/i;
// A prediction framed by the writer's belief about something else: "I'm sure it will be released
// eventually", "I think the parts will be delivered next week" (the writer's own acts keep HEDGE).
// What a record or screen shows is a status read out, not an undertaking: "I can see that the refund
// will be processed on the 3rd", "the system shows your order will ship tomorrow", "according to the
// tracking, it will arrive Friday".
const EVIDENCE_BEFORE =
  /(?:\bi\s+can\s+see|\bi\s+see|\b(?:system|records?|tracking|account|status|screen|notes?|log)\s+(?:shows?|says|indicates?|states?|suggests?)|\baccording\s+to\s+(?:our|the|your|my)\s+[\w\s]{1,30}?,?)\s+(?:that\s+)?(?:(?!(?:and|but|so|then|i|we)\b)[\w'-]+\s+){0,4}$/i;
const EVIDENCE_IN = /\b(?:system|records?|tracking|status|screen|notes?|log)\s+(?:shows?|says|indicates?|states?|suggests?)\b/i;
const BELIEF_BEFORE =
  /\b(?:(?:i'm|i\s+am|we're|we\s+are)\s+(?:sure|certain|confident|positive)|i\s+(?:think|guess|bet|suppose|imagine|expect|believe|reckon|assume))\s+(?:that\s+)?$/i;
// A courtesy conditioned on the writer's own future need is no undertaking: "I'll let you know if
// I need anything further", "we'll reach out if we have any other questions".
const OWN_NEED =
  /\bif\s+(?:i|we)\s+(?:need|have|want|require|think\s+of|come\s+up\s+with)\s+(?:anything|any|more|further|something|other|another|additional)\b/i;
// "I can help with that", "we can help you with this": the support chat's opener, no act promised.
const HELP_OPENER = /^help(?:\s+you)?(?:\s+(?:with|on)\s+(?:that|this|it|both|those|these|your\s+\w+))?\s*(?:[,.!;]|$)/i;
// A hedge applies to the statement it sits in; a contrast starts a new one ("I'm not certain, but
// meanwhile we'll pause the charges").
const CONTRAST_BOUNDARY =
  /\bbut\b|\bhowever\b|\bmeanwhile\b|\bin\s+the\s+meantime\b|\balthough\b|\bthough\b|\banyway\b|;|:|\s[-–—]\s|\.\s/gi;
// Wh-questions without a question mark: "so when will you ship it", "what can we do".
const WH_QUESTION =
  /^(?:so\s+|and\s+|but\s+|ok\s+|okay\s+)?(?:when|what|where|why|how|who|which)\b[^,;]*\b(?:will|can|could|would|shall|should|do|does|did|are|is)\s+(?:you|we|i|they|it)\b/i;
// "anything else I can do": a relative clause offering help, not a promise of an act.
// How a process usually goes is a description, not an undertaking: "Typically the courier will
// attempt delivery three times", "Refunds are normally…, and we'll usually…". "As always" is not one.
const HABITUAL =
  /\b(?<!as\s+)(?:usually|typically|normally|generally|in\s+general|as\s+a\s+(?:general\s+)?rule|in\s+most\s+cases|by\s+default|always|often|sometimes|occasionally|routinely|ordinarily)\b/i;
const HABITUAL_AFTER =
  /^[^,;.]{0,40}?\b(?:will|'ll|shall|should)\s+(?:usually|typically|normally|generally|always|often|sometimes|routinely)\b/i;
// A rule for any case, not this one: "All refunds will be issued to the original payment method",
// "Any damaged item will be replaced", or a condition about any case ("Once a return is received,
// it will be inspected", "whenever a ticket is closed, we'll…"). "All your items" is this case.
// Offered to everybody, not done for this receiver: "The new plan will be available to all users".
const GENERIC_AUDIENCE =
  /^[^.;!?]*\b(?:to|for)\s+(?:all|every|any)\s+(?:of\s+our\s+)?(?:users|customers|members|subscribers|clients|accounts|plans|orders|user|customer|member|subscriber|client|account)\b|^[^.;!?]*\b(?:to|for)\s+everyone\b/i;
const GENERIC_SUBJECT = /^(?:all|any|every|each)\s+(?!\s|(?:of\s+)?(?:your|the|these|those|this|that)\b)/i;
const GENERIC_CONDITION =
  /\b(?:whenever|(?:if|once|when|after|as\s+soon\s+as|until|unless)\s+(?:a|an|any|every|each)\s+(?!(?:few|couple|bit|while|little|moment|minute|second|hour|day|week)\b)[\w-]+)\b/i;
const RELATIVE_BEFORE =
  /\b(?:anything|something|everything|nothing|whatever|all|more|else|way|ways|much|help)\s+(?:(?:else|more)\s+)?(?:that\s+)?$/i;

/** The part of the sentence a promise at `index` is said in: from the last contrast before it. */
function statementOf(s: string, index: number): string {
  CONTRAST_BOUNDARY.lastIndex = 0;
  let from = 0;
  for (let m = CONTRAST_BOUNDARY.exec(s); m && m.index < index; m = CONTRAST_BOUNDARY.exec(s)) from = m.index + m[0].length;
  return s.slice(from, index);
}

// Promises in the passive or addressed to the receiver: "Your replacement will be shipped within 3
// business days", "The refund will be processed by Friday", "You'll get a confirmation email once it's
// processed", "You'll be hearing from us". The writer's side acts (find.ts; "by the courier" → third).
// A participle of state or of a fee ("will be closed", "will be delayed", "will be charged") is no act.
const PASSIVE =
  /(?:^|[\s,;:(—–-])((?:your|the|this|that|these|those|a|an|our|my|its|it|everything|all)\b(?:\s+[\w'-]+){0,4}?(?:'ll|\s+will|\s+shall|\s+should|\s+is\s+going\s+to|\s+are\s+going\s+to)\s+(?:also\s+|then\s+|now\s+|soon\s+|promptly\s+)?(?:be|get)\s+(?:(?:also|then|now|promptly|automatically|fully|immediately)\s+)?((?:[\w']+\s*){1,3}))/gi;
const STATE_PARTICIPLE =
  /^(?:closed|delayed|charged|billed|required|needed|affected|impacted|limited|located|based|interested|pleased|happy|surprised|disappointed|worried|concerned|excited|allowed|expected|lost|damaged|used|involved|considered|deemed|subject|unable|unavailable|busy|out|away|off|overloaded|able|fine|ok|okay|good|great|better|worse|late|empty|full|gone|over|enough|sufficient|possible|impossible|free|expensive|cheap|different|same|valid|invalid|void|final|open|down|unaffected|suspended|terminated|deleted|blocked|locked|disabled|lower|higher|more|less|very|too|quite|really|just|only|stuck|confused|tired|bored|annoyed|upset|married|finished\s+with|reduced|deducted|forfeited|withheld|declined|rejected|denied|voided|penalized|penalised|capped|prorated|lowered|increased|subtracted|added\s+to\s+(?:the|your)\s+(?:bill|total|balance))\b/i;
const ACT_PARTICIPLE =
  /^(?:[a-z]+ed|sent|done|given|made|taken|set\s+up|sorted|shown|paid|built|rebuilt|brought|kept|told|dealt|put|held|sold|back\s+(?:online|up|to\s+you|in\s+stock)|ready\s+(?:by|on|for|in|within|tomorrow|today|next)|available\s+(?:on|by|from|to|in|within|tomorrow|today|next)|in\s+touch|on\s+(?:its|their|the)\s+way|live\s+(?:by|on|within|in|tomorrow|today|next))\b/i;
// A thing the writer's side prepares, said to be ready by a time: "Your order will be ready in a few
// minutes", "it will be up shortly", "your new card should be ready by Friday". Without a time it is
// a state ("the house will be ready", "it will be out of stock") and stays out.
const READY =
  /^(?:ready|done|available|complete|completed|finished|waiting\s+for\s+you|up\s+and\s+(?:ready|running)|up(?!\s+(?:to|for|in|and|\d))|out(?!\s+of))\b/i;
const READY_TIME =
  /^[^.;!?]{0,60}?\b(?:soon|shortly|momentarily|quickly|promptly|right\s+away|in\s+the\s+(?:next|coming)\s+(?:few\s+|couple\s+(?:of\s+)?|\d+\s+|two\s+|three\s+|five\s+|seven\s+|ten\s+)?(?:business\s+|working\s+)?(?:minutes?|hours?|days?|weeks?)|in\s+no\s+time|in\s+(?:just\s+|about\s+|around\s+|roughly\s+|under\s+|less\s+than\s+)?(?:a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty(?:-five)?|sixty|few|a\s+few|a\s+couple(?:\s+of)?)\s+(?:\w+\s+)?(?:minutes?|mins?|hours?|days?|moments?|seconds?|bit|while)|within|by\s+(?:the\s+)?(?:end|\d|tomorrow|today|tonight|mon|tue|wed|thu|fri|sat|sun|noon|eod|cob|next|this)|today|tomorrow|tonight|at\s+\d)/i;
// The time can come first: "give us a few minutes and it will be ready".
const TIME_BEFORE =
  /\bgive\s+(?:us|me|it|them)\s+(?:just\s+)?(?:a|an|one|two|\d+|a\s+few|a\s+couple(?:\s+of)?|few)\s+(?:more\s+)?(?:minutes?|mins?|moments?|seconds?|hours?|days?)\b/i;
// What the receiver waits for, arriving within a time: "Your replacement will arrive within 3 days",
// "your cab should be with you shortly". A clock alone is a timetable ("the flight will arrive at
// 7:22 pm"), not a promise, so only a span or a vague "soon" counts here.
const ARRIVAL =
  /(?:^|[\s,;:(—–-])((?:your|it|its|the(?=\s+(?:cab|taxi|driver|courier|technician|engineer|delivery\s+driver|installer)\b))\b(?:\s+[\w'-]+){0,3}?(?:'ll|\s+will|\s+should)\s+(?:arrive|reach\s+you|be\s+(?:with\s+you|delivered|there|coming|arriving|on\s+(?:its|their|the)\s+way)))\b/gi;
const ARRIVAL_TIME =
  /^[^.;!?]{0,60}?\b(?:soon|shortly|momentarily|quickly|within|in\s+the\s+(?:next|coming)\s+(?:few\s+|couple\s+(?:of\s+)?|\d+\s+|two\s+|three\s+|five\s+|seven\s+|ten\s+)?(?:business\s+|working\s+)?(?:minutes?|hours?|days?|weeks?)|in\s+(?:just\s+|about\s+|around\s+|under\s+|less\s+than\s+)?(?:a|an|\d+|one|two|three|four|five|six|seven|ten|fifteen|twenty|thirty|few|a\s+few|a\s+couple(?:\s+of)?)\s+(?:\w+\s+)?(?:minutes?|mins?|hours?|days?|business\s+days?|working\s+days?|weeks?|moments?)|by\s+(?:the\s+end|tomorrow|mon|tue|wed|thu|fri|sat|sun|next|this))/i;
// "There will be an email confirming it soon": a message or visit the writer's side sends.
const THERE_WILL_BE =
  /(?:^|[\s,;:(—–-])(there\s+(?:will|should|'ll)\s+be\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:call|email|e-mail|message|reply|response|update|refund|credit|replacement|confirmation|visit|letter|code|link|text|invoice|quote)\b)(?!\s+(?:charge|fee|delay|shortage|outage))/gi;
// Cheap gates: the words every ARRIVAL / THERE_WILL_BE match holds, so most sentences skip the scan.
const ARRIVAL_GATE = /\b(?:arriv|reach\s+you|with\s+you|delivered|be\s+there|coming|on\s+(?:its|their|the)\s+way)/i;
const THERE_GATE = /\bthere(?:\s+(?:will|should)|'ll)\s+be\b/i;
const RECEIVER =
  /(?:^|[\s,;:(—–-])((?:you'll|you\s+will|you\s+shall|you're\s+going\s+to|you\s+are\s+going\s+to|you\s+should)\s+(?:(?:also|then|now|soon|shortly|definitely|automatically)\s+)?(?:get|receive|be\s+(?:hearing|receiving|getting|contacted|notified|sent|emailed|called|refunded|credited|reimbursed|updated|informed|issued|given|offered|assigned|connected|transferred)|hear\s+(?:back\s+)?from\s+(?:us|me|our|someone|a\s+member|one\s+of|the\s+team)|see\s+(?:it|them|the\s+money|the\s+amount)\s+(?:back\s+)?(?:on|in)\s+your\s+(?:statement|account|bank|card|balance|inbox|mailbox)|see\s+(?:the|a|your|an)\s+(?:refund|credit|replacement|update|change|fix|email|confirmation|tracking|charge\s+reversed|money|payment)))\b/gi;
const RECEIVER_NOT =
  /^(?:you(?:'ll|\s+will|\s+shall|\s+should)?\s+)(?:(?:also|then|now|soon|shortly|definitely|automatically)\s+)?(?:get\s+(?:charged|billed|lost|confused|hurt|stuck|tired|used|better|worse|to\b|what|there|nothing|an?\s+(?:error|warning|message\s+saying))|receive\s+(?:an?\s+)?(?:error|warning|fine|penalty|charge|bill)|see\s+(?:the|a|an|your)\s+(?:[\w-]+\s+)?(?:screen|page|button|box|prompt|pop-?up|window|option|tab|field|menu|banner|icon))/i;

// A named person as the subject ("Maria will call you tomorrow", "Dana from billing will…"): case
// matters, so this runs apart from the other patterns. Capitalised words that are not names
// (sentence-initial pronouns, weekdays, months, discourse words) are not.
const NAMED =
  /(?:^|[\s,;:(—–-])((?!(?:It|This|That|There|These|Those|What|Which|Who|Nothing|Everything|Something|Anything|Nobody|Everyone|Someone|He|She|They|You|We|I|Hopefully|Maybe|Perhaps|Also|Then|Now|So|And|But|Or|Yes|No|Sure|Ok|Okay|Thanks|Please|Today|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|If|When|Once|After|Unless|Until|Hi|Hello|Dear|Hey|Note|Your|Our|My|The|A|An|Where|Why|How|Everything|All|Each|Both)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+(?:from|in|at|on)\s+(?:our\s+|the\s+|my\s+)?[\w-]+(?:\s+team)?)?(?:'ll|\s+will|\s+shall|\s+is\s+going\s+to))\s+((?:[\w']+\s+){0,3})/g;

// What happens rather than what someone does: "Prices will go up in January", "Rates will change".
const EVENT =
  /^(?:go\s+(?:up|down|out|live)|come\s+(?:down|out|into)|increase|decrease|rise|fall|drop|expire|end|start|begin|happen|apply|remain|stay|continue|last|change|take\s+(?:effect|place)|work|run|show|appear|vary|differ|cost|reset|renew|lapse)\b/i;
// "Expect a call from us on Monday", "You can expect the refund within 7 days": the writer's side acts.
const EXPECT =
  /(?:^|[,;:—–-]\s*|\b(?:and|so)\s+)((?:(?:you\s+(?:can|should|may|will)|please)\s+)?(?:expect|look\s+out\s+for|watch\s+(?:out\s+)?for)\s+(?:a|an|the|your|our|my)\s+(?:[\w-]+\s+){0,2}?(?:call|email|e-mail|message|reply|response|update|refund|credit|replacement|delivery|package|parcel|label|invoice|quote|confirmation|visit|technician|engineer|letter|code|link|text|card)\b)/gi;

export type PromiseForm = 'active' | 'passive' | 'receiver';

// A statement followed by a new wh-question in the same sentence: "Sure, I will help you, which city
// should I search in?" promises, then asks. A tag asking to approve what was said ("…, is that
// correct?", "…, how does that sound?", "…, what do you think?") keeps the whole a proposal.
const NEW_QUESTION_TAIL =
  /[,;:]\s+(?:and\s+|so\s+|but\s+)?(?:at|from|for|in|on|to|by)?\s*(?:what|which|when|where|who|whom|how)\b[^,;:?]*\?\s*["')\]]*\s*$/i;
const APPROVAL_TAIL =
  /\b(?:how\s+(?:does|do|would|will|is|'s)\s+(?:that|this|it)|how's\s+(?:that|this)|how\s+about|what\s+do\s+you\s+(?:think|say|reckon))\b/i;

/** The promise in one sentence, or null. */
export function findPromise(sentence: string): (PromiseMatch & { form: PromiseForm }) | null {
  const s = sentence;
  if (!s || s.length > 1500) return null;
  if (isQuestion(s) || WH_QUESTION.test(s)) {
    const tail = NEW_QUESTION_TAIL.exec(s);
    if (!tail || APPROVAL_TAIL.test(tail[0])) return null;
    const head = s.slice(0, tail.index);
    if (head.includes('?') || isQuestion(head) || WH_QUESTION.test(head)) return null;
    return findPromise(head);
  }
  const firstPersonBefore = (i: number) => /\b(?:i|we|i'm|we're|we've|i've)\b/i.test(s.slice(0, i)) || OWN_GROUP_BEFORE.test(s.slice(0, i));
  const rejected = (start: number, kind: string): boolean => {
    const before = s.slice(Math.max(0, start - 80), start);
    const statement = statementOf(s, start);
    // A hedge in the same statement before the promise, one that names its subject ("I think we'll…",
    // "looks like I'll…"), or right after its verb ("we'll probably…"): the statement read on into
    // the promise's own words.
    if (HEDGE.test(statement + (s.slice(start, start + 60).split(/[,;.]/)[0] ?? ''))) return true;
    if (HABITUAL.test(statement) || HABITUAL_AFTER.test(s.slice(start, start + 60))) return true;
    if (GENERIC_SUBJECT.test(s.slice(start)) || GENERIC_AUDIENCE.test(s.slice(start)) || GENERIC_CONDITION.test(s.slice(0, start)))
      return true;
    if (WORRY_BEFORE.test(before) || COMPLEMENT_BEFORE.test(before) || REPORTED_BEFORE.test(before)) return true;
    if (READ_BACK_BEFORE.test(before)) return true;
    if (EVIDENCE_BEFORE.test(before) || EVIDENCE_IN.test(s.slice(start).split(/\b(?:will|shall|should)\b|'ll/i)[0] ?? '')) return true;
    if (kind !== 'promise' && kind !== 'let' && kind !== 'and' && kind !== 'can' && BELIEF_BEFORE.test(before)) return true;
    if (OWN_NEED.test(s.slice(start))) return true;
    if (kind === 'can' && RELATIVE_BEFORE.test(before)) return true;
    if ((kind === 'can' || kind === 'offer') && OFFER.test(s)) return true;
    return false;
  };
  const active: Array<readonly [RegExp, string]> = [
    [PROMISE, 'promise'],
    [LET_ME, 'let'],
    [COORDINATED, 'and'],
    [I_CAN, 'can'],
    [NAMED, 'named'],
  ];
  for (const [re, kind] of active) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = m.index + lead + (/^[,;:(—–-]/.test(m[0].slice(lead)) ? 1 : 0);
      const after = s.slice(m.index + m[0].length - (m[2]?.length ?? 0));
      if (kind === 'let' && (KNOW.test(after) || LOOK_NOW.test(after))) continue;
      // "he"/"she" acts for someone only when a role was named before it ("my supervisor … she will
      // call you"); otherwise it is anybody ("the 6 year old … he will eat").
      if (kind === 'promise' && /^(?:he|she)\b/i.test(m[1] ?? '') && !ROLE_BEFORE.test(s.slice(0, start))) continue;
      // "I am going to New York on the 11th", "we're going to the bank": motion, not "going to + verb".
      if (
        /going\s+to$/i.test(m[1] ?? '') &&
        /^\s*(?:[A-Z]|(?:the|a|an|my|our|your|his|her|their|this|that|some|there|here|home|bed|work|school)\b|\d)/.test(after) &&
        !CLOCK.test(after.split(/[.;!?]/)[0] ?? '')
      )
        continue;
      if (kind === 'and' && !firstPersonBefore(m.index)) continue;
      // "if I can provide…", "let me know whether we can…": conditions and requests, not offers.
      if (
        kind === 'can' &&
        (/\b(?:if|whether|how|what|when|where|know|so)\s+(?:\w+\s+){0,2}$/i.test(s.slice(Math.max(0, m.index - 30), m.index + 1)) ||
          /^(?:not|never|'t)/i.test(after))
      )
        continue;
      if (kind === 'can' && HELP_OPENER.test(after.trimStart())) continue;
      // "I can help (you) order…" is an ability on offer, as "I can help with that" is.
      if (
        kind === 'can' &&
        !/^(?:get|send|provide|arrange|set\s+up|call|email|forward|share|organi[sz]e|book|schedule|refund|replace|fix|check)\b/i.test(
          after.trimStart(),
        )
      )
        continue;
      // "Can't", "cannot" never reach here; "won't"/"will not" fail the verb check.
      if (!acceptsVerb(after)) continue;
      if (kind === 'named' && EVENT.test(after.trimStart())) continue;
      const offer = kind === 'promise' && /(?:happy|glad)\s+to$/i.test(m[1] ?? '');
      if (rejected(start, offer ? 'offer' : kind)) continue;
      const clause = kind === 'and' ? s.slice(start).replace(/^(?:and|&|then)\s+/i, '') : s.slice(start);
      return { clause: clause.trimStart(), index: start, form: 'active' };
    }
  }
  const coord = COORDINATED_PASSIVE.exec(s);
  if (coord) {
    const start = coord.index + coord[0].length - coord[1]!.length;
    const participle = (coord[2] ?? '').trim();
    const rest = s.slice(coord.index + coord[0].length);
    const ok = participle ? !STATE_PARTICIPLE.test(participle) && ACT_PARTICIPLE.test(participle) : ARRIVAL_TIME.test(rest);
    if (ok && !rejected(start, 'passive')) return { clause: s.slice(coord.index), index: coord.index, form: 'passive' };
  }
  for (const [re, form] of [
    [PASSIVE, 'passive'],
    [RECEIVER, 'receiver'],
    [EXPECT, 'receiver'],
    [ARRIVAL, 'passive'],
    [THERE_WILL_BE, 'receiver'],
  ] as const) {
    if ((re === ARRIVAL && !ARRIVAL_GATE.test(s)) || (re === THERE_WILL_BE && !THERE_GATE.test(s))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = m.index + lead + (/^[,;:(—–-]/.test(m[0].slice(lead)) ? 1 : 0);
      const clause = s.slice(start).trimStart();
      if (re === ARRIVAL) {
        if (!ARRIVAL_TIME.test(s.slice(m.index + m[0].length))) continue;
      } else if (form === 'passive') {
        const participle = (m[2] ?? '').trim();
        const ready =
          READY.test(participle) &&
          (READY_TIME.test(s.slice(m.index + m[0].length - (m[2]?.length ?? 0)).replace(READY, '')) || TIME_BEFORE.test(s));
        if (!ready && (STATE_PARTICIPLE.test(participle) || !ACT_PARTICIPLE.test(participle))) continue;
      } else if (RECEIVER_NOT.test(clause)) continue;
      if (rejected(start, form)) continue;
      return { clause, index: start, form };
    }
  }
  return null;
}
