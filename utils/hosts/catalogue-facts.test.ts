// @vitest-environment happy-dom
// The host facts other parts of the extension store and show, written out: an id is stored in every
// conversation id and in the settings' on/off switch (a changed id orphans both), a name is shown
// in messages, a label on the options page, and the match patterns become the manifest's host
// permissions. catalogue.test.ts checks the catalogue against the registry; this pins the facts.
import { describe, expect, it } from 'vitest';
import { KNOWN_HOST_IDS, SUPPORTED_MATCH_PATTERNS, hostFacts } from './catalogue';
import { adapterById, adapterForDocument, adapterForUrl, defaultAdapter } from './registry';

const FACTS = [
  { id: 'gmail', name: 'Gmail', matchPatterns: ['https://mail.google.com/*'] },
  {
    id: 'outlook',
    name: 'Outlook',
    optionsLabel: 'optionsHostOutlook',
    matchPatterns: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  },
  { id: 'zendesk', name: 'Zendesk', matchPatterns: ['https://*.zendesk.com/*'] },
  { id: 'freshdesk', name: 'Freshdesk', matchPatterns: ['https://*.freshdesk.com/*'] },
  { id: 'helpscout', name: 'Help Scout', matchPatterns: ['https://secure.helpscout.net/*'] },
  { id: 'intercom', name: 'Intercom', matchPatterns: ['https://app.intercom.com/*'] },
  { id: 'hubspot', name: 'HubSpot', matchPatterns: ['https://app.hubspot.com/*'] },
  { id: 'front', name: 'Front', matchPatterns: ['https://app.frontapp.com/*'] },
  { id: 'demo-helpdesk', name: 'the helpdesk page', optionsLabel: 'optionsHostDemo', matchPatterns: [] },
  { id: 'custom', name: 'this page', optionsLabel: 'optionsHostCustom', matchPatterns: [] },
];

describe('host facts (catalogue.ts)', () => {
  it('each host’s id, name, options label and match patterns, in the options page’s order', () => {
    expect(KNOWN_HOST_IDS).toEqual(FACTS.map((f) => f.id));
    for (const f of FACTS) expect(hostFacts(f.id)).toEqual(f);
  });

  it('the manifest’s match patterns: every host’s, in order, the markup-only hosts adding none', () => {
    expect(SUPPORTED_MATCH_PATTERNS).toEqual([
      'https://mail.google.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.live.com/*',
      'https://*.zendesk.com/*',
      'https://*.freshdesk.com/*',
      'https://secure.helpscout.net/*',
      'https://app.intercom.com/*',
      'https://app.hubspot.com/*',
      'https://app.frontapp.com/*',
    ]);
  });

  it('ids are matched exactly', () => {
    expect(hostFacts('Gmail')).toBeUndefined();
    expect(hostFacts('')).toBeUndefined();
  });
});

describe('registry lookups', () => {
  it('finds an adapter by id, the default adapter by "custom", nothing for an unknown id', () => {
    expect(adapterById('custom')).toBe(defaultAdapter);
    expect(adapterById('zendesk')?.name).toBe('Zendesk');
    expect(adapterById('demo-helpdesk')?.name).toBe('the helpdesk page');
    expect(adapterById('nope')).toBeUndefined();
    expect(adapterById('')).toBeUndefined();
  });

  it('takes a URL as text or as a URL; an unknown site has no adapter by URL', () => {
    expect(adapterForUrl(new URL('https://acme.zendesk.com/agent/tickets/1'))?.id).toBe('zendesk');
    expect(adapterForUrl('https://acme.freshdesk.com/a/tickets/1')?.id).toBe('freshdesk');
    expect(adapterForUrl('https://support.example.org/tickets/1')).toBeUndefined();
  });

  it('on a page no host claims by URL or markup, the default adapter reads it', () => {
    const doc = new DOMParser().parseFromString('<main><p>Nothing here</p></main>', 'text/html');
    expect(adapterForDocument(doc, 'https://support.example.org/x')).toBe(defaultAdapter);
    expect(adapterForDocument(doc, new URL('https://mail.google.com/mail/u/0/')).id).toBe('gmail');
  });
});
