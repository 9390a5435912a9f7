/**
 * What to rescan after the page changed: the smallest subtrees whose text may read
 * differently now. A paragraph added to an article is rescanned alone; text changed inside a
 * paragraph rescans that paragraph (a reference may span the changed node and its
 * neighbours); a paragraph removed needs no rescan at all (its references are dropped when
 * their text nodes leave the document).
 * @module
 */
import type { BlockResolver } from './block-elements';
import { BLOCK_TAGS } from './block-elements';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/**
 * A block with more child elements than this is a container (a feed, an app root): inline
 * content added to it is rescanned on its own instead of rescanning the whole container.
 */
const CONTAINER_CHILDREN = 32;

/** The subtrees to rescan for these mutations, none inside another, all under `scope`. */
export function changedRegions(
  records: readonly MutationRecord[],
  blocks: BlockResolver,
  scope: Node,
): Node[] {
  const regions = new Set<Node>();
  for (const record of records) {
    if (record.type === 'characterData') {
      addInline(regions, record.target, record.target, blocks);
      continue;
    }
    if (record.type !== 'childList') continue;
    for (const added of record.addedNodes) {
      if (isBlockElement(added)) regions.add(added);
      else addInline(regions, record.target, added, blocks);
    }
    // Inline content taken out of a paragraph changes how its remaining text reads.
    if ([...record.removedNodes].some((removed) => !isBlockElement(removed))) {
      addInline(regions, record.target, null, blocks);
    }
  }
  return outermost(regions, scope);
}

function isBlockElement(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((node as Element).localName);
}

/**
 * Inline content changed at `target`: rescan its block, or only `changed` itself when the
 * block is a large container (or nothing when nothing is left to read).
 */
function addInline(regions: Set<Node>, target: Node, changed: Node | null, blocks: BlockResolver): void {
  const element = target.nodeType === ELEMENT_NODE ? (target as Element) : target.parentElement;
  if (!element) return;
  const block = blocks.blockOf(element);
  if (block === null) return; // inside a script, a style, an <svg>…
  if (block.childElementCount <= CONTAINER_CHILDREN && block.localName !== 'body') regions.add(block);
  else if (changed?.nodeType === TEXT_NODE) regions.add(changed);
  else if (changed?.nodeType === ELEMENT_NODE && blocks.blockOf(changed as Element) !== null)
    regions.add(changed);
}

/** The regions that are connected, under `scope`, and not inside another region. */
function outermost(regions: Set<Node>, scope: Node): Node[] {
  const kept: Node[] = [];
  for (const region of regions) {
    if (!region.isConnected || !scope.contains(region)) continue;
    let inside = false;
    for (let ancestor = region.parentNode; ancestor; ancestor = ancestor.parentNode) {
      if (regions.has(ancestor)) {
        inside = true;
        break;
      }
      if (ancestor === scope) break;
    }
    if (!inside) kept.push(region);
  }
  return kept;
}
