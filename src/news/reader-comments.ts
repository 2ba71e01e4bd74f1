/**
 * Where the reader comments under an article start in its plain text. Pages saved as text
 * keep them after the article, marked by a heading line ("Notable Replies", "12 Comments",
 * "Leave a Reply", "Join the discussion") or, with no heading, by the first commenter's byline
 * ("1. Avatar Ihor Dawydiak says:"). A byline needs its list number or "Avatar": an article's
 * own "Nemets says:" before a quotation is no comment.
 */
const HEADING = /^[ \t]*(?:(?:\d+[ \t]+)?(?:notable[ \t]+|reader[ \t]+)?(?:comments?|replies|responses)|leave[ \t]+a[ \t]+(?:reply|comment)|join[ \t]+the[ \t]+(?:discussion|conversation))[ \t]*:?[ \t]*$/imu;
const BYLINE = /^[ \t]*(?:\d+\.[ \t]+(?:Avatar[ \t]+)?|Avatar[ \t]+)[^\n]{1,80}?[ \t]says:[ \t]*$/mu;

/** The offset of the line that opens the comments section, or undefined when there is none. */
export function readerCommentsStart(text: string): number | undefined {
  const starts = [HEADING.exec(text)?.index, BYLINE.exec(text)?.index].filter((index) => index !== undefined);
  return starts.length === 0 ? undefined : Math.min(...starts);
}

/** The text before the reader comments (all of it when there are none); offsets into it are offsets into `text`. */
export function withoutReaderComments(text: string): string {
  return text.slice(0, readerCommentsStart(text)).trimEnd();
}
