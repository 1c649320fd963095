import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { parseId } from "@/lib/parse-id";

/**
 * Which of these parts (a list page's rows, already authorized by the list) have a message the
 * actor has not read: the part's lastMessageAt after their mark (docs/domain.md, conversation).
 * One query on at most a page of ids; a part they cannot see is simply never returned.
 */
export async function listUnreadParts(actor: Actor | null, shopOrderIds: readonly string[]): Promise<Set<string>> {
  const ids = shopOrderIds.map(parseId).filter((id): id is string => id !== null);
  if (!actor || ids.length === 0) return new Set();
  const parts = await getDb().shopOrder.findMany({
    where: {
      id: { in: ids },
      lastMessageAt: { not: null },
      OR: [{ shop: { ownerId: actor.id } }, { order: { userId: actor.id } }],
    },
    select: {
      id: true,
      lastMessageAt: true,
      reads: { where: { userId: actor.id }, select: { lastReadAt: true } },
    },
  });
  return new Set(
    parts
      .filter((part) => {
        const read = part.reads[0]?.lastReadAt;
        // Writing moves the author's own mark to their message: a later lastMessageAt is someone else's.
        return !read || part.lastMessageAt! > read;
      })
      .map((part) => part.id),
  );
}
