export function prismaEnv(base?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
