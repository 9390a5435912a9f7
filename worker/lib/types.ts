import type { Role } from '../../shared/schemas/auth';

/** The signed-in user, as the auth middleware puts it on the context. */
export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  unitId: number | null;
  sessionId: number;
}

/** Hono environment of the app: the Workers bindings (see worker-configuration.d.ts). */
export type AppEnv = { Bindings: Env; Variables: { user: SessionUser } };
