/**
 * Gets each reply to one request; `undefined` when the worker has died and no reply will come.
 * Returning true ends the request: its later replies, if any, are dropped.
 */
export type ReplyHandler<Reply> = (reply?: Reply) => unknown;

/**
 * Requests to a worker, told apart by the id each request and each of its replies carries. The
 * feed, script-conversion and search clients share it; each keeps its own messages, and its own
 * fallback where there is no worker.
 */
export interface WorkerClient<Reply extends { id: number }> {
  worker: Worker;
  /** Hands `handle` each reply to request `id` (a new id unless given) until it returns true. */
  listen(handle: ReplyHandler<Reply>, id?: number): number;
  /** No longer waits for replies to request `id`. */
  forget(id: number): void;
  /** Passes on a reply as if the worker had just sent it (one it sent before this client was). */
  receive(reply: Reply): void;
  /** Sends what `request` makes of a new id; resolves with the one reply to it. */
  ask(request: (id: number) => unknown): Promise<Reply | undefined>;
}

/**
 * A client of the worker `start` returns, or null where workers are missing or it will not
 * start. When the worker dies (its file failed to load, say), `onDeath` runs and every pending
 * request is handed `undefined`.
 */
export function workerClient<Reply extends { id: number }>(
  start: () => Worker,
  onDeath: () => void,
): WorkerClient<Reply> | null {
  let worker: Worker;
  try {
    worker = start();
  } catch {
    return null;
  }
  let nextId = 1;
  const pending = new Map<number, ReplyHandler<Reply>>();
  const receive = (reply: Reply) => {
    if (pending.get(reply.id)?.(reply)) pending.delete(reply.id);
  };
  const listen = (handle: ReplyHandler<Reply>, id = nextId++) => {
    pending.set(id, handle);
    return id;
  };
  worker.onmessage = ({ data }: MessageEvent<Reply>) => {
    receive(data);
  };
  worker.onerror = () => {
    onDeath();
    pending.forEach((handle) => handle());
    pending.clear();
  };
  return {
    worker,
    listen,
    forget: (id) => pending.delete(id),
    receive,
    ask: (request) =>
      new Promise((resolve) => {
        worker.postMessage(request(listen((reply) => (resolve(reply), true))));
      }),
  };
}
