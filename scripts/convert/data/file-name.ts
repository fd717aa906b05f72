// What a raw file's name may say about its document. Law collections name a file after the text and
// a date (LawRefBook: 上海市科学技术进步条例(2010-09-17).md), which is the collection's own date for it
// (often the latest revision or publication, not always the adoption): only a hint, used when the
// text itself states no date, and always reported.

/** An ISO date in a file name, not part of a longer number: (2010-09-17), _2010-09-17, 2010-09-17. */
export const FILE_NAME_DATE = /(?<![0-9])((?:19|20)[0-9]{2})-([01][0-9])-([0-3][0-9])(?![0-9])/;
