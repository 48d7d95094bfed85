/** One area's messages: English text by key. Placeholders are `{name}`. */
export type Messages = Readonly<Record<string, string>>;

/** One area's messages in every language. Vietnamese must have every English key (the type checks it). */
export interface Catalogue<M extends Messages> {
  en: M;
  vi: { readonly [K in keyof M]: string };
}

export function defineMessages<const M extends Messages>(catalogue: Catalogue<M>): Catalogue<M> {
  return catalogue;
}
