/**
 * A chat WebSocket that survives a bad connection, for the client app and the staff app alike.
 *
 * Every message is first written to a queue in localStorage, then sent when the socket is
 * ready; it leaves the queue only when the server acknowledges it ('ack'). After a reconnect
 * ('ready') everything still queued is sent again: the server knows a message by its clientKey
 * and never stores it twice. The protocol is described in src/common/api/chat.ts.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ChatAttachment } from './chat-api';

/** A message on its way: kept on the device until the server has it. */
export interface QueuedMessage {
  clientKey: string;
  body: string;
  attachmentId?: string;
  /** The attached file, to show while the message waits. */
  attachment?: ChatAttachment;
  /** The conversation (staff only: the client's id). */
  clientId?: string;
  queuedAt: string;
  /** The server refused it (e.g. 'invalid-input'): it is not sent again. */
  refused?: string;
}

/** 'connecting' before the first connection, 'offline' after one was lost until it is back. */
export type ChatConnectionState = 'connecting' | 'online' | 'offline';

export type ChatEvent = { type: string } & Record<string, unknown>;

export interface ChatConnectionSnapshot {
  state: ChatConnectionState;
  queue: readonly QueuedMessage[];
}

const pingEveryMs = 25_000;
const pongWithinMs = 10_000;
const maxBackOffMs = 30_000;
/** The socket's "signed out" close code (policy violation). */
const signedOutCode = 1008;

