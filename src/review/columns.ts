// The columns of the 合法性审查表, shared by the writer and the reader (the reader finds each column
// by its header, wherever a re-saved copy has moved it).
import { ISSUED_HEADERS } from '../export/list-sheet.js';

export const REVIEW_SHEET = '合法性审查';
/** Hidden sheet: each matter's content hash when the pack was written, the list's version. */
export const DATA_SHEET = '审查数据';

export const HEADERS = {
  seq: ISSUED_HEADERS.seq,
  id: ISSUED_HEADERS.id,
  name: ISSUED_HEADERS.name,
  duties: '职责',
  basis: '所引条文',
  findings: '校验结果',
  opinion: '审查意见',
  conclusion: '审查结论',
} as const;

export const CONCLUSIONS = ['合法', '需修改', '不合法'] as const;
