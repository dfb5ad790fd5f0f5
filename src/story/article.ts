/** A phrase of the article linked to one or more story features. */
export interface ArticleLink {
  /** Feature ids, first is the one selected when the phrase is activated. */
  ids: string[];
  /** The phrase, verbatim. */
  text: string;
  /** Offsets of the phrase within its passage's text. */
  start: number;
  end: number;
}

/** One sentence of the article, verbatim, with the phrases linked in it. */
export interface Passage {
  /** Stable id: "p{paragraph}-s{sentence}", both 1-based. */
  id: string;
  paragraph: number;
  text: string;
  links: ArticleLink[];
}

export interface Article {
  title: string;
  publication: string;
  /** ISO 8601 timestamp of the page's last modification. */
  modified: string;
  paragraphs: Passage[][];
}
