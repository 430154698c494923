// How much one import may read. A district list has tens to hundreds of matters and a whole
// power list a few thousand; the row limit leaves room for that many times over while keeping an
// import (and the `check` that follows it) within a few hundred MB. Sizes are checked before a
// parser sees the file, so a small file that inflates to gigabytes is refused at once.

/** Rows (matters and the header) one import takes. */
export const MAX_IMPORT_ROWS = 20_000;
/** Bytes of the file itself (.xlsx, .docx, .csv). */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;
/** Bytes a workbook or document may inflate to, all zip entries together. */
export const MAX_INFLATED_BYTES = 128 * 1024 * 1024;
