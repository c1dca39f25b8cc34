/** What went wrong reading the feed, in terms a reader's message can be chosen from. */
export type FeedErrorKind =
  'offline' | 'network' | 'timeout' | 'http' | 'not-json' | 'html' | 'not-a-feed';

export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly kind: FeedErrorKind,
    /** The technical cause, for the site operator. */
    readonly detail: string,
    readonly status?: number,
  ) {
    super(detail);
  }

  /** Worth trying again by itself: the network or the server, not the content. */
  get isTransient(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (this.status ?? 0) >= 500)
    );
  }
}
