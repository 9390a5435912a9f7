/** What to show for something thrown: its message, or the value itself. */
export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
