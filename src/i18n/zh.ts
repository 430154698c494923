import type { Catalogue } from "./index.js";

export const zh: Catalogue = {
};
