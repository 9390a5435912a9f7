import { z } from 'zod';
import { LIMITS } from './common';

export const ROLES = ['admin', 'clerk', 'unit_head'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const LoginBodySchema = z.strictObject({
  email: z.string().trim().max(LIMITS.short).email(),
  password: z.string().min(1).max(LIMITS.short),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;

/** A user as the API shows it: never the password hash. */
export const UserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  unitId: z.number().int().nullable(),
  active: z.boolean(),
});
export type User = z.infer<typeof UserSchema>;

export const LoginResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: UserSchema.pick({ id: true, name: true, email: true, role: true, unitId: true }),
});
export type LoginResponse = z.infer<typeof LoginResponseSchema>;
