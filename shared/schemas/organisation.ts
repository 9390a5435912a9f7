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

export const UnitCreateSchema = z.strictObject({
  code: z
    .string()
    .trim()
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

const UnitIdsSchema = z.array(IdSchema).max(500);

export const GroupCreateSchema = z.strictObject({ name: text(LIMITS.short), unitIds: UnitIdsSchema });
export const GroupPatchSchema = GroupCreateSchema.partial().strict();
export type GroupCreate = z.infer<typeof GroupCreateSchema>;
export type GroupPatch = z.infer<typeof GroupPatchSchema>;

export const GroupSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  unitIds: z.array(z.number().int()),
});
export type Group = z.infer<typeof GroupSchema>;

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
