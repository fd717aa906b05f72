// The note under a law's or regulation's title: one or more dated events (adopted, promulgated,
// revised, in force). The document's date is its latest adoption, promulgation or revision; an
// amendment by another body's decision (修改) or the adoption of a separate 修正案 leaves it.
// The issuer is the body behind that event; the meeting itself is `adoptedBy`, never the issuer.

import { HISTORY_ACTIONS, MEETING_PARTS, PROMULGATOR, PUBLISHES_FOR_ADOPTER, type HistoryAction } from '../data/history-note.ts';
import { isIssuerLine } from './head-patterns.ts';
import { datesIn } from './date.ts';

export interface HistoryEvent {
  date: string;
  action: HistoryAction;
  /** Who acted, as written: a meeting, a decree (国务院令第737号), an announcement. */
  actor: string;
  /** Promulgated and in force that day (公布施行). */
  inForce: boolean;
  /** Approved by a higher body (a province's standing committee approves a city's regulation): that body is not the issuer. */
  approval: boolean;
}

export interface HistoryNote {
  events: HistoryEvent[];
  date: string | null;
  issuer: string | null;
  adoptedBy: string | null;
  effective: string | null;
  docNumber: string | null;
}

/**
 * A note is a paragraph in brackets that starts with a date: （2019年…通过　2021年…修正）. Law
 * collections also set it without brackets (2020年11月27日 上海市…会议通过): then it must start with
 * the date, hold no sentence punctuation, and every event must name what happened.
 */
export function readHistoryNote(text: string): HistoryNote | null {
  // a full stop closing an event before the next one (…修订发布。根据2020年…修正) is no sentence
  const t = text.trim().replace(/。(?=[\s　]*(?:根据|根據)?[\s　]*(?:\d{4}\s*年|[)）]?$))/g, '');
  const bracketed = /^[（(]/.test(t) && /[)）]$/.test(t);
  if (!bracketed && !/^\d{4}\s*年[^。，；：！？,;:!?]*$/.test(t)) return null;
  // a bare note's last line may keep the closing bracket of the note it was cut from (…第九次修正）)
  const inner = bracketed ? t.slice(1, -1) : count(t, /[（(]/g) < count(t, /[）)]/g) ? t.replace(/[）)]$/, '') : t;
  const dates = datesIn(inner);
  if (dates.length === 0 || !/^\s*(?:根据|根據)?\s*$/.test(inner.slice(0, dates[0]!.index))) return null;
  const events = dates.map((d, i): HistoryEvent => {
    const end = i + 1 < dates.length ? dates[i + 1]!.index : inner.length;
    // "…修订　根据2008年…" : a 根据 before the next date belongs to that event.
    // (…会议通过并经2020年1月15日…批准: 并经 joins the next event)
    // (…会议通过，自2021年8月1日起施行: a comma and 自 before the next date open that event)
    const rest = inner.slice(d.index + d.length, end).replace(/[\s　，,；;]*(?:根据|根據|并经|並經|自)?[\s　]*$/, '').trim();
    return { date: d.iso, action: actionOf(rest), actor: actorOf(rest), inForce: /(?:公布|公佈)施行$/.test(rest), approval: /批准/.test(rest) };
  });
  // two bodies adopting one text (…审判委员会第1436次会议、2007年9月7日…检察委员会第82次会议通过): the
  // event ending in 、 or 和 shares the next one's action
  const joint = new Set<HistoryEvent>();
  for (let i = events.length - 2; i >= 0; i--) {
    const e = events[i]!;
    if (e.action === 'other' && /[、和及]$/.test(e.actor)) {
      Object.assign(e, { action: events[i + 1]!.action, actor: e.actor.slice(0, -1) });
      joint.add(e);
    } else if (e.action === 'other' && /(?:会议|會議)$/.test(e.actor) && events[i + 1]!.action === 'adopted') {
      // a collection sets each body's meeting on its own line (…审判委员会第1811次会议 / 2020年8月21日…检察委员会…会议通过)
      e.action = 'adopted';
      joint.add(e);
    }
  }
  if (events.every((e) => e.action === 'other') || (!bracketed && events.some((e) => e.action === 'other'))) return null;
  const dated = events.filter((e) => e.action === 'adopted' || e.action === 'promulgated' || e.action === 'revised');
  const latest = (es: HistoryEvent[]) => es.reduce<HistoryEvent | null>((a, e) => (a && a.date > e.date ? a : e), null);
  const last = latest(dated);
  // a higher body's approval dates the text but neither issues it nor is the adopting meeting
  const enacting = dated.filter((e) => !e.approval);
  const meeting = enacting.filter((e) => /会议|會議/.test(e.actor)).pop() ?? null;
  const effective = events.find((e) => e.action === 'effective') ?? events.find((e) => e.inForce);
  const promulgator = last ? PROMULGATOR.exec(last.actor) : null;
  const body = (e: HistoryEvent | null) => (e ? bodyOf(e.actor) : null);
  return {
    events,
    date: last?.date ?? null,
    // (bodies adopting jointly may date their meetings out of order: the latest is any of them)
    issuer: (publishedFor(latest(enacting), meeting) ? body(meeting) : null) ?? ((latest(enacting) === meeting || joint.has(latest(enacting)!)) && meeting ? jointBodies(events, meeting, joint) : body(latest(enacting))) ?? body(meeting),
    adoptedBy: meeting ? jointMeetings(events, meeting, joint).map((e) => meetingName(e.actor)).join('、') : null,
    effective: effective?.date ?? null,
    docNumber: promulgator && promulgator[2]!.startsWith('令') ? `${promulgator[1]}${promulgator[2]}` : null,
  };
}

