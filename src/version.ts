// The version of this build: printed by --version, stamped into the single-file build's banner
// by scripts/bundle.mjs (from package.json, which a test keeps equal to this), and compared by
// `dutylist upgrade` with the copy a list repository carries.
export const VERSION = '0.1.0';
