/** Hono environment of the app: the Workers bindings (see worker-configuration.d.ts). */
export type AppEnv = { Bindings: Env };
