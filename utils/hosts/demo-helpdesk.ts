// A generic helpdesk page that follows Commitment Keeper's own markup conventions (documented in
// tests/fixtures/hosts/README.md). Used by the demo helpdesk page served on 127.0.0.1 and open to
// any in-house helpdesk that wants to opt in. Real hosts are never recognised by `data-ck-*` alone:
// they have their own adapters; this one is chosen only by markup (`matches` is always false).
import type { Alternatives } from './query';
import { createSelectorAdapter } from './selector-adapter';
import { DEMO_HELPDESK_HOST } from './catalogue';

const selectors = {
  root: ['[data-ck-conversation]'],
  key: ['[data-ck-conversation]'],
  keyAttributes: ['data-ck-conversation'],
  subject: ['[data-ck-subject]'],
  customerName: ['[data-ck-customer-name]'],
  customerEmail: ['[data-ck-customer-email]'],
  customerOrg: ['[data-ck-customer-org]'],
  customerTimeZone: ['[data-ck-customer-tz]'],
  message: ['[data-ck-message]'],
  messageBody: ['[data-ck-body]'],
  authorName: ['[data-ck-author-name]'],
  authorEmail: ['[data-ck-author-email]'],
  time: ['time[datetime]', 'time'], // relative stamps ("2 hours ago") may come without datetime
  agentMarker: ['[data-ck-message][data-ck-author="agent"]'],
  customerMarker: ['[data-ck-message][data-ck-author="customer"]'],
  exclude: ['[data-ck-quote]', '[data-ck-signature]', 'blockquote'],
  replyEditor: ['[data-ck-reply]', 'textarea[name="reply"]'],
  detect: [['[data-ck-conversation]'], ['[data-ck-reply]']],
} as const satisfies Record<string, Alternatives | readonly Alternatives[]>;

export const demoHelpdesk = createSelectorAdapter({
  ...DEMO_HELPDESK_HOST,
  selectors,
  keyOrder: 'dom',
});
