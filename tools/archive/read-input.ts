import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import Assembler from 'stream-json/Assembler.js';
import Parser from 'stream-json/Parser.js';

/** What the input holds, one piece at a time: never the whole file in memory. */
export type InputEvent =
  | { kind: 'item'; value: unknown; where: string }
  | { kind: 'bad'; where: string; reason: string }
  /** Feed-level fields: first for JSON Lines, last for a JSON Feed (they may follow `items`). */
  | { kind: 'header'; header: Record<string, unknown> };

/** The input is unreadable, not JSON or not a feed: nothing sensible can be written. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** JSON Lines by its file name (`.jsonl`, `.ndjson`), else one JSON Feed of any size. */
export async function* readInput(file: string): AsyncGenerator<InputEvent> {
  const start = await bomLength(file);
  yield* /\.(jsonl|ndjson)$/i.test(file) ? readJsonLines(file, start) : readJsonFeed(file, start);
}

/** 3 when the file starts with a UTF-8 byte order mark (read past it, as the reader does). */
async function bomLength(file: string): Promise<number> {
  let handle;
  try {
    handle = await open(file);
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(3), 0, 3, 0);
    return bytesRead === 3 && buffer.equals(Buffer.from([0xef, 0xbb, 0xbf])) ? 3 : 0;
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${String(error)}`);
  } finally {
    await handle?.close();
  }
}

/** One JSON Feed item per line; a first line with `version` holds the feed-level fields. */
async function* readJsonLines(file: string, start: number): AsyncGenerator<InputEvent> {
  const lines = createInterface({ input: createReadStream(file, { start }), crlfDelay: Infinity });
  let number = 0;
  let json = 0;
  try {
    for await (const line of lines) {
      number++;
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        yield { kind: 'bad', where: `line ${number}`, reason: String(error) };
        continue;
      }
      json++;
      if (json === 1 && isObject(value) && 'version' in value && !('id' in value)) {
        yield { kind: 'header', header: value };
      } else {
        yield { kind: 'item', value, where: `line ${number}` };
      }
    }
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${String(error)}`);
  }
  if (json === 0) throw new InputError(`${file} has no line of JSON`);
}

interface Token {
  name: string;
  value?: string;
}

/**
 * A JSON Feed streamed token by token: each item is assembled alone and handed on, so a 300 MB
 * feed needs no more memory than its largest item.
 */
async function* readJsonFeed(file: string, start: number): AsyncGenerator<InputEvent> {
  const tokens = createReadStream(file, { start }).pipe(new Parser({ streamValues: false }));
  const header: Record<string, unknown> = {};
  let state: 'start' | 'top' | 'items' | 'end' = 'start';
  let key = '';
  let sawItems = false;
  let index = 0;
  let assembler: Assembler | undefined;
  const done = (value: unknown): InputEvent | undefined => {
    if (state === 'items') return { kind: 'item', value, where: `item #${++index}` };
    header[key] = value;
    return undefined;
  };

  try {
    for await (const token of tokens as AsyncIterable<Token>) {
      if (assembler) {
        assembler.consume(token);
        if (!assembler.done) continue;
        const value: unknown = assembler.current;
        assembler = undefined;
        const event = done(value);
        if (event) yield event;
        continue;
      }
      if (state === 'start') {
        if (token.name !== 'startObject')
          throw new InputError(`${file} is not a JSON Feed: it is not a JSON object`);
        state = 'top';
      } else if (state === 'top' && token.name === 'keyValue') {
        key = token.value ?? '';
      } else if (state === 'top' && token.name === 'endObject') {
        state = 'end';
      } else if (state === 'top' && key === 'items' && token.name === 'startArray') {
        state = 'items';
        sawItems = true;
      } else if (state === 'items' && token.name === 'endArray') {
        state = 'top';
      } else if (token.name === 'startObject' || token.name === 'startArray') {
        assembler = new Assembler();
        assembler.consume(token);
      } else {
        const event = done(scalar(token));
        if (event) yield event;
      }
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file} is not valid JSON: ${String(error)}`);
  }
  if (!sawItems) throw new InputError(`${file} is not a JSON Feed: it has no items array`);
  yield { kind: 'header', header };
}

function scalar({ name, value }: Token): unknown {
  if (name === 'numberValue') return Number(value);
  if (name === 'trueValue') return true;
  if (name === 'falseValue') return false;
  if (name === 'nullValue') return null;
  return value;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
