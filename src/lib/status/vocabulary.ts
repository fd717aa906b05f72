// The 效力 (legal force) vocabulary of a document: the five statuses, how schema.org names each
// (LegalForceStatus) and how each is shown. Data, one reason per entry.
export const STATUSES = ['现行有效', '已修改', '已废止', '尚未生效', '部分失效'] as const;
export type Status = (typeof STATUSES)[number];

/** schema.org LegalForceStatus of each status. */
export const LEGAL_FORCE: Record<Status, 'InForce' | 'NotInForce' | 'PartiallyInForce'> = {
  现行有效: 'InForce',
  // amended: the text shown is still law, in its amended form elsewhere
  已修改: 'InForce',
  已废止: 'NotInForce',
  // adopted but its 施行日期 has not come
  尚未生效: 'NotInForce',
  部分失效: 'PartiallyInForce',
};

/** Each status in traditional script (the labels are written out, not converted). */
export const STATUS_HANT: Record<Status, string> = {
  现行有效: '現行有效',
  已修改: '已修改',
  已废止: '已廢止',
  尚未生效: '尚未生效',
  部分失效: '部分失效',
};

/** Banner tone: a reader must notice at once that a text is no longer (or not yet) law. */
export const STATUS_TONE: Record<Status, 'ok' | 'warn' | 'stop'> = {
  现行有效: 'ok',
  已修改: 'warn',
  已废止: 'stop',
  尚未生效: 'warn',
  部分失效: 'warn',
};

/** A status as shown in a script. */
export const statusLabel = (status: Status, script: 'hans' | 'hant'): string => (script === 'hant' ? STATUS_HANT[status] : status);
