/** "1.5", "2": scores with partial credit, without trailing zeros. */
export const formatScore = (n: number): string => String(Math.round(n * 10) / 10);
