// JSON-LD (schema.org) of one document view: a Legislation with its identifier (文号), dates,
// legal force (from the 效力 status), issuer, language, source, and its chapters and articles as
// parts with their URLs. A pure function of the document's metadata and headings; URLs are
// absolute when the origin is known, else relative to the page (JSON-LD resolves them against it).
import { LANG } from '../i18n.ts';
import type { Script } from '../script-view.ts';
import { LEGAL_FORCE, type Status } from '../status/vocabulary.ts';

export interface JsonLdInput {
  script: Script;
  /** every string already in the view's script */
  title: string;
  issuer?: string | null;
  type: string;
  date?: string | null;
  docNumber?: string;
  effective?: string;
  repealed?: string;
  status?: Status;
  description?: string;
  /** this page's URL, the other script's, the source report's */
  url: string;
  translationUrl: string;
  sourceUrl: string;
  sourceFile: string;
  /** URLs of the documents this one replaces (schema.org has no inverse; the replaced one says NotInForce) */
  replaces?: string[];
  /** heading id → its text, for chapters (top level) and articles */
  parts: { id: string; name: string; depth: number }[];
}

/** Heading ids that are parts worth naming: 编, 章, 节, 条 and the top-level sections. */
const PART = /^(pt\d+|ch\d+(-sec\d+)?|art\d+(a\d+)?|s\d+|annex\d+)$/;

export function documentJsonLd(i: JsonLdInput): Record<string, unknown> {
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': i.url,
    url: i.url,
    name: i.title,
    inLanguage: LANG[i.script],
    genre: i.type,
  };
  if (i.docNumber) ld.legislationIdentifier = i.docNumber;
  if (i.date) {
    ld.legislationDate = i.date;
    ld.datePublished = i.date;
  }
  if (i.effective) ld.legislationDateVersion = i.effective;
  if (i.effective) ld.temporalCoverage = `${i.effective}/${i.repealed ?? '..'}`;
  if (i.status) ld.legislationLegalForce = `https://schema.org/${LEGAL_FORCE[i.status]}`;
  if (i.issuer) {
    const org = { '@type': 'GovernmentOrganization', name: i.issuer };
    ld.legislationPassedBy = org;
    ld.author = org;
  }
  if (i.description) ld.description = i.description;
  ld.isBasedOn = { '@type': 'CreativeWork', name: i.sourceFile, url: i.sourceUrl };
  ld.workTranslation = { '@id': i.translationUrl, inLanguage: LANG[i.script === 'hans' ? 'hant' : 'hans'] };
  if (i.replaces?.length) ld.legislationChanges = i.replaces.map((u) => ({ '@id': u }));
  const parts = i.parts.filter((p) => PART.test(p.id));
  if (parts.length) {
    ld.hasPart = parts.map((p) => ({ '@type': 'Legislation', '@id': `${i.url}#${p.id}`, url: `${i.url}#${p.id}`, name: p.name }));
  }
  return ld;
}

/** The JSON for a <script type="application/ld+json">: no "</script" or "<!--" can close it early. */
export function jsonLdText(ld: unknown): string {
  return JSON.stringify(ld).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
