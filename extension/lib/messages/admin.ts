/**
 * Messages of the administrators' management screens: units, groups, users and the audit log (dashboard → background), with the answer each gets.
 * @module
 */

// biome-ignore lint/complexity/noBannedTypes: filled in as the area's messages are added.
export type AdminMessages = {};
