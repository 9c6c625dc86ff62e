/** The level of a part's headings: 2 on the staff's case page, 3 inside the holder's project page. */
export type HeadingLevel = 2 | 3;
