// Commitment understanding: pure functions, no browser API (utils/commitments/README.md).
//   deadlines/  chrono-node + our parsers/refiners, zones, workday arithmetic → Due
//   party.ts    who must act; clauses.ts conditions and reasons; sentences.ts message splitting;
//   detect.ts   is a sentence a promise; draft.ts one clause → CommitmentDraft
export * from './types';
export { parseCommitment } from './parse';
export { findCommitments } from './find';
export { suggestFollowUp, asksToCallBack } from './coaching';
export { dueBeforeWhatItWaitsOn, type WaitsLater } from './waits-on';
export { resolveDue, findDeadlines, type DeadlineHit } from './deadlines/resolve';
