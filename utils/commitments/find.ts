// findCommitments: the promises inside one message of the conversation. "I"/"we" is the
// message's author, "you" the other side.
import { findPromise } from './detect';
import { buildDraft } from './draft';
import { splitSentences } from './sentences';
import type { CommitmentDraft, ParseContext, Party } from './types';

/** Sentences beyond this are not scanned: a message with more is a pasted document. */
const MAX_SENTENCES = 200;

function otherSide(author: Party): Party {
  return author === 'customer' ? 'agent' : author === 'agent' ? 'customer' : 'agent';
}

export function findCommitments(message: { text: string; author: Party }, ctx: ParseContext): CommitmentDraft[] {
  try {
    const author: Party = message?.author === 'customer' || message?.author === 'third-party' ? message.author : 'agent';
    const out: CommitmentDraft[] = [];
    const sentences = splitSentences(message?.text ?? '');
    for (const sentence of sentences.slice(0, MAX_SENTENCES)) {
      const promise = findPromise(sentence);
      if (!promise) continue;
      out.push(buildDraft(sentence, promise.clause, ctx, {
        self: author,
        other: otherSide(author),
        customerName: ctx?.customerName,
        agentName: ctx?.agentName,
        unknownNameIsOther: false,
      }, true));
    }
    return out;
  } catch {
    return [];
  }
}
