// Roles of the lines of a document's head and closing block (GB/T 9704): the converter marks each
// such paragraph with a trailing `{.role}` in the Markdown, the site groups and styles them.

// decree-cover: every line of a 令's cover (中华人民共和国国务院令 / 第707号 / 现公布… / 总理 李克强 /
// date) above the regulation it promulgates, in whatever order it and the history note come.
// law-record / law-history: a Taiwan law record's field lines (法規名稱：… 修正日期：…) and its 沿革
// block (the label, one line per amendment), a list read left to right, not a centred note.
// annex-label: the 附件1 line above the title of an attachment published as a file of its own.
export const HEAD_ROLES = ['decree-cover', 'doc-number', 'history-note', 'addressee', 'law-record', 'law-history', 'annex-label'] as const;
export const CLOSING_ROLES = ['signer', 'sign-date', 'sign-note', 'imprint'] as const;
export const LINE_ROLES = [...HEAD_ROLES, ...CLOSING_ROLES] as const;

export type LineRole = (typeof LINE_ROLES)[number];

export const isHeadRole = (role: LineRole): boolean => (HEAD_ROLES as readonly string[]).includes(role);

export const isLineRole = (word: string): word is LineRole => (LINE_ROLES as readonly string[]).includes(word);
