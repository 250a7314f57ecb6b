/** A subscriber's statuses; in a module of their own so the CLI can name them in its help without loading the store. */
export type SubscriberStatus = 'pending' | 'active' | 'unsubscribed' | 'bouncing';
export const SUBSCRIBER_STATUSES: SubscriberStatus[] = ['pending', 'active', 'unsubscribed', 'bouncing'];
