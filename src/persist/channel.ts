/** What tabs tell each other about the work (BroadcastChannel; the record itself is in IndexedDB). */
export interface SavedMessage {
  readonly type: 'saved';
  readonly revision: number;
  readonly writer: string;
}

export interface WorkChannel {
  post(message: SavedMessage): void;
  listen(listener: (message: SavedMessage) => void): () => void;
  close(): void;
}

export const CHANNEL = 'grove-designer-work';

function isSaved(data: unknown): data is SavedMessage {
  if (data === null || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  return m['type'] === 'saved' && Number.isSafeInteger(m['revision']) && typeof m['writer'] === 'string';
}

/** A BroadcastChannel, or a silent stand-in where there is none. */
export function broadcastChannel(name = CHANNEL): WorkChannel {
  if (typeof BroadcastChannel === 'undefined')
    return { post: () => {}, listen: () => () => {}, close: () => {} };
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen(listener) {
      const handler = (event: MessageEvent) => {
        if (isSaved(event.data)) listener(event.data);
      };
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
    close: () => channel.close(),
  };
}