/**
 * The note that starts at line 0 of `lineAt`, and how many lines it takes: a bracketed note is one
 * line; a bare one (law collections give each event its own line: 1994年…发布 / 2018年…第四次修订 /
 * 2019年1月1日 施行) takes every following line that is a bare note too, read as one note.
 */
export function readHistoryNoteLines(lineAt: (k: number) => string | undefined): { note: HistoryNote; text: string; lines: number } | null {
  const first = eventAt(lineAt, 0);
  const note = first === null ? null : readHistoryNote(first.text);
  if (!note || !first) return null;
  const bare = (t: string) => !/^[（(]/.test(t.trim()) && readHistoryNote(t) !== null;
  const events = [first];
  let used = first.lines;
  if (bare(first.text)) {
    for (let e = eventAt(lineAt, used); e && bare(e.text); e = eventAt(lineAt, used)) {
      events.push(e);
      used += e.lines;
    }
  }
  const all = events.length > 1 ? readHistoryNote(events.map((e) => e.text.trim()).join('　')) : null;
  const text = (n: number) => Array.from({ length: n }, (_, k) => lineAt(k)!).join('\n');
  return all ? { note: all, text: text(used), lines: used } : { note, text: text(first.lines), lines: first.lines };
}

/**
 * The event (a bare note's line) at line `k`: one line, or two when the line breaks inside the title of
 * the decision it names (…《关于修改<…法>第三十条 / 第三十一条的决定》第一次修正), as a collection may set it.
 */
function eventAt(lineAt: (k: number) => string | undefined, k: number): { text: string; lines: number } | null {
  const t = lineAt(k);
  if (t === undefined) return null;
  // the decision's title may itself be broken over lines (…组织法》 / 〈…选举法〉 / 〈…代表法〉的决定》第三次修正)
  let text = t;
  for (let n = 1; n <= MAX_EVENT_LINES; n++) {
    const next = lineAt(k + n);
    const open = count(text, /《/g) > count(text, /》/g);
    // or the line breaks inside the meeting's name (…人民代表大会常务委员会 / 第九次会议通过)
    const cut = !open && next !== undefined && unfinished(text) && readHistoryNote(text.trimEnd() + next.trim()) !== null;
    if (!open && !cut) return { text, lines: n };
    // (a meeting alone on its line, the next body's dated meeting after it: one joint adoption)
    if (next === undefined || (!cut && /^\s*\d{4}\s*年/.test(next))) break;
    text = text.trimEnd() + next.trim();
  }
  return { text: t, lines: 1 };
}

/** A bare line that starts with a date but names no action after it (…人民代表大会常务委员会). */
function unfinished(text: string): boolean {
  const t = text.trim();
  return /^\d{4}\s*年/.test(t) && readHistoryNote(t) === null;
}

/** An event of a bare note spans at most this many lines. */
const MAX_EVENT_LINES = 4;

/** The meeting and those that adopted the text jointly with it, in order (…审判委员会第1436次会议、…检察委员会第82次会议通过). */
function jointMeetings(events: readonly HistoryEvent[], meeting: HistoryEvent, joint: ReadonlySet<HistoryEvent>): HistoryEvent[] {
  const out = [meeting];
  for (let k = events.indexOf(meeting) - 1; k >= 0 && joint.has(events[k]!) && /会议|會議/.test(events[k]!.actor); k--) out.unshift(events[k]!);
  return out;
}

/** The bodies of the meetings that adopted the text together (最高人民法院、最高人民检察院), or null. */
function jointBodies(events: readonly HistoryEvent[], meeting: HistoryEvent, joint: ReadonlySet<HistoryEvent>): string | null {
  const bodies = [...new Set(jointMeetings(events, meeting, joint).map((e) => bodyOf(e.actor)))];
  return bodies.every((b) => b !== null) ? bodies.join('、') : null;
}

/** The latest event only promulgates what the meeting adopted (a 主席令, a standing committee's 公告). */
function publishedFor(last: HistoryEvent | null, meeting: HistoryEvent | null): boolean {
  return !!last && !!meeting && last !== meeting && last.action === 'promulgated' && last.date >= meeting.date && PUBLISHES_FOR_ADOPTER.some((p) => p.pattern.test(last.actor));
}

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

function actionOf(rest: string): HistoryAction {
  return HISTORY_ACTIONS.find((a) => a.pattern.test(rest))?.action ?? 'other';
}

/** The actor: the event text without its verb (…会议审议通过 → …会议). */
function actorOf(rest: string): string {
  return rest
    // 经…部务会议通过, 由最高人民法院…会议通过: the body, not the particle (经济宁市… is 经 + 济宁市; 经济技术开发区… is a body)
    .replace(/^(?:经|經|由)(?!济(?:技术|開發|开发|和|与|特区|贸易|委员会|信息))(?=.{2,}(?:会议|會議|令|公告))/, '')
    .replace(/(?:第[一二三四五六七八九十]+次)?(?:审议|審議)?(?:通过|通過|批准|公布施行|公佈施行|公布|公佈|发布|發布|發佈|印发|印發|修订|修訂|修正|修改|施行|实施|實施|生效)$/, '')
    .replace(/(?:修订|修訂|修正)$/, '') // 修订发布: revised and promulgated
    .trim();
}

/** The meeting part of an actor: 第十一届…第二十九次会议《关于修改…的决定》 → the meeting. */
function meetingName(actor: string): string {
  const m = /^(.*?(?:会议|會議))/.exec(actor);
  return (m ? m[1]! : actor).trim();
}

/** The body behind an actor: the meeting's body, or the body that issued the decree. */
export function bodyOf(actor: string): string | null {
  const decree = PROMULGATOR.exec(actor);
  if (decree) return decree[1]!;
  // revised by another text: 《国务院关于修改〈…〉的决定》 → the body that issued it
  const decision = /^《(.{2,30}?)(?:关于|關於)/.exec(actor);
  if (decision && isIssuerLine(decision[1]!)) return decision[1]!;
  if (!/会议|會議/.test(actor)) return null;
  let body = meetingName(actor);
  for (const p of MEETING_PARTS) body = body.replace(p.pattern, p.replacement ?? '');
  return body.length >= 2 ? body : null;
}
