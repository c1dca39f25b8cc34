import { colorScheme } from '../reading/color-scheme';
import { fontSize } from '../reading/font-size';
import { writingMode } from '../reading/writing-mode';

// Inlined in index.html's <head>: applies the stored 字級, 排版 and 配色 before the first paint,
// so a reader's choices never shift the layout or flash the wrong colours. The same validated
// settings the app reads, so they cannot drift.
const root = document.documentElement.dataset;
root.fontSize = fontSize.read();
root.writingMode = writingMode.read();
root.colorScheme = colorScheme.read();
