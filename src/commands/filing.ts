import type { CommandContext } from './context.js';

export interface FilingCommandOptions {
  output?: string;
  from?: string;
  old?: string;
  pdf?: boolean;
}

export async function filingCommand(_id: string, _listArg: string | undefined, _opts: FilingCommandOptions, _ctx: CommandContext): Promise<number> {
  return 2;
}
