import { appPathOf } from '../urls/base-path';
import { articleIdOf } from '../urls/paths';
import { startFeedWorker } from './start-feed-worker';

// Inlined in index.html: the feed worker reads the default feed in parallel with the bundle.
startFeedWorker(articleIdOf(appPathOf(location.pathname)));
