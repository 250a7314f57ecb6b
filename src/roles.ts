/** The roles one process can run; in a module of its own so the CLI can name them without loading the service. */
export const ROLES = ['api', 'worker', 'scheduler'] as const;
export type Role = (typeof ROLES)[number];
