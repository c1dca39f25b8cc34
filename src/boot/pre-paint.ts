import { fontSize } from '../reading/font-size';

// Inlined in index.html's <head>: applies the stored 字級 before the first paint, so a reader's
// size never shifts the layout. The same validated setting the app reads, so they cannot drift.
document.documentElement.dataset.fontSize = fontSize.read();
