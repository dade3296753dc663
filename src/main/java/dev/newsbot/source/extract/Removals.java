package dev.newsbot.source.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes nodes from a tree in one pass per parent. jsoup re-numbers all of a parent's children on
 * the first sibling lookup after each single removal, so removing thousands of siblings one at a
 * time (a page of 200,000 bylines or share buttons side by side) takes quadratic time: minutes for
 * a 10 MB page.
 */
final class Removals {
  private Removals() {}

  /**
   * Runs {@code filter} over {@code root} like {@link NodeTraversor#filter}, but removes the nodes
   * it answers {@link NodeFilter.FilterResult#REMOVE} for at the end, all at once; their subtrees
   * are skipped as before.
   */
  static void filter(NodeFilter filter, Element root) {
    List<Node> removed = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            FilterResult result = filter.head(node, depth);
            if (result == FilterResult.REMOVE) {
              removed.add(node);
              return FilterResult.SKIP_ENTIRELY;
            }
            return result;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return filter.tail(node, depth);
          }
        },
        root);
    removeAll(removed);
  }

  /** Removes every node of {@code nodes} from its parent. */
  static void removeAll(Collection<? extends Node> nodes) {
    Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
    for (Node node : nodes) {
      if (node.parent() instanceof Element parent) {
        byParent
            .computeIfAbsent(parent, p -> Collections.newSetFromMap(new IdentityHashMap<>()))
            .add(node);
      }
    }
    for (Map.Entry<Element, Set<Node>> entry : byParent.entrySet()) {
      Element parent = entry.getKey();
      Set<Node> gone = entry.getValue();
      if (gone.size() == 1) {
        gone.iterator().next().remove();
        continue;
      }
      List<Node> kept = new ArrayList<>(parent.childNodeSize() - gone.size());
      for (Node child : parent.childNodes()) {
        if (!gone.contains(child)) {
          kept.add(child);
        }
      }
      parent.empty(); // detaches every child at once
      parent.appendChildren(kept);
    }
  }
}
