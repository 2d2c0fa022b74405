import { describe, expect, it, vi } from 'vitest';
import { LedgerDb } from '../ledger/db';
import { LedgerService } from '../ledger/service';
import { newCommitment } from '../ledger/test-helpers';
import { afterReplies } from './after-replies';
import { ledgerMethods } from './ledger-client';
import { adapterOwnsUrl } from '../hosts/owns-url';
import { ledgerError } from '../ledger/errors';
import { ledgerErrorText } from '../ledger/messages';
import { en } from '../../tests/support/catalog';
import { isTransient } from '../ledger/retry';
import { answerPort, createLedgerPortClient, type LedgerPort } from './ledger-port';
import type { SenderLike } from './senders';

const me = { id: 'ext', origin: 'chrome-extension://ext' };
const popup: SenderLike = { id: 'ext', url: 'chrome-extension://ext/popup.html', origin: 'chrome-extension://ext' };
const contentScript: SenderLike = {
  id: 'ext',
  url: 'https://acme.zendesk.com/agent/tickets/1',
  origin: 'https://acme.zendesk.com',
  frameId: 0,
  tab: { id: 7, url: 'https://acme.zendesk.com/agent/tickets/1' },
};

type Listener = (m: unknown) => void;
/** Two connected ends of a port, delivering asynchronously like the browser. */
function portPair(sender: SenderLike): { client: LedgerPort; server: LedgerPort; cut(): void } {
  const make = (name: string) => {
    const onMessage: Listener[] = [];
    const onDisconnect: Array<() => void> = [];
    return { name, onMessage, onDisconnect };
  };
  const a = make('commitment-keeper:ledger-port');
  const b = make('commitment-keeper:ledger-port');
  let connected = true;
  const end = (self: ReturnType<typeof make>, other: ReturnType<typeof make>, s?: SenderLike): LedgerPort => ({
    name: self.name,
    ...(s ? { sender: s } : {}),
    postMessage(m) {
      if (!connected) throw new Error('Attempting to use a disconnected port object');
      const copy = structuredClone(m);
      queueMicrotask(() => other.onMessage.forEach((fn) => fn(copy)));
    },
    disconnect() {
      connected = false;
      other.onDisconnect.forEach((fn) => fn());
    },
    onMessage: { addListener: (fn) => void self.onMessage.push(fn) },
    onDisconnect: { addListener: (fn) => void self.onDisconnect.push(fn) },
  });
  const client = end(a, b);
  const server = end(b, a, sender);
  return {
    client,
    server,
    cut() {
      connected = false;
      a.onDisconnect.forEach((fn) => fn());
      b.onDisconnect.forEach((fn) => fn());
    },
  };
}

class FakeLedger {
  async getConversation(id: string) {
    return { id };
  }
  async complete(id: string): Promise<never> {
    throw ledgerError('stale', { message: 'stale', action: 'completeCommitment' }, { current: { id, revision: 3 } });
  }
  async list(n: number) {
    return Array.from({ length: n }, (_, i) => ({
      id: `c-${i}`,
      conversationId: 'zendesk|https://acme.zendesk.com|7',
      dueAt: i,
      due: null,
    }));
  }
  async slow(): Promise<string> {
    return new Promise(() => undefined);
  }
}

function setUp(sender: SenderLike = popup) {
  const service = new FakeLedger();
  const methods = new Set(['getConversation', 'complete', 'slow', 'list']);
  const pairs: Array<ReturnType<typeof portPair>> = [];
  const client = createLedgerPortClient(() => {
    const pair = portPair(sender);
    answerPort(pair.server, service, me, methods, adapterOwnsUrl);
    pairs.push(pair);
    return pair.client;
  });
  return { client: client as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>, pairs };
}

describe('the ledger over a long-lived port', () => {
  it('answers calls on one port, in any order', async () => {
    const { client, pairs } = setUp();
    expect(await Promise.all([client.getConversation!('a'), client.getConversation!('b')])).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(pairs).toHaveLength(1);
  });

  it('a LedgerError arrives with its name, code and data', async () => {
    const { client } = setUp();
    const error = await client.complete!('c1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'LedgerError',
      code: 'stale',
      current: { id: 'c1', revision: 3 },
      words: { message: 'stale', action: 'completeCommitment' },
    });
    // The page reads the words from its catalog.
    expect(ledgerErrorText(error as Error, en)).toMatch(/^Could not complete the commitment: it was changed elsewhere/);
  });

  it('refuses what the proxy refuses: unknown methods and content scripts', async () => {
    await expect(setUp().client.constructor!()).rejects.toThrow(/no method/);
    await expect(setUp(contentScript).client.getConversation!('a')).rejects.toThrow();
  });

  it('a lost worker fails the calls in flight as transient, and the next call connects again', async () => {
    const { client, pairs } = setUp();
    const inFlight = client.slow!();
    await Promise.resolve();
    pairs[0]!.cut();
    const error = await inFlight.catch((e: unknown) => e);
    expect(isTransient(error)).toBe(true);
    expect(await client.getConversation!('again')).toEqual({ id: 'again' });
    expect(pairs).toHaveLength(2);
  });
});

describe('a write over the port, and who hears of it', () => {
  it('the answer is posted before the worker tells its listeners of the change (afterReplies)', async () => {
    const order: string[] = [];
    const service = new LedgerService(new LedgerDb(`port-${crypto.randomUUID()}`), Date.now, {
      onChange: afterReplies(() => order.push('change heard')),
    });
    const client = createLedgerPortClient(() => {
      const pair = portPair(popup);
      const post = pair.server.postMessage.bind(pair.server);
      pair.server.postMessage = (m) => {
        order.push('answer posted');
        post(m);
      };
      answerPort(pair.server, service, me, ledgerMethods(service), adapterOwnsUrl);
      return pair.client;
    });
    await client.addCommitment(newCommitment('send the rate card', { dueAt: Date.now() + 3_600_000 }));
    await vi.waitFor(() => expect(order).toEqual(['answer posted', 'change heard']));
  });
});
