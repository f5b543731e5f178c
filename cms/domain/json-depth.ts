/**
 * How deeply a parsed JSON value nests, counted without recursion: a body of 5,000 nested `[` parses
 * fine but overflows the stack of every recursive walker after it (Strapi's validators among them),
 * which answered 500. Stops as soon as `max` is passed, so a hostile body costs at most its size.
 */
export const exceedsDepth = (value: unknown, max: number): boolean => {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (node === null || typeof node !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(node as Record<string, unknown>)) stack.push({ node: child, depth: depth + 1 });
  }
  return false;
};
