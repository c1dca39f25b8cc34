import { type WorkerClient, workerClient } from '../lib/worker-client';
import { type Convert, loadConverter } from './opencc';
import type { Script } from './script';

export interface ConversionRequest {
  id: number;
  target: Script;
  texts: string[];
}

export interface ConversionResponse {
  id: number;
  texts: string[];
}

/** None yet, none here, or the last one died: the next request tries to start one. */
let client: WorkerClient<ConversionResponse> | null | undefined;
const onMainThread = new Map<Script, Promise<Convert>>();

/** Converts texts to `target` in a worker (on the main thread where workers are missing). */
export async function convertTexts(texts: string[], target: Script): Promise<string[]> {
  // A worker that cannot load (say, its chunk failed to download) fails every pending request.
  client ??= workerClient(
    () => new Worker(new URL('./script-worker.ts', import.meta.url), { type: 'module' }),
    () => {
      client = undefined;
    },
  );
  if (client) {
    const reply = await client.ask((id): ConversionRequest => ({ id, target, texts }));
    if (!reply) throw new Error('script conversion worker failed');
    return reply.texts;
  }
  let converter = onMainThread.get(target);
  if (!converter) {
    converter = loadConverter(target);
    onMainThread.set(target, converter);
  }
  const convert = await converter;
  return texts.map(convert);
}
