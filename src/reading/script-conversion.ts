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

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<
  number,
  { resolve: (texts: string[]) => void; reject: (e: Error) => void }
>();
const onMainThread = new Map<Script, Promise<Convert>>();

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  const started = new Worker(new URL('./script-worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = ({ data }: MessageEvent<ConversionResponse>) => {
    waiting.get(data.id)?.resolve(data.texts);
    waiting.delete(data.id);
  };
  // A worker that cannot load (say, its chunk failed to download) fails every pending request;
  // the next request starts a new one.
  started.onerror = () => {
    waiting.forEach(({ reject }) => {
      reject(new Error('script conversion worker failed'));
    });
    waiting.clear();
    worker = undefined;
  };
  return started;
}

/** Converts texts to `target` in a worker (on the main thread where workers are missing). */
export async function convertTexts(texts: string[], target: Script): Promise<string[]> {
  worker ??= startWorker();
  if (worker) {
    const id = nextId++;
    const request: ConversionRequest = { id, target, texts };
    const promise = new Promise<string[]>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
    });
    worker.postMessage(request);
    return promise;
  }
  let converter = onMainThread.get(target);
  if (!converter) {
    converter = loadConverter(target);
    onMainThread.set(target, converter);
  }
  const convert = await converter;
  return texts.map(convert);
}
