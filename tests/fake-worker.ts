/** Stands in for a worker: records what the page sends it, replies and dies when the test says. */
export class FakeWorker<Reply> {
  sent: unknown[] = [];
  onmessage: ((event: { data: Reply }) => void) | null = null;
  onerror: (() => void) | null = null;
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  reply(data: Reply) {
    this.onmessage?.({ data });
  }
  die() {
    this.onerror?.();
  }
}
