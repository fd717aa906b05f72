// Types the review shares with the script module.
export type { Direction, Piece, Variant } from '../../src/lib/script/index';
export type { Engine } from '../../src/lib/script/engine';
