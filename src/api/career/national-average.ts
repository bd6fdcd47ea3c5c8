/**
 * Projected employment growth of all occupations, 2024–34, in percent. Every OOH 2024–34 page
 * states it as "the average for all occupations", so comparisons cite the career's own page.
 */
export const NATIONAL_GROWTH_PCT = 3;
