// The CSL-JSON that every citation style and export format is made from
// (CSL 1.0.2 data schema, only the variables pakaz fills).

/** CSL item types a source maps to. */
export type CslType = "article-magazine" | "article-newspaper" | "webpage" | "interview" | "report";

export interface CslName {
  family?: string;
  given?: string;
  /** An organisation, or a name that must not be split. */
  literal?: string;
}

/** One date, or two for a range ("2024/2025"); each as [year, month?, day?]. */
export interface CslDate {
  "date-parts": number[][];
}

export interface CslItem {
  id: string;
  "citation-key": string;
  type: CslType;
  title: string;
  author?: CslName[];
  "container-title"?: string;
  publisher?: string;
  issued?: CslDate;
  URL?: string;
  /** Why a date is inferred, and whether the title was supplied by the curator. */
  note?: string;
}
