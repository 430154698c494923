// Types of dist/schema/compiled.js, generated at build time by scripts/compile-schemas.mjs.
import type { ValidateFunction } from 'ajv';

export declare const matter: ValidateFunction;
export declare const list: ValidateFunction;
export declare const units: ValidateFunction;
export declare const adjustment: ValidateFunction;
export declare const review: ValidateFunction;
export declare const consultation: ValidateFunction;
export declare const schemas: Record<'matter' | 'list' | 'units' | 'adjustment' | 'review' | 'consultation', object>;
