/**
 * Messages of the tracking views: the filtered dispatch × unit matrix, the per-unit record and the charts (dashboard → background), with the answer each gets.
 * @module
 */

// biome-ignore lint/complexity/noBannedTypes: filled in as the area's messages are added.
export type TrackingMessages = {};
