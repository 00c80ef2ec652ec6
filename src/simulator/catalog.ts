/**
 * The categories and brands of the simulated bank data. Ids are fixed so that reports of one
 * seed are byte-identical between runs; the two ids from Klarna's documentation are kept.
 */

import { languageIn } from '../i18n/locale.js';

/**
 * The languages the test bank names its categories in. Klarna's session takes a `language`
 * ("Quick Start Guide for Insights"); the simulator serves the consumer's data in it, so a German
 * demo reads German throughout. Any other language gets English.
 */
const languages = { en: 'English', de: 'Deutsch', sv: 'Svenska' } as const;

export type SimLanguage = keyof typeof languages;

/** The language a session's `language` (`de`, `de-AT`, `sv_SE`) is served in; English otherwise. */
export const simLanguage = (tag: string | null | undefined): SimLanguage => languageIn(languages, tag ?? undefined);

export interface CategoryDef {
  /** The same in every language: filters, charts and stored choices key on it. */
  id: string;
  /** As a bank app of that language labels it. */
  name: Record<SimLanguage, string>;
}

const category = (id: string, en: string, de: string, sv: string): CategoryDef => ({ id, name: { en, de, sv } });

export const categories = {
  salary: category('5c3a8f1e-0d2b-5a44-9e61-3f2b7c9d1a01', 'Salary', 'Gehalt', 'Lön'),
  rent: category('9b1e6c0a-4f3d-5e27-8a15-6d2c4b8e0f02', 'Rent', 'Miete', 'Hyra'),
  groceries: category('edde5df6-fbf4-5e79-afb1-97de52d93aca', 'Groceries', 'Lebensmittel', 'Livsmedel'),
  clothes: category('a9184d59-25be-5f03-aebb-f639a5ed9a8a', 'Clothes', 'Kleidung', 'Kläder'),
  streaming: category('2f7d9a3c-8e1b-5c60-b4d2-1a9e7f3c5b03', 'Streaming', 'Streaming', 'Streamingtjänster'),
  insurance: category('7a4c2e9f-1b6d-5f38-9c07-4e8a2d6b1c04', 'Insurance', 'Versicherungen', 'Försäkringar'),
  transport: category('3e8b5d1a-7c2f-5b94-a6e3-9d1c5f7a2e05', 'Public transport', 'Bus und Bahn', 'Kollektivtrafik'),
  telecom: category('6d2f8b4e-3a9c-5d71-8e25-7b3f1a9d4c06', 'Phone and internet', 'Telefon und Internet', 'Telefon och internet'),
  restaurants: category('8c5a1f7d-2e4b-5a86-b3f9-5c7e2a1d8b07', 'Restaurants and delivery', 'Restaurants und Lieferdienste', 'Restaurang och hämtmat'),
  savings: category('1b9e4a6c-5d8f-5e12-9a74-2c6b8f4e1d08', 'Savings', 'Sparen', 'Sparande'),
  interest: category('4f6c3b8a-9e2d-5c45-a1b7-8e4d6c2a9f09', 'Interest', 'Zinsen', 'Ränta'),
  fuel: category('c2a7e5b9-6f1d-5b38-8d4c-3a9f7e1b6d10', 'Fuel', 'Tanken', 'Drivmedel'),
} as const satisfies Record<string, CategoryDef>;

export type CategoryKey = keyof typeof categories;

export interface BrandDef {
  id: string;
  name: string;
  url: string;
  /** File name of its icon under the simulator's `/icons/`. */
  slug: string;
  /** Icon background and text. */
  color: string;
  ink: string;
  initials: string;
}

const brand = (id: string, name: string, url: string, slug: string, color: string, ink: string, initials: string): BrandDef => ({
  id,
  name,
  url,
  slug,
  color,
  ink,
  initials,
});

export const brands = {
  rewe: brand('71569e21-bfe3-5871-9a5a-f791cca811c0', 'Rewe', 'https://www.rewe.de', 'rewe', '#cc071e', '#ffffff', 'R'),
  edeka: brand('0d6a2b3c-4e5f-5a71-8b92-a3c4d5e6f711', 'EDEKA', 'https://www.edeka.de', 'edeka', '#ffd400', '#1d3c8f', 'E'),
  lidl: brand('1e7b3c4d-5f6a-5b82-9ca3-b4d5e6f7a812', 'Lidl', 'https://www.lidl.de', 'lidl', '#0050aa', '#fff000', 'L'),
  esprit: brand('664bb3a2-62c9-52b7-9ccd-81cfe904258c', 'Esprit', 'https://www.esprit.de', 'esprit', '#111111', '#ffffff', 'E'),
  netflix: brand('2f8c4d5e-6a7b-5c93-adb4-c5e6f7a8b913', 'Netflix', 'https://www.netflix.com', 'netflix', '#141414', '#e50914', 'N'),
  spotify: brand('3a9d5e6f-7b8c-5da4-bec5-d6f7a8b9ca14', 'Spotify', 'https://www.spotify.com', 'spotify', '#1db954', '#191414', 'S'),
  huk: brand('4bae6f7a-8c9d-5eb5-8fd6-e7a8b9cadb15', 'HUK-COBURG', 'https://www.huk.de', 'huk-coburg', '#004b87', '#ffd500', 'H'),
  db: brand('5cbf7a8b-9dae-5fc6-90e7-f8b9cadbec16', 'Deutsche Bahn', 'https://www.bahn.de', 'deutsche-bahn', '#ec0016', '#ffffff', 'DB'),
  telekom: brand('6dc08b9c-aebf-5ad7-a1f8-a9cadbecfd17', 'Telekom', 'https://www.telekom.de', 'telekom', '#e20074', '#ffffff', 'T'),
  lieferando: brand('7ed19cad-bfc0-5be8-b209-badbecfd0e18', 'Lieferando', 'https://www.lieferando.de', 'lieferando', '#ff8000', '#ffffff', 'Li'),
  aral: brand('8fe2adbe-c0d1-5cf9-831a-cbecfd0e1f19', 'Aral', 'https://www.aral.de', 'aral', '#0066b3', '#ffffff', 'A'),
} as const satisfies Record<string, BrandDef>;

export type BrandKey = keyof typeof brands;

const bySlug = new Map<string, BrandDef>(Object.values(brands).map((def) => [def.slug, def]));

const escapeXml = (value: string): string => value.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A small square logo-like icon: the brand's colors and initials, no external assets. */
export function brandIconSvg(slug: string): string | undefined {
  const def = bySlug.get(slug);
  if (!def) return undefined;
  const size = def.initials.length > 1 ? 26 : 34;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64" role="img" aria-label="${escapeXml(def.name)}">` +
    `<rect width="64" height="64" rx="14" fill="${def.color}"/>` +
    `<text x="32" y="33" fill="${def.ink}" font-family="Arial, Helvetica, sans-serif" font-size="${size}" font-weight="700" text-anchor="middle" dominant-baseline="central">${escapeXml(def.initials)}</text>` +
    `</svg>`
  );
}
