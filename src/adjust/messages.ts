// Messages of the drafting commands (`law add`, `law drafts`).
export const adjustMessages = {
  zh: {
    'draft.written': '已起草调整申请 {file}：{matters} 个事项，{resolved} 处依据已改为新条文序号，{open} 处需要人工核对。',
    'draft.same': '调整申请草稿 {file} 已是最新，未改动。',
    'draft.reviewed': '{file} 已经核对（没有 status: draft），未覆盖；如需重新起草，请先删除或改名。',
    'draft.none': '清单中没有引用旧版本法规、需要起草调整申请的事项。',
    'draft.next': '下一步：核对草稿中的 citations，删去 status: draft，经合法性审核和联席会议同意后填写 decision，再运行 dutylist fmt --fix 修改事项文件。',
  },
  en: {
    'draft.written': 'Drafted adjustment {file}: {matters} matter(s), {resolved} citation(s) moved to the new article numbers, {open} for a person to review.',
    'draft.same': 'Draft adjustment {file} is up to date; left unchanged.',
    'draft.reviewed': '{file} has been reviewed (no status: draft) and was not overwritten; delete or rename it to draft again.',
    'draft.none': 'No matter of the list cites an older version of a law: nothing to draft.',
    'draft.next': 'Next: review the citations of the draft, delete status: draft, fill in decision once the legal review and the joint conference approve it, then run dutylist fmt --fix to change the matter files.',
  },
};
