// Expected failures (a bad corpus file, an unknown id) are values, not
// exceptions: the CLI decides how to word them and which exit code to use,
// and a library user gets them typed. `throw` is kept for bugs.

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
