import { z } from 'zod';
import { RoleSchema } from './auth';
import { IdSchema, LIMITS, text } from './common';

export const UNIT_KINDS = [
  'agency',
  'department',
  'enterprise',
  'school',
  'district',
  'commune',
  'mass_org',
  'central',
  'other',
] as const;
export const UnitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof UnitKindSchema>;

/** `true`/`false` in a query string (`?active=false`). */
const BooleanQuerySchema = z.enum(['true', 'false']).transform((value) => value === 'true');

export const UnitCreateSchema = z.strictObject({
  // NFC so that a code typed with decomposed diacritics ("SGDĐT" in NFD) is the same code.
  code: z
    .string()
    .trim()
    .normalize('NFC')
    .min(1)
    .max(40)
    .regex(/^[\p{L}\p{N}_.&-]+$/u, 'letters, digits and - _ . & only'),
  name: text(LIMITS.short),
  kind: UnitKindSchema,
  parentId: IdSchema.nullable().optional(),
});
export const UnitPatchSchema = UnitCreateSchema.partial().extend({ active: z.boolean().optional() }).strict();
export type UnitCreate = z.infer<typeof UnitCreateSchema>;
export type UnitPatch = z.infer<typeof UnitPatchSchema>;

export const UnitSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: UnitKindSchema,
  parentId: z.number().int().nullable(),
  active: z.boolean(),
});
export type Unit = z.infer<typeof UnitSchema>;

/**
 * `GET /api/units?active=&kind=&limit=&cursor=`: ordered by code. Without `limit` the whole
 * list comes back at once (an organisation has hundreds of units, not millions), still in
 * the `{items, nextCursor}` shape of every list.
 */
export const UnitListQuerySchema = z.strictObject({
  active: BooleanQuerySchema.optional(),
  kind: UnitKindSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().max(200).optional(),
});
export type UnitListQuery = z.infer<typeof UnitListQuerySchema>;

const UnitIdsSchema = z.array(IdSchema).max(500);

export const GroupCreateSchema = z.strictObject({
  // NFC: group names are unique, and the same name must not pass twice in two Unicode forms.
  name: text(LIMITS.short).normalize('NFC'),
  /** Repeated ids collapse into one member. */
  unitIds: UnitIdsSchema,
});
export const GroupPatchSchema = GroupCreateSchema.partial().strict();
export type GroupCreate = z.infer<typeof GroupCreateSchema>;
export type GroupPatch = z.infer<typeof GroupPatchSchema>;

export const GroupSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  unitIds: z.array(z.number().int()),
});
export type Group = z.infer<typeof GroupSchema>;

/** `GET /api/groups?limit=&cursor=`: ordered by name; the whole list without `limit`. */
export const GroupListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().max(200).optional(),
});
export type GroupListQuery = z.infer<typeof GroupListQuerySchema>;

const PasswordSchema = z.string().min(8, 'at least 8 characters').max(LIMITS.short);

export const UserCreateSchema = z.strictObject({
  email: z.string().trim().max(LIMITS.short).email(),
  name: text(LIMITS.short),
  password: PasswordSchema,
  role: RoleSchema,
  unitId: IdSchema.nullable().optional(),
});
export const UserPatchSchema = z.strictObject({
  name: text(LIMITS.short).optional(),
  password: PasswordSchema.optional(),
  role: RoleSchema.optional(),
  unitId: IdSchema.nullable().optional(),
  active: z.boolean().optional(),
});
export type UserCreate = z.infer<typeof UserCreateSchema>;
export type UserPatch = z.infer<typeof UserPatchSchema>;
