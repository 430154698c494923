// Commander's help in the user's language: headings, the "(choices: …, default: …)" notes and the
// usage line are built here, before commander wraps the lines, so nothing English is left over
// and columns line up with Chinese text (two cells per character, not one).
import type { Argument, Command, Help, Option } from 'commander';
import { t, type Lang } from './i18n/index.js';
import { cellWidth } from './stats/table.js';

const TITLES: Record<string, string> = {
  'Usage:': 'cli.title.usage',
  'Options:': 'cli.title.options',
  'Commands:': 'cli.title.commands',
  'Arguments:': 'cli.title.arguments',
  'Global Options:': 'cli.title.options',
};

/** Overrides for `configureHelp`, in `lang`. */
export function localHelp(lang: Lang): Partial<Help> {
  const m = (key: string, params?: Record<string, string>): string => t(lang, key, params);
  const extras = (description: string, choices: readonly string[] | undefined, shownDefault: unknown): string => {
    const notes: string[] = [];
    if (choices) notes.push(m('cli.note.choices', { choices: choices.join(m('cli.note.separator')) }));
    if (shownDefault !== undefined) notes.push(m('cli.note.default', { value: String(shownDefault) }));
    return notes.length === 0 ? description : `${description}${m('cli.note.open')}${notes.join(m('cli.note.join'))}${m('cli.note.close')}`;
  };
  return {
    sortSubcommands: false,
    styleTitle: (title: string) => (TITLES[title] ? m(TITLES[title]) : title),
    styleUsage: (usage: string) => usage.replace('[options]', `[${m('cli.ph.options')}]`).replace('[command]', `[${m('cli.ph.command')}]`),
    subcommandTerm: (cmd: Command) =>
      cmd.name() + cmd.registeredArguments.map((a) => ` ${a.required ? `<${a.name()}>` : `[${a.name()}]`}`).join(''),
    optionDescription: (option: Option) => {
      // Only options that take a value show their default; a flag's default is for programmers.
      const shown = option.defaultValue !== undefined && (option.required || option.optional) ? option.defaultValueDescription ?? option.defaultValue : undefined;
      return extras(option.description, option.argChoices, shown);
    },
    argumentDescription: (argument: Argument) => extras(argument.description, argument.argChoices, argument.defaultValueDescription ?? argument.defaultValue),
    displayWidth: (text: string) => cellWidth(text.replace(/\x1b\[[0-9;]*m/g, '')),
    boxWrap: (text: string, width: number) => text.split('\n').map((line) => wrapLine(line, width)).join('\n'),
  };
}

// Chinese breaks between any two characters, not only at spaces; a closing mark (，。）…) never
// starts a line and an opening one (（《“) never ends one, as in print. Latin words stay whole.
const CLOSING = /^[，。、；：！？）》」』”’〕】…,.;:!?)\]]$/;
const OPENING = /^[（《「『“‘〔【(\[]$/;

function wrapLine(line: string, width: number): string {
  if (width < 20 || cellWidth(line) <= width) return line;
  const units = line.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…]|[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…]+|\s+/gu) ?? [line];
  const lines: string[] = [];
  let current: string[] = [];
  let used = 0;
  for (const unit of units) {
    const w = cellWidth(unit);
    if (used + w > width && current.length > 0 && !CLOSING.test(unit) && !/^\s+$/.test(unit)) {
      const carried = OPENING.test(current[current.length - 1] ?? '') ? [current.pop() as string] : [];
      lines.push(current.join('').trimEnd());
      current = carried;
      used = carried.reduce((n, u) => n + cellWidth(u), 0);
    }
    if (current.length === 0 && /^\s+$/.test(unit)) continue;
    current.push(unit);
    used += w;
  }
  if (current.length > 0) lines.push(current.join('').trimEnd());
  return lines.join('\n');
}
