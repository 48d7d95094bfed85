export function findElectronRuntime(env?: NodeJS.ProcessEnv): { path: string } | { missing: string };
export function electronInstallScript(): string;
