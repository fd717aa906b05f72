// Conversion report written by the converter (content/report/<raw file>.json): the schema lives in
// the shared format module, which the converter's report type is inferred from.
export { reportSchema, type FileReport as Report } from '../lib/format/report.ts';
