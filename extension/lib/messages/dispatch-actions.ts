/**
 * Messages of acting on one dispatch from the dashboard: assigning tasks, distributing it, and the printable register (dashboard → background), with the answer each gets.
 * @module
 */

// biome-ignore lint/complexity/noBannedTypes: filled in as the area's messages are added.
export type DispatchActionMessages = {};
