package org.openiro.http.pages;

import java.util.List;
import org.openiro.workforce.WorkItem;

/** One kind of work on a worklist: its heading and its items, oldest first. */
public record WorkGroup(String kind, String heading, List<WorkItem> items) {
}
