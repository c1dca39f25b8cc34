/// <reference lib="webworker" />
import { type Convert, loadConverter } from './opencc';
import type { ConversionRequest, ConversionResponse } from './script-conversion';

// Conversion runs here, off the main thread, so a long article never blocks scrolling or input.
const converters = new Map<string, Promise<Convert>>();

self.onmessage = async ({ data }: MessageEvent<ConversionRequest>) => {
  let converter = converters.get(data.target);
  if (!converter) {
    converter = loadConverter(data.target);
    converters.set(data.target, converter);
  }
  const convert = await converter;
  const response: ConversionResponse = { id: data.id, texts: data.texts.map(convert) };
  self.postMessage(response);
};
