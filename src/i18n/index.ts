import { zh } from './zh.js';
import { en } from './en.js';

export type Lang = 'zh' | 'en';
export type Catalogue = Record<string, string>;
export type Params = Record<string, string | number>;

const catalogues: Record<Lang, Catalogue[]> = { zh: [zh], en: [en] };

/** Adds messages owned by another module (e.g. the law registry's). */
export function registerMessages(messages: Record<Lang, Catalogue>): void {
  catalogues.zh.push(messages.zh);
  catalogues.en.push(messages.en);
}

/** Message `key` in `lang` with `{name}` placeholders filled; falls back to zh, then the key. */
export function t(lang: Lang, key: string, params: Params = {}): string {
  const template = find(lang, key) ?? find('zh', key) ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function hasMessage(lang: Lang, key: string): boolean {
  return find(lang, key) !== undefined;
}

function find(lang: Lang, key: string): string | undefined {
  for (let i = catalogues[lang].length - 1; i >= 0; i--) {
    const catalogue = catalogues[lang][i];
    // Own keys only: a key such as toString or __proto__ is no message.
    if (catalogue && Object.hasOwn(catalogue, key)) return catalogue[key];
  }
  return undefined;
}

export function parseLang(value: string | undefined): Lang {
  return value === 'en' ? 'en' : 'zh';
}
