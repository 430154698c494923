import type { Catalogue } from "./index.js";

export const en: Catalogue = {
};
