import { describe, expect, it, vi } from 'vitest';
import { workerClient } from '../../src/lib/worker-client';
import { FakeWorker } from '../fake-worker';

interface Reply {
  id: number;
  text: string;
}

function connect(onDeath = () => undefined) {
  const worker = new FakeWorker<Reply>();
  const client = workerClient<Reply>(() => worker as unknown as Worker, onDeath);
  if (!client) throw new Error('no client');
  return { worker, client };
}

describe('workerClient', () => {
  it('is null where no worker will start', () => {
    const refuse = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    expect(workerClient(refuse, () => undefined)).toBeNull();
    // As where workers are missing altogether.
    expect(
      workerClient(
        () => new Worker('nowhere.js'),
        () => undefined,
      ),
    ).toBeNull();
  });

  it('gives each request its own id, and each reply to the request it answers', async () => {
    const { worker, client } = connect();
    const first = client.ask((id) => ({ id, text: '甲' }));
    const second = client.ask((id) => ({ id, text: '乙' }));
    expect(worker.sent).toEqual([
      { id: 1, text: '甲' },
      { id: 2, text: '乙' },
    ]);
    worker.reply({ id: 2, text: '二' });
    worker.reply({ id: 1, text: '一' });
    await expect(first).resolves.toEqual({ id: 1, text: '一' });
    await expect(second).resolves.toEqual({ id: 2, text: '二' });
  });

  it('hands a request every reply until its handler says it was the last', () => {
    const { worker, client } = connect();
    const seen: string[] = [];
    const id = client.listen((reply) => {
      seen.push(reply?.text ?? 'died');
      return reply?.text === 'last';
    });
    worker.reply({ id, text: 'part' });
    worker.reply({ id: id + 1, text: 'another request' });
    worker.reply({ id, text: 'last' });
    worker.reply({ id, text: 'late' });
    expect(seen).toEqual(['part', 'last']);
  });

  it('listens to a request already under way, and takes its earlier replies', () => {
    const { worker, client } = connect();
    const seen: string[] = [];
    client.listen((reply) => {
      seen.push(reply?.text ?? 'died');
    }, 0);
    client.receive({ id: 0, text: 'before' });
    worker.reply({ id: 0, text: 'after' });
    expect(seen).toEqual(['before', 'after']);
    expect(worker.sent).toEqual([]);
  });

  it('drops a forgotten request: its later replies, and the news of a death', () => {
    const { worker, client } = connect();
    const handle = vi.fn();
    const id = client.listen(handle);
    client.forget(id);
    worker.reply({ id, text: 'late' });
    worker.die();
    expect(handle).not.toHaveBeenCalled();
  });

  it('fails every pending request over when the worker dies, once', async () => {
    const onDeath = vi.fn();
    const { worker, client } = connect(onDeath);
    const asked = client.ask((id) => ({ id, text: '甲' }));
    const handle = vi.fn();
    client.listen(handle);
    worker.die();
    expect(onDeath).toHaveBeenCalledOnce();
    await expect(asked).resolves.toBeUndefined();
    expect(handle).toHaveBeenCalledExactlyOnceWith();
    worker.die();
    expect(handle).toHaveBeenCalledOnce();
  });
});
