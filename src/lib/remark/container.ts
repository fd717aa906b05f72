// A generic block container for the Markdown tree, rendered as <div> (or data.hName).
// mdast has no such node; mdast-util-to-hast turns unknown parents into elements named by hName.
import type { BlockContent, Data, Parent, RootContent } from 'mdast';
// Brings in `data.hName` / `data.hProperties` on mdast nodes (type augmentation).
import type {} from 'mdast-util-to-hast';
import type { Properties } from 'hast';

export interface Container extends Parent {
  type: 'container';
  children: RootContent[];
  data?: Data;
}

declare module 'mdast' {
  interface RootContentMap {
    container: Container;
  }
  interface BlockContentMap {
    container: Container;
  }
}

export function container(children: RootContent[], hProperties: Properties, hName = 'div'): Container {
  return { type: 'container', children, data: { hName, hProperties } };
}

export type { BlockContent };
