export async function comparisonWorkbook(_r: import("./run.js").DiffResult): Promise<Uint8Array> { return new Uint8Array(); }
