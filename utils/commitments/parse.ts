// parseCommitment: a note the agent types in the panel. "I"/"we"/"our team" are the agent,
// "you"/"customer"/"client"/"cust:"/the customer's name are the customer, named others a third party.
import { buildDraft } from './draft';
import { clean, collapseSpaces, MAX_NOTE } from './text';
import type { CommitmentDraft, ParseContext } from './types';

export function parseCommitment(text: string, ctx: ParseContext): CommitmentDraft {
  const raw = typeof text === 'string' ? text : '';
  const note = collapseSpaces(clean(raw, MAX_NOTE)).trim();
  const written = raw.length > MAX_NOTE ? raw.slice(0, MAX_NOTE) : raw;
  if (!note) return { text: written, party: null, action: '', due: null, vague: true, conditions: [], reason: null };
  try {
    return buildDraft(written, note, ctx, {
      self: 'agent',
      other: 'customer',
      customerName: ctx?.customerName,
      agentName: ctx?.agentName,
      unknownNameIsOther: true,
    }, true);
  } catch {
    return { text: written, party: null, action: note, due: null, vague: true, conditions: [], reason: null };
  }
}