function socketUrl(path: string): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}${path}`;
}

function readQueue(storageKey: string): QueuedMessage[] {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(storageKey) ?? '[]');
    return Array.isArray(stored) ? (stored as QueuedMessage[]).filter((item) => typeof item.clientKey === 'string' && typeof item.body === 'string') : [];
  } catch {
    return [];
  }
}

/** A key for one message: a UUID where the browser makes them, else 32 random hex digits. */
export function newClientKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export class ChatConnection {
  private socket: WebSocket | null = null;
  private snapshot: ChatConnectionSnapshot;
  private attempts = 0;
  private running = false;
  private retryTimer: number | undefined;
  private pingTimer: number | undefined;
  private pongTimer: number | undefined;
  private readonly eventListeners = new Set<(event: ChatEvent) => void>();
  private readonly changeListeners = new Set<() => void>();
  /** Commands the server forgets with the socket (such as 'watch'): repeated after every reconnect. */
  private readonly standing = new Map<string, ChatEvent>();

  constructor(
    private readonly path: string,
    private readonly storageKey: string,
  ) {
    this.snapshot = { state: 'connecting', queue: readQueue(storageKey) };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('storage', this.onStorage);
    this.connect();
  }

  stop(): void {
    this.running = false;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('storage', this.onStorage);
    window.clearTimeout(this.retryTimer);
    this.drop();
  }

  getSnapshot = (): ChatConnectionSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.changeListeners.add(listener);
    return () => {
      this.changeListeners.delete(listener);
    };
  };

  onEvent(listener: (event: ChatEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => {
      this.eventListeners.delete(listener);
    };
  }

  /** Queues a message and sends it as soon as the socket is ready. */
  send(message: Omit<QueuedMessage, 'queuedAt' | 'refused'>): void {
    const queued: QueuedMessage = { ...message, queuedAt: new Date().toISOString() };
    this.setQueue([...this.snapshot.queue, queued]);
    if (this.snapshot.state === 'online') this.transmit(queued);
  }

  /** Takes a refused message off the queue. */
  discard(clientKey: string): void {
    this.setQueue(this.snapshot.queue.filter((item) => item.clientKey !== clientKey));
  }

  /** A command for now (such as 'read'); dropped when offline, as the next 'ready' starts afresh. */
  command(command: ChatEvent): void {
    if (this.snapshot.state === 'online') this.write(command);
  }

  /** A command that holds for as long as it is kept, also on every new socket. */
  keep(name: string, command: ChatEvent): () => void {
    this.standing.set(name, command);
    this.command(command);
    return () => {
      if (this.standing.get(name) === command) this.standing.delete(name);
    };
  }

  private connect(): void {
    if (!this.running) return;
    if (!navigator.onLine) {
      // The 'online' event reconnects at once; the retry covers a browser that never sends it.
      this.retryLater();
      return;
    }
    const socket = new WebSocket(socketUrl(this.path));
    this.socket = socket;
    socket.addEventListener('message', (message) => {
      if (this.socket === socket) this.receive(message.data);
    });
    socket.addEventListener('close', (close) => {
      if (this.socket !== socket) return;
      this.drop();
      if (close.code === signedOutCode) {
        this.running = false;
        this.emit({ type: 'signed-out' });
        return;
      }
      this.retryLater();
    });
  }

  private receive(data: unknown): void {
    let event: ChatEvent;
    try {
      event = JSON.parse(String(data)) as ChatEvent;
    } catch {
      return;
    }
    window.clearTimeout(this.pongTimer);
    if (event.type === 'ready') {
      this.attempts = 0;
      this.setState('online');
      this.schedulePing();
      for (const command of this.standing.values()) this.write(command);
      for (const queued of this.snapshot.queue) if (queued.refused === undefined) this.transmit(queued);
    } else if (event.type === 'ack' && typeof event.clientKey === 'string') {
      this.discard(event.clientKey);
    } else if (event.type === 'error' && typeof event.clientKey === 'string' && typeof event.status === 'number' && event.status < 500) {
      // Sent again it would be refused again: keep it visible as "not sent" instead.
      const code = typeof event.code === 'string' ? event.code : 'refused';
      this.setQueue(this.snapshot.queue.map((item) => (item.clientKey === event.clientKey ? { ...item, refused: code } : item)));
    }
    this.emit(event);
  }

  private transmit(queued: QueuedMessage): void {
    this.write({
      type: 'send',
      clientKey: queued.clientKey,
      body: queued.body,
      ...(queued.attachmentId === undefined ? {} : { attachmentId: queued.attachmentId }),
      ...(queued.clientId === undefined ? {} : { clientId: queued.clientId }),
    });
  }

  private write(command: ChatEvent): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(command));
  }

  /** A connection can die without a close (a phone between masts): a ping unanswered ends it. */
  private schedulePing(): void {
    window.clearTimeout(this.pingTimer);
    this.pingTimer = window.setTimeout(() => {
      this.write({ type: 'ping' });
      this.pongTimer = window.setTimeout(() => {
        this.drop();
        this.retryLater();
      }, pongWithinMs);
      this.schedulePing();
    }, pingEveryMs);
  }

  private retryLater(): void {
    if (!this.running) return;
    this.setState('offline');
    window.clearTimeout(this.retryTimer);
    const delay = Math.min(maxBackOffMs, 1000 * 2 ** this.attempts) * (0.75 + Math.random() / 2);
    this.attempts += 1;
    this.retryTimer = window.setTimeout(() => { this.connect(); }, delay);
  }

  /** Forgets the current socket (its late events are ignored) and closes it. */
  private drop(): void {
    window.clearTimeout(this.pingTimer);
    window.clearTimeout(this.pongTimer);
    const socket = this.socket;
    this.socket = null;
    if (socket !== null && socket.readyState !== WebSocket.CLOSED) socket.close();
  }

  private onOnline = (): void => {
    window.clearTimeout(this.retryTimer);
    this.attempts = 0;
    this.drop();
    this.connect();
  };

  private onOffline = (): void => {
    this.drop();
    this.retryLater();
  };

  /** Another tab changed the queue. */
  private onStorage = (event: StorageEvent): void => {
    if (event.key !== this.storageKey) return;
    this.snapshot = { ...this.snapshot, queue: readQueue(this.storageKey) };
    this.changed();
  };

  private setQueue(queue: QueuedMessage[]): void {
    try {
      if (queue.length === 0) window.localStorage.removeItem(this.storageKey);
      else window.localStorage.setItem(this.storageKey, JSON.stringify(queue));
    } catch {
      // Without storage the queue lasts as long as the page: still sent again after a reconnect.
    }
    this.snapshot = { ...this.snapshot, queue };
    this.changed();
  }

  private setState(state: ChatConnectionState): void {
    if (this.snapshot.state === state) return;
    this.snapshot = { ...this.snapshot, state };
    this.changed();
  }

  private changed(): void {
    for (const listener of this.changeListeners) listener();
  }

  private emit(event: ChatEvent): void {
    for (const listener of this.eventListeners) listener(event);
  }
}

interface Shared {
  connection: ChatConnection;
  users: number;
  stopTimer: number | undefined;
  unbind: () => void;
}

const shared = new Map<string, Shared>();

/**
 * One connection per tab for whoever uses it (the navigation's unread count, the chat screen):
 * made on first use, with `bind` keeping the app's cached data up to date, and closed a moment
 * after the last user is gone.
 */
export function useSharedChatConnection(path: string, storageKey: string, bind: (connection: ChatConnection) => () => void): ChatConnection | null {
  const [connection, setConnection] = useState<ChatConnection | null>(null);
  const key = `${path} ${storageKey}`;
  useEffect(() => {
    let entry = shared.get(key);
    if (entry === undefined) {
      const created = new ChatConnection(path, storageKey);
      entry = { connection: created, users: 0, stopTimer: undefined, unbind: bind(created) };
      shared.set(key, entry);
      created.start();
    }
    const current = entry;
    window.clearTimeout(current.stopTimer);
    current.users += 1;
    setConnection(current.connection);
    return () => {
      current.users -= 1;
      if (current.users > 0) return;
      current.stopTimer = window.setTimeout(() => {
        if (current.users > 0) return;
        current.unbind();
        current.connection.stop();
        shared.delete(key);
      }, 1000);
    };
    // `bind` is used once, when the connection is made: a later one changes nothing.
  }, [key]);
  return connection;
}

const offlineSnapshot: ChatConnectionSnapshot = { state: 'connecting', queue: [] };
const noSubscription = () => () => undefined;

/** The connection's state and queue, re-rendering on change. */
export function useChatConnectionSnapshot(connection: ChatConnection | null): ChatConnectionSnapshot {
  return useSyncExternalStore(connection?.subscribe ?? noSubscription, connection?.getSnapshot ?? (() => offlineSnapshot));
}

/** Listens to the connection's events while mounted. */
export function useChatEvents(connection: ChatConnection | null, listener: (event: ChatEvent) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => (connection === null ? undefined : connection.onEvent((event) => { latest.current(event); })), [connection]);
}
